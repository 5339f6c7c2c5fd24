// Opens the build cache of a run: where it lives (config `cacheDir`, relative to the config file's
// folder, else node_modules/.cache/journeymap under the project root) and the key every journey of
// the run shares: journeymap's version and build, Node's major, the config file, the theme, the
// formats and their options, --persona, the PDF date, and each plugin module with its package version.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../../../package.json' with { type: 'json' };
import { buildIdOf } from '../../launch/build-id.js';
import { contentHash, hashOfFile as hashOf } from '../../project/content-hash.js';
import type { Theme } from '../../theme/theme.js';
import { type BuildCache, DEFAULT_CACHE_DIR, runKeyOf } from './build-cache.js';

export interface CacheRunParts {
  readonly root: string;
  readonly configPath?: string;
  readonly cacheDir?: string;
  readonly formats: readonly string[];
  readonly options: unknown;
  readonly theme: Theme;
  readonly epoch: number;
  readonly persona?: string;
  readonly plugins: readonly { readonly specifier: string; readonly file: string }[];
}

/**
 * This build of journeymap: the CLI bundle's build id (its first line, a hash of its content:
 * scripts/build.mjs), so a rebuilt dist/ is a new key even at the same version; 'source' when run
 * unbundled.
 */
function buildFingerprint(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const dist = basename(here) === 'chunks' ? dirname(here) : here;
  const entry = join(dist, 'cli.cjs');
  if (!existsSync(entry)) return 'source';
  const head = Buffer.alloc(64);
  const fd = openSync(entry, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return buildIdOf(head.toString('latin1')) ?? contentHash(readFileSync(entry, 'utf8'));
}

/** The version of the package a plugin module belongs to (its nearest package.json), if any. */
function packageVersionOf(file: string): string | undefined {
  for (let dir = dirname(file); dirname(dir) !== dir; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    try {
      return String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function openCache(parts: CacheRunParts): BuildCache {
  const base = parts.configPath ? dirname(parts.configPath) : parts.root;
  const dir = resolve(base, parts.cacheDir ?? DEFAULT_CACHE_DIR);
  const runKey = runKeyOf({
    journeymap: pkg.version,
    build: buildFingerprint(),
    node: process.versions.node.split('.')[0],
    config: parts.configPath ? hashOf(parts.configPath) : null,
    formats: parts.formats,
    options: parts.options,
    theme: parts.theme,
    logo: parts.theme.logo ? hashOf(resolve(parts.root, parts.theme.logo)) : null,
    epoch: parts.epoch,
    persona: parts.persona ?? null,
    plugins: parts.plugins.map((p) => [p.specifier, hashOf(p.file), packageVersionOf(p.file) ?? null]),
  });
  return { dir, root: parts.root, runKey, openedAt: Date.now() };
}
