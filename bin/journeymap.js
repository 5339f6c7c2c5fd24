#!/usr/bin/env node
// The CLI runs from dist/cli.cjs through V8's code cache (src/launch/load-bundle.ts); this script
// lends it import() for what the bundle does not contain (ESM-only packages, plugin files). It is
// CommonJS (bin/package.json): an ES module entry would start Node's ESM loader on every run.
'use strict';

const { loadBundle } = require('../dist/load-bundle.cjs');
const { main } = loadBundle('cli', (specifier) => import(specifier));
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
