import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { injectLiveReload, RELOAD_SCRIPT, widenPolicy } from './live-reload.js';

const hash = `'sha256-${createHash('sha256').update(RELOAD_SCRIPT).digest('base64')}'`;

describe('live reload injection', () => {
  it('allows exactly the reload script and a connection to the server, keeping the rest', () => {
    const policy = widenPolicy("default-src 'none'; script-src 'sha256-abc'; img-src data:");
    expect(policy).toBe(`default-src 'none'; script-src 'sha256-abc' ${hash}; img-src data:; connect-src 'self'`);
    expect(widenPolicy("default-src 'none'")).toContain(`script-src ${hash}`);
  });

  it('injects the script before </body> and widens an entity-escaped CSP meta', () => {
    const page = `<html><head><meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-x&#39;"></head><body><p>map</p></body></html>`;
    const served = injectLiveReload(page);
    expect(served).toContain(`<script>${RELOAD_SCRIPT}</script>\n</body>`);
    expect(served).toContain(`script-src &#39;sha256-x&#39; ${hash.replace(/'/g, '&#39;')}`);
    expect(served).toContain('connect-src &#39;self&#39;');
    expect(served.match(/<meta/g)).toHaveLength(1);
    expect(injectLiveReload('no body')).toBe(`no body<script>${RELOAD_SCRIPT}</script>\n`);
  });
});
