// `journeymap init [dir]`: scaffolds a project that builds at once (config, a journey, a persona
// library, the editor schemas, .gitignore). Never overwrites: existing files are a usage error,
// except .gitignore, which gets the output folder appended when it does not list it yet.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { writeFileAtomic } from '../../project/atomic-write.js';
import { CONFIG_FILE_NAME } from '../../project/project-root.js';
import { EDITOR_SCHEMAS } from '../../schema/json-schema.js';
import { say, sayCount, wordsFor } from '../../words/say.js';
import { CONFIG_YAML, FIRST_JOURNEY_YAML, GITIGNORE_LINE, PERSONAS_YAML } from '../init-templates.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, UsageError } from '../usage-error.js';

/** Every file init writes (except .gitignore), by path relative to the project folder. */
export function scaffoldFiles(): Record<string, string> {
  const schemas = Object.fromEntries(
    Object.entries(EDITOR_SCHEMAS).map(([name, make]) => [`schemas/${name}`, `${JSON.stringify(make(), null, 2)}\n`]),
  );
  return {
    [CONFIG_FILE_NAME]: CONFIG_YAML,
    'personas.yaml': PERSONAS_YAML,
    'maps/first.journey.yaml': FIRST_JOURNEY_YAML,
    ...schemas,
  };
}

/** The new .gitignore text, or undefined when the existing one already ignores the out folder. */
function gitignoreText(existing: string | undefined): string | undefined {
  if (existing === undefined) return `${GITIGNORE_LINE}\n`;
  const lines = existing.split(/\r?\n/).map((l) => l.trim());
  if (lines.some((l) => l === GITIGNORE_LINE || l === '/out/' || l === 'out' || l === '/out')) return undefined;
  return `${existing}${existing === '' || existing.endsWith('\n') ? '' : '\n'}${GITIGNORE_LINE}\n`;
}

export async function runInit(dir: string | undefined, flags: { quiet: boolean }, io: CliIo): Promise<number> {
  const target = resolve(io.cwd, dir ?? '.');
  const files = scaffoldFiles();
  const taken = Object.keys(files).filter((path) => existsSync(join(target, path)));
  if (taken.length > 0) {
    throw new UsageError(`init would overwrite existing files in ${dir ?? '.'}: ${taken.join(', ')}`);
  }
  const write = (path: string, text: string): void => {
    try {
      writeFileAtomic(join(target, path), new TextEncoder().encode(text));
    } catch (error) {
      throw new UsageError(`cannot write ${join(dir ?? '.', path)}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  };
  try {
    mkdirSync(target, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create ${dir}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  for (const [path, text] of Object.entries(files)) write(path, text);
  const gitignorePath = join(target, '.gitignore');
  const ignore = gitignoreText(existsSync(gitignorePath) ? readFileSync(gitignorePath, 'utf8') : undefined);
  if (ignore !== undefined) write('.gitignore', ignore);
  if (!flags.quiet) {
    const shown = relative(io.cwd, target) || '.';
    const written = [...Object.keys(files), ...(ignore !== undefined ? ['.gitignore'] : [])];
    const words = wordsFor();
    const created = say(words, 'cli.created', { files: sayCount(words, 'cli.files', written.length), dir: shown });
    io.writeErr(`${created}\n${written.map((f) => `  ${f}\n`).join('')}`);
    const cd = shown === '.' ? '' : `cd ${shown} && `;
    io.writeErr(`${say(words, 'cli.next', { command: `${cd}npx journeymap build` })}\n`);
  }
  return EXIT_OK;
}
