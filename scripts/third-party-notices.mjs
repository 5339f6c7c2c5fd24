// dist/THIRD-PARTY-NOTICES.txt: the licence of every package esbuild bundled into dist/ (read from
// its metafiles), as their licences ask of copies. Packages left external (resvg, the Markdown
// parser) are installed beside it with their own licence files and are not listed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LICENCE_FILE = /^(?:licen[cs]e|copying|notice)(?:[.-].*)?$/i;

/** The package folder (…/node_modules/name or …/node_modules/@scope/name) an input path lies in. */
function packageDir(input) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match?.[1];
}

function notice(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licences = readdirSync(dir)
    .filter((name) => LICENCE_FILE.test(name))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8').trim());
  const licence = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'see the package');
  const text = licences.length > 0 ? licences.join('\n\n') : `(The package ships no licence file; its package.json says ${licence}.)`;
  return { name: manifest.name, heading: `${manifest.name} ${manifest.version} (${licence})`, text };
}

/** Writes the notices of the packages the given esbuild metafiles name, one each, by name. */
export function writeThirdPartyNotices(metafiles, file) {
  const dirs = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const dir = packageDir(input);
      if (dir) dirs.add(dir);
    }
  }
  const notices = [...dirs].map(notice).sort((a, b) => a.name.localeCompare(b.name) || a.heading.localeCompare(b.heading));
  const unique = notices.filter((n, i) => i === 0 || n.heading !== notices[i - 1].heading);
  const body = unique.map((n) => `${'='.repeat(72)}\n${n.heading}\n${'='.repeat(72)}\n\n${n.text}\n`).join('\n');
  writeFileSync(file, `journeymap's dist/ bundles the following packages. Their licences follow, as each asks of copies.\n\n${body}`);
}
