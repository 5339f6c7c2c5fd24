// The examples and valid fixtures load end to end without errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { loadJourney } from '../../src/model/load-journey.js';
import { folderHost } from './hosts.js';

const repo = join(import.meta.dirname, '../..');
const files = globSync(['examples/**/*.journey.yaml', 'test/fixtures/valid/**/*.journey.yaml'], { cwd: repo });

describe('valid journeys', () => {
  it('finds some', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s loads without errors', (file) => {
    const { journey, diagnostics } = loadJourney({ path: file, text: readFileSync(join(repo, file), 'utf8') }, folderHost(repo));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(journey?.stages.length).toBeGreaterThan(0);
    expect(journey?.personas.length).toBeGreaterThan(0);
  });
});
