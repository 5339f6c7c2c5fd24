// `build --watch` and `--serve`, driven as a user would: a spawned process, a file edited on disk,
// the output awaited, the preview fetched over HTTP, then Ctrl-C (SIGINT) and a clean exit 0.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BROKEN_JOURNEY, tempProject, VALID_JOURNEY } from '../support/run-cli.js';
import { start, stopAll } from '../support/watch-process.js';

afterEach(stopAll);

const BUILT = /\[watch\] \d+ journeys?: wrote/;

/**
 * Sends `GET <target>` exactly as written, over a bare socket: fetch() and the URL class would
 * normalise `..` and `%2e%2e` away before the request leaves, so the server's guard never sees them.
 */
function rawGet(url: string, target: string): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`);
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
  });
}

describe('build --watch', () => {
  it('rebuilds on change, survives an error, and stops cleanly on SIGINT', async () => {
    const cwd = tempProject({ 'maps/a.journey.yaml': VALID_JOURNEY });
    const run = start(['build', 'maps', '--watch', '-f', 'svg'], cwd);
    await run.waitFor(/watching .* for changes/);
    const svg = join(cwd, 'out', 'maps', 'a.svg');
    expect(readFileSync(svg, 'utf8')).toContain('Test journey');

    let mark = run.stderr().length;
    writeFileSync(join(cwd, 'maps', 'a.journey.yaml'), VALID_JOURNEY.replace('Test journey', 'Edited journey'));
    await run.waitFor(BUILT, mark);
    expect(readFileSync(svg, 'utf8')).toContain('Edited journey');

    // A broken save is reported and the previous output kept; the watcher goes on.
    mark = run.stderr().length;
    writeFileSync(join(cwd, 'maps', 'a.journey.yaml'), BROKEN_JOURNEY);
    await run.waitFor(/1 error/, mark);
    expect(run.stderr().slice(mark)).toContain('error[unknown-persona]');
    expect(readFileSync(svg, 'utf8')).toContain('Edited journey');

    mark = run.stderr().length;
    writeFileSync(join(cwd, 'maps', 'b.journey.yaml'), VALID_JOURNEY.replace('Test journey', 'New file'));
    // Only the new journey is built (a is still broken and did not change).
    await run.waitFor(/\[watch\] 1 journey: wrote 1 file/, mark);
    expect(readFileSync(join(cwd, 'out', 'maps', 'b.svg'), 'utf8')).toContain('New file');

    expect(await run.stop()).toBe(0);
    expect(run.stderr()).toContain('[watch] stopped');
  }, 30_000);

  it('--serve: index, SVG, HTML with live reload injected only in the response, reload events', async () => {
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    const run = start(['build', 'a.journey.yaml', '--watch', '--serve', '0', '-f', 'svg,html'], cwd);
    const [, url] = await run.waitFor(/serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/);
    await run.waitFor(/watching/);

    const index = await fetch(url ?? '');
    expect(index.status).toBe(200);
    const indexHtml = await index.text();
    expect(indexHtml).toContain('href="/a.svg"');
    expect(indexHtml).toContain('href="/a.html"');

    const svg = await fetch(new URL('a.svg', url));
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(Buffer.from(await svg.arrayBuffer()).equals(readFileSync(join(cwd, 'out', 'a.svg')))).toBe(true);

    const html = await (await fetch(new URL('a.html', url))).text();
    expect(html).toContain('EventSource');
    expect(html).toMatch(/connect-src &#39;self&#39;/);
    expect(readFileSync(join(cwd, 'out', 'a.html'), 'utf8')).not.toContain('EventSource');

    expect((await fetch(new URL('a.journey.yaml', url))).status).toBe(404);
    expect((await fetch(new URL('/%2e%2e/a.journey.yaml', url))).status).toBe(404);

    // An open event stream gets a reload event after the next build.
    const events = await fetch(new URL('__journeymap/events', url));
    const reader = events.body?.getReader();
    const mark = run.stderr().length;
    writeFileSync(join(cwd, 'a.journey.yaml'), VALID_JOURNEY.replace('Test journey', 'Live'));
    await run.waitFor(BUILT, mark);
    let received = '';
    while (reader && !received.includes('event: reload')) {
      const { value, done } = await reader.read();
      if (done) break;
      received += Buffer.from(value).toString('utf8');
    }
    expect(received).toContain('event: reload');
    expect(await run.stop()).toBe(0);
  }, 30_000);

  it('--serve never serves a file above the output folder, however the path is spelt', async () => {
    const SECRET = 'TOP-SECRET-CONTENT';
    const cwd = tempProject({
      'a.journey.yaml': VALID_JOURNEY,
      // Files with served extensions just above out/: what an escape would leak.
      'secret.json': `{"token":"${SECRET}"}`,
      'secret.html': `<p>${SECRET}</p>`,
      'package.json': `{"name":"${SECRET}"}`,
    });
    // --serve alone: it implies --watch.
    const run = start(['build', 'a.journey.yaml', '--serve', '0', '-f', 'svg'], cwd);
    const [, url = ''] = await run.waitFor(/serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/);
    await run.waitFor(/watching/);

    // The raw client works: a real output comes back whole.
    const ok = await rawGet(url, '/a.svg');
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('Test journey');

    for (const target of [
      '/../package.json',
      '/../secret.json',
      '/%2e%2e/secret.json',
      '/%2E%2E/secret.html',
      '/..%2fsecret.json',
      '/%2e%2e%2fsecret.json',
      '/..%2F..%2Fsecret.json',
      '/a.svg/..%2f..%2fsecret.html',
      '/x/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%5csecret.json',
    ]) {
      const response = await rawGet(url, target);
      expect([403, 404], `GET ${target} answered ${response.status}`).toContain(response.status);
      expect(response.text, `GET ${target} leaked the file`).not.toContain(SECRET);
    }
    expect(await run.stop()).toBe(0);
  }, 30_000);

  it('--serve refuses other Host names, symlinks out of out/, and files no current build wrote', async () => {
    const SECRET = 'SECRET-OUTSIDE-OUT';
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY, 'outside.svg': `<svg>${SECRET}</svg>` });
    mkdirSync(join(cwd, 'out'), { recursive: true });
    symlinkSync(join(cwd, 'outside.svg'), join(cwd, 'out', 'leak.svg'));
    writeFileSync(join(cwd, 'out', 'old.svg'), `<svg>${SECRET}</svg>`);
    const run = start(['build', 'a.journey.yaml', '--serve', '0', '-f', 'svg'], cwd);
    const [, url = ''] = await run.waitFor(/serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/);
    const { port } = new URL(url);
    const get = (path: string, host: string) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () =>
          socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
        );
        const chunks: Buffer[] = [];
        socket.on('data', (c: Buffer) => chunks.push(c));
        socket.on('error', reject);
        socket.on('end', () => {
          const text = Buffer.concat(chunks).toString('latin1');
          resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
        });
      });
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) expect((await get('/a.svg', host)).status).toBe(200);
    // DNS rebinding: a page at evil.example resolved to 127.0.0.1 sends its own Host.
    for (const host of [`evil.example:${port}`, '127.0.0.1', `127.0.0.1:${Number(port) + 1}`, `localhost.evil.example:${port}`]) {
      const response = await get('/a.svg', host);
      expect(response.status, host).toBe(403);
      expect(response.text).not.toContain('Test journey');
    }
    for (const path of ['/leak.svg', '/old.svg']) {
      const response = await get(path, `127.0.0.1:${port}`);
      expect(response.status, path).toBe(404);
      expect(response.text).not.toContain(SECRET);
    }
    const index = await get('/', `localhost:${port}`);
    expect(index.text).toContain('a.svg');
    expect(index.text).not.toContain('old.svg');
    expect(index.text).not.toContain('leak.svg');
    expect(await run.stop()).toBe(0);
  }, 30_000);

  it('--serve on a busy port is a usage error before anything is built', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const busy = typeof address === 'object' && address ? address.port : 0;
    const cwd = tempProject({ 'a.journey.yaml': VALID_JOURNEY });
    const run = start(['build', 'a.journey.yaml', '--serve', String(busy), '-f', 'svg'], cwd);
    const code = await new Promise<number | null>((resolve) => run.child.on('exit', resolve));
    blocker.close();
    expect(code).toBe(2);
    expect(run.stderr()).toMatch(new RegExp(`port ${busy} is in use`));
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  }, 30_000);
});
