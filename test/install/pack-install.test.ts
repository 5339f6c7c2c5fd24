// The package as a team installs it: `npm pack` → the tarball installed into an empty project
// (only runtime dependencies) → `npx journeymap init` and `npx journeymap build` there. Also
// holds package.json to the bundle: what dist/ loads from node_modules at run time is exactly
// `dependencies`; everything bundled into dist/ is a devDependency.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/run-cli.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Packages the bundle may try to load but works without (each guarded by try/catch in its caller). */
const OPTIONAL_AT_RUN_TIME: Readonly<Record<string, string>> = {
  picomatch: "fdir (under tinyglobby) tries require('picomatch') in a try block; tinyglobby passes its own bundled copy",
};

const packageName = (specifier: string): string =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Bare module specifiers the built files load at run time: import/export from, import(), require(). */
function runtimeImports(dir: string): Set<string> {
  const found = new Set<string>();
  const patterns = [
    /\bfrom\s*["']([^"'./][^"']*)["']/g, // import … from "x", export … from "x"
    /^import\s*["']([^"'./][^"']*)["']/gm, // import "x"
    /\bimport\s*\(\s*["']([^"'./][^"']*)["']\s*\)/g, // import("x")
    /\bimportModule\(\s*["']([^"'./][^"']*)["']\s*\)/g, // importModule("x") (project/import-module.ts)
    /(?:\b|__)require\(\s*["']([^"'./][^"']*)["']\s*\)/g, // require("x"), esbuild's __require("x")
    /createRequire\w*\([^()]*\)\(\s*["']([^"'./][^"']*)["']\s*\)/g, // createRequire(import.meta.url)("x")
    // A package whose files are read at run time (pdfkit's data beside the bundled pdfkit, harfbuzz's wasm).
    /(?:\b|__)require\.resolve\(\s*["']([^"'./][^"']*)["']\s*\)/g, // require.resolve("x")
    /createRequire\w*\([^()]*\)\.resolve\(\s*["']([^"'./][^"']*)["']\s*\)/g, // createRequire(import.meta.url).resolve("x/…")
  ];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.c?js$/.test(entry.name)) {
        const text = readFileSync(path, 'utf8');
        for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(packageName(match[1] ?? ''));
      }
    }
  };
  walk(dir);
  // Only what looks like a package name: the patterns also meet prose such as "from '\ufeff'".
  const packageLike = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i;
  return new Set([...found].filter((name) => packageLike.test(name) && !name.startsWith('node:') && !isBuiltin(name)));
}

const BUILTINS = new Set([
  'fs',
  'path',
  'url',
  'os',
  'module',
  'crypto',
  'zlib',
  'stream',
  'util',
  'events',
  'buffer',
  'assert',
  'tty',
  'child_process',
  'worker_threads',
  'http',
  'https',
  'net',
  'process',
  'perf_hooks',
  'string_decoder',
  'constants',
  'vm',
  'readline',
  'timers',
]);
const isBuiltin = (name: string): boolean => BUILTINS.has(name);

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' },
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** Packages esbuild bundled into dist/: it marks each module it inlines with a `// node_modules/<path>` comment. */
function bundledPackages(dir: string): Set<string> {
  const found = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.c?js$/.test(f))) {
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/^\/\/ (?:\S*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) {
      found.add(match[1] ?? '');
    }
  }
  return found;
}

/** Per bundled file of dir: the node_modules files esbuild marked in it, by package. */
function bundledFiles(dir: string): Map<string, Map<string, string[]>> {
  const bundles = new Map<string, Map<string, string[]>>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.c?js$/.test(f))) {
    const packages = new Map<string, string[]>();
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/^\/\/ (?:\S*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\/(\S+)$/gm)) {
      const name = match[1] ?? '';
      packages.set(name, [...(packages.get(name) ?? []), match[2] ?? '']);
    }
    bundles.set(file, packages);
  }
  return bundles;
}

describe('dependencies match the bundle', () => {
  const dist = join(REPO_ROOT, 'dist');

  it('bundles one build of each package, never both its CommonJS and its ES module files', () => {
    const twice: string[] = [];
    for (const [bundle, packages] of bundledFiles(dist)) {
      for (const [name, files] of packages) {
        if (files.some((f) => f.endsWith('.mjs')) && files.some((f) => f.endsWith('.cjs')))
          twice.push(`${bundle}: ${name} (${files.join(', ')})`);
      }
    }
    expect(twice).toEqual([]);
  });

  it('the packages dist/ loads from node_modules at run time are exactly the dependencies', () => {
    const loaded = [...runtimeImports(dist)].filter((name) => !(name in OPTIONAL_AT_RUN_TIME)).sort();
    expect(loaded).toContain('pdfkit');
    expect(
      loaded.filter((name) => !(name in pkg.dependencies)),
      'missing from dependencies',
    ).toEqual([]);
    expect(
      Object.keys(pkg.dependencies).filter((name) => !loaded.includes(name)),
      'a dependency dist/ never loads',
    ).toEqual([]);
  });

  it('no package bundled into dist/ is a dependency (it belongs in devDependencies)', () => {
    const bundled = [...bundledPackages(dist)].sort();
    expect(bundled).toContain('yaml');
    // pdfkit is bundled and still a dependency: the bundle reads its data files (AFM) and loads the
    // packages its stubs stand in for from its folder (scripts/pdfkit-stubs/).
    const readAtRunTime = runtimeImports(dist);
    expect(
      bundled.filter((name) => name in pkg.dependencies && !readAtRunTime.has(name)),
      'bundled, so a devDependency',
    ).toEqual([]);
    expect(
      bundled.filter((name) => !(name in pkg.devDependencies) && !isTransitive(name)),
      'bundled but not declared',
    ).toEqual([]);
  });
});

describe('third-party notices', () => {
  it('dist/THIRD-PARTY-NOTICES.txt carries the licence of every package bundled into dist/', () => {
    const notices = readFileSync(join(REPO_ROOT, 'dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    const headings = new Set([...notices.matchAll(/^(\S+) \S+ \(.*\)$/gm)].map((m) => m[1]));
    const bundled = [...bundledPackages(join(REPO_ROOT, 'dist'))].sort();
    expect(bundled).toEqual(expect.arrayContaining(['js-yaml', 'yaml', 'zod']));
    expect(
      bundled.filter((name) => !headings.has(name)),
      'bundled without a notice',
    ).toEqual([]);
    // Each section is the package's own licence text, not just its name.
    const jsYaml = notices.slice(notices.indexOf('\njs-yaml '));
    expect(jsYaml.slice(0, 2000)).toContain('Permission is hereby granted');
  });
});

/** A package installed only as some declared package's dependency (fdir under tinyglobby, d3-array under d3-scale). */
function isTransitive(name: string): boolean {
  const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
  return `node_modules/${name}` in lock.packages;
}

/** The bytes of every file under a folder (symbolic links not followed). */
function treeBytes(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}

describe('installed from a packed tarball', () => {
  const work = realpathSync(mkdtempSync(join(tmpdir(), 'jm-install-')));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('npm pack → npm install <tgz> in an empty project → npx journeymap init, build', () => {
    // dist/ is fresh (vitest's globalSetup built it); --ignore-scripts skips prepare's second build.
    const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], REPO_ROOT);
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    const files = (info?.files ?? []).map((f) => f.path);
    expect(files).toContain('dist/cli.cjs');
    expect(files).toContain('bin/journeymap.js');
    expect(files).toContain('dist/THIRD-PARTY-NOTICES.txt');
    expect(files.filter((f) => /^(src|test|scripts|node_modules)\//.test(f))).toEqual([]);

    const project = join(work, 'team');
    run('mkdir', ['-p', project], work);
    writeFileSync(join(project, 'package.json'), '{ "name": "team-maps", "private": true }\n');
    const tarball = join(work, info?.filename ?? '');
    // Every dependency is in the npm cache here; --prefer-offline uses the registry only for a miss.
    const installed = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], project);
    expect(installed.status, installed.stderr).toBe(0);
    // No dependency brings an install script. npm 11 lists journeymap's own prepare (it does so for
    // any non-registry package) although it never runs for a tarball: the README says to deny it.
    const unreviewed = [...installed.stderr.matchAll(/^npm warn install-scripts\s+(\S+)@\S+ \(/gm)].map((m) => m[1]);
    expect(unreviewed.filter((name) => name !== 'journeymap')).toEqual([]);
    const modules = readdirSync(join(project, 'node_modules'));
    for (const name of Object.keys(pkg.dependencies)) expect(existsSync(join(project, 'node_modules', name)), name).toBe(true);
    for (const dev of ['esbuild', 'vitest', 'typescript', 'commander', 'zod', 'playwright-core']) expect(modules).not.toContain(dev);
    // Installed, the package (bundle, source maps, fonts with the HTML page's Inter slices) stays under 60 MB.
    const installedBytes = treeBytes(join(project, 'node_modules', 'journeymap'));
    expect(installedBytes, `${(installedBytes / 2 ** 20).toFixed(1)} MB installed`).toBeLessThan(60 * 2 ** 20);

    const init = run('npx', ['--no-install', 'journeymap', 'init'], project);
    expect(init.status, init.stderr).toBe(0);
    const build = run('npx', ['--no-install', 'journeymap', 'build'], project);
    expect(build.stderr).toBe('wrote 3 files to out for 1 journey\n');
    expect(build.status).toBe(0);
    const svg = new DOMParser().parseFromString(readFileSync(join(project, 'out/maps/first.svg'), 'utf8'), 'image/svg+xml');
    expect(svg.documentElement?.nodeName).toBe('svg');
    expect(readFileSync(join(project, 'out/maps/first.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readFileSync(join(project, 'out/maps/first.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    // PNG loads @resvg/resvg-js, the native runtime dependency.
    const png = run('npx', ['--no-install', 'journeymap', 'build', '-f', 'png'], project);
    expect(png.status, png.stderr).toBe(0);
    expect([...readFileSync(join(project, 'out/maps/first.png')).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  }, 240_000);
});
