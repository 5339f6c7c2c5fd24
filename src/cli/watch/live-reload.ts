// The preview server's live reload: a one-line script listening to the Server-Sent Events
// endpoint, injected into HTML responses only (never into written files). Our HTML pages carry
// a hash-based CSP, so the served copy's policy is widened by exactly this script's hash and
// a connection to the server itself.
import { base64Hash } from '../../project/content-hash.js';

export const EVENTS_PATH = '/__journeymap/events';

export const RELOAD_SCRIPT = `new EventSource(${JSON.stringify(EVENTS_PATH)}).addEventListener('reload', () => location.reload());`;

const scriptHash = (): string => `'sha256-${base64Hash(RELOAD_SCRIPT)}'`;

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;

/** The policy with the reload script and an EventSource connection to this server allowed. */
export function widenPolicy(policy: string): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '');
  const hash = scriptHash();
  const has = (name: string) => directives.some((d) => d.split(/\s+/)[0] === name);
  const widened = directives.map((d) => {
    const [name] = d.split(/\s+/);
    if (name === 'script-src') return `${d} ${hash}`;
    if (name === 'connect-src') return `${d} 'self'`;
    return d;
  });
  if (!has('script-src')) widened.push(`script-src ${hash}`);
  if (!has('connect-src')) widened.push("connect-src 'self'");
  return widened.join('; ');
}

export function injectLiveReload(html: string): string {
  const patched = html.replace(CSP_META, (_m, open: string, content: string, close: string) => {
    // The attribute is entity-escaped (&#39; for quotes): decode, widen, re-escape the same way.
    const policy = content
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    return `${open}${widenPolicy(policy).replace(/&/g, '&amp;').replace(/'/g, '&#39;')}${close}`;
  });
  const tag = `<script>${RELOAD_SCRIPT}</script>`;
  const end = patched.lastIndexOf('</body>');
  return end < 0 ? `${patched}${tag}\n` : `${patched.slice(0, end)}${tag}\n${patched.slice(end)}`;
}
