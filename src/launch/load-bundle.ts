// Runs a CommonJS bundle of dist/ (the CLI, a build worker, the PDF renderer) from V8's code cache,
// made when dist/ was built by training builds of the examples (scripts/train-code-cache.mjs):
// start-up then skips parsing and compiling the code a build
// runs (about a third of `-f svg`'s CPU time on Node 20, which has no module compile cache). A cache
// V8 rejects (another Node version, other V8 flags) costs nothing but the saving. Built on its own
// into dist/load-bundle.cjs (scripts/build.mjs, with project/import-module.ts for the symbol it
// lends import() under); nothing here is bundled into the CLI.
import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import * as zlib from 'node:zlib';
import { type ImportModule, LENT_IMPORT } from '../project/import-module.js';
import { buildIdOf } from './build-id.js';

/** The symbol under which it lends loadBundle to the bundles a bundle loads (scripts/separate-bundles.mjs). */
const LENT_LOAD_BUNDLE = Symbol.for('journeymap.loadBundle');

/** Set by scripts/build.mjs's training run: write the cache of what this process compiled at exit. */
const WRITE_CACHE_ENV = 'JOURNEYMAP_WRITE_CODE_CACHE';

/** The bundle's first line names its build (`// journeymap build <id>`); its cache carries the same id. */
function cacheFileOf(file: string, source: string): string | undefined {
  const id = buildIdOf(source);
  return id ? `${file}.${id}.cache` : undefined;
}

/**
 * A cache file is MAGIC, the CRC-32 of the data, then V8's data. V8 does not verify code cache data
 * in release builds (corrupt data is a fatal error, not a rejection), so a cache whose checksum does
 * not match — cut short, damaged on disk — is not handed to it. zlib.crc32 needs Node 20.15.
 */
const MAGIC = 'JMC1';
const HEADER_BYTES = 8;
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

function readCache(file: string | undefined): Buffer | undefined {
  if (!file || !crc32) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length <= HEADER_BYTES || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const data = bytes.subarray(HEADER_BYTES);
  return crc32(data) === bytes.readUInt32LE(MAGIC.length) ? data : undefined;
}

function writeCache(file: string, data: Buffer): void {
  if (!crc32) return;
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(crc32(data), MAGIC.length);
  // Written beside the bundle under a temporary name and renamed: never a half-written cache. The
  // workers of a training build write theirs at once: each has its own temporary.
  const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, Buffer.concat([header, data]));
  renameSync(temporary, file);
}

/**
 * V8 starts optimising a function once it has run through this much bytecode budget; 8x its
 * default (67584). A build is short: optimising early spent more CPU than it saved (-f svg 152 ->
 * 127 ms CPU, svg+pdf+html 321 -> 240 ms, a 60-journey batch 2.3 -> 1.95 s wall; 4x to 32x
 * measured alike). Set before anything is compiled, in the training build too: V8 accepts a code
 * cache only under the flags it was made with.
 */
const INTERRUPT_BUDGET = '--interrupt-budget=540672';

/** Loads dist/<name>.cjs and returns its exports. */
export function loadBundle(name: string, importModule: ImportModule): Record<string, unknown> {
  setFlagsFromString(INTERRUPT_BUDGET);
  const file = join(__dirname, `${name}.cjs`);
  const bytes = readFileSync(file);
  // The bundle is ASCII (scripts/build.mjs): latin1 decodes it three times faster than UTF-8.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const cacheFile = cacheFileOf(file, source);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData: readCache(cacheFile),
  });
  (globalThis as Record<symbol, unknown>)[LENT_IMPORT] = importModule;
  (globalThis as Record<symbol, unknown>)[LENT_LOAD_BUNDLE] = (other: string) => loadBundle(other, importModule);
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  if (process.env[WRITE_CACHE_ENV] === '1' && cacheFile) {
    process.once('exit', () => writeCache(cacheFile, script.createCachedData()));
  }
  return module.exports;
}
