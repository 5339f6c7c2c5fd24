#!/usr/bin/env node
// The CLI runs from dist/cli.cjs through V8's code cache (src/launch/load-bundle.ts); this module
// lends it import() for what the bundle does not contain (ESM-only packages, plugin files).
import { createRequire } from 'node:module';

const { loadBundle } = createRequire(import.meta.url)('../dist/load-bundle.cjs');
const { main } = loadBundle('cli', (specifier) => import(specifier));
process.exitCode = await main(process.argv.slice(2));
