// vitest globalSetup: builds dist/ (node scripts/build.mjs) once before any test runs, so the CLI
// tests never run a stale bundle, whether started by `npm test` or by `npx vitest run <files>`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `node scripts/build.mjs failed (exit ${result.status ?? result.signal}), so dist/ would be stale:\n${result.stderr}${result.stdout}`,
    );
  }
}
