import { describe, expect, it } from 'vitest';
import { resolveProjectPath } from './project-path.js';

describe('resolveProjectPath', () => {
  it('resolves relative to the naming file', () => {
    expect(resolveProjectPath('maps/checkout.journey.yaml', '../shared/personas.yaml')).toEqual({ path: 'shared/personas.yaml' });
    expect(resolveProjectPath('maps/a.journey.yaml', 'img/./maria.png')).toEqual({ path: 'maps/img/maria.png' });
    expect(resolveProjectPath('<stdin>', 'personas.yaml')).toEqual({ path: 'personas.yaml' });
  });
  it('refuses escaping the root', () => {
    expect(resolveProjectPath('a.journey.yaml', '../x.yaml')).toEqual({ problem: 'outside' });
    expect(resolveProjectPath('maps/a.journey.yaml', 'x/../../../y.yaml')).toEqual({ problem: 'outside' });
  });
  it('refuses absolute paths and URLs', () => {
    expect(resolveProjectPath('a.yaml', '/etc/passwd')).toEqual({ problem: 'absolute' });
    expect(resolveProjectPath('a.yaml', 'C:\\x.yaml')).toEqual({ problem: 'absolute' });
    expect(resolveProjectPath('a.yaml', '\\\\server\\x.yaml')).toEqual({ problem: 'absolute' });
    expect(resolveProjectPath('a.yaml', 'https://example.com/x.yaml')).toEqual({ problem: 'url' });
    expect(resolveProjectPath('a.yaml', 'file:x.yaml')).toEqual({ problem: 'url' });
  });
});
