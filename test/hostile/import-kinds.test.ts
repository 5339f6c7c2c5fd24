// An import (or image) that names a folder or a named pipe says which, instead of "does not
// exist", and a FIFO is never opened (reading one would block the CLI forever).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../support/run-cli.js';

const journey = (imports: string) => `title: T\nimports: [${imports}]\nstages: [Start]\n`;

describe('imports that are not files', () => {
  it('a folder: import-not-found saying it is a folder, at the import', () => {
    const dir = tempProject({ 'j.journey.yaml': journey('shared') });
    mkdirSync(join(dir, 'shared'));
    const r = runCli(['validate', 'j.journey.yaml'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error[import-not-found]: imported file "shared" is a folder, not a file');
    expect(r.stderr).toContain('--> j.journey.yaml:2:11');
  });
  it('a FIFO: says it is a named pipe, and does not hang', () => {
    const dir = tempProject({ 'j.journey.yaml': journey('pipe.yaml') });
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const r = runCli(['validate', 'j.journey.yaml'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error[import-not-found]: imported file "pipe.yaml" is a named pipe (FIFO), not a file');
  });
  it('a missing file still says it does not exist', () => {
    const dir = tempProject({ 'j.journey.yaml': journey('gone.yaml') });
    const r = runCli(['validate', 'j.journey.yaml'], { cwd: dir });
    expect(r.stderr).toContain('error[import-not-found]: imported file "gone.yaml" does not exist');
  });
  it('a persona image that is a folder says so too', () => {
    const dir = tempProject({ 'j.journey.yaml': 'title: T\npersonas: [{ name: P, image: pics.png }]\nstages: [Start]\n' });
    mkdirSync(join(dir, 'pics.png'));
    const r = runCli(['validate', 'j.journey.yaml'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error[image-not-found]: image "pics.png" is a folder, not a file');
  });
});
