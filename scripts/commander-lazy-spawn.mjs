// esbuild plugin: commander requires node:child_process when it loads, for the executable
// subcommands journeymap never uses; loading it (with net, dgram, …) costs every start a few
// milliseconds. Here commander asks for child_process only when it would spawn.
import { readFile } from 'node:fs/promises';

const EAGER = "const childProcess = require('node:child_process');";
const LAZY = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";

export function commanderLazySpawnPlugin() {
  return {
    name: 'commander-lazy-spawn',
    setup(build) {
      build.onLoad({ filter: /[/\\]commander[/\\]lib[/\\]command\.js$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (!text.includes(EAGER))
          throw new Error('commander no longer requires child_process as expected: check scripts/commander-lazy-spawn.mjs');
        return { contents: text.replace(EAGER, LAZY), loader: 'js' };
      });
    },
  };
}
