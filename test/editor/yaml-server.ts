// Starts the real yaml-language-server (from node_modules) over stdio in a temp workspace that holds
// a copy of schemas/, and gives tests open/complete/hover/diagnostics helpers with typed answers.
// Settings keep it offline: no schema store, no Kubernetes CRD store.

import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client.js';

export interface Position {
  readonly line: number;
  readonly character: number;
}
export interface Range {
  readonly start: Position;
  readonly end: Position;
}
export interface Diagnostic {
  readonly range: Range;
  readonly message: string;
  readonly severity?: number;
  readonly source?: string;
  readonly code?: string | number;
}
export interface CompletionItem {
  readonly label: string;
  readonly kind?: number;
  readonly insertText?: string;
  readonly documentation?: unknown;
}
export interface Hover {
  readonly contents: unknown;
  readonly range?: Range;
}

/** The `yaml` settings section the server pulls with workspace/configuration. */
export const YAML_SETTINGS = {
  validate: true,
  completion: true,
  hover: true,
  schemaStore: { enable: false },
  kubernetesCRDStore: { enable: false },
} as const;

/**
 * The `http` section: a proxy on the discard port, so a network fetch we did not expect (a schema
 * store, a remote $ref) fails at once instead of reaching out or hanging the test.
 */
export const HTTP_SETTINGS = { proxy: 'http://127.0.0.1:9', proxyStrictSSL: true } as const;

/** The cursor marker in test documents; it is removed before the text is sent. */
export const CURSOR = '¦';

export function yamlServerBin(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');
}

/** Text without the cursor marker, and the marker's LSP position (UTF-16 columns, like JS strings). */
export function splitCursor(marked: string): { text: string; position: Position } {
  const at = marked.indexOf(CURSOR);
  if (at < 0 || marked.indexOf(CURSOR, at + 1) >= 0) throw new Error('expected exactly one cursor marker');
  const before = marked.slice(0, at).split('\n');
  const position = { line: before.length - 1, character: (before.at(-1) ?? '').length };
  return { text: marked.slice(0, at) + marked.slice(at + CURSOR.length), position };
}

function answerServerRequest(method: string, params: unknown): unknown {
  if (method === 'workspace/configuration') {
    const items = (params as { items?: { section?: string }[] }).items ?? [];
    return items.map((item) => (item.section === 'yaml' ? YAML_SETTINGS : item.section === 'http' ? HTTP_SETTINGS : {}));
  }
  // client/registerCapability, window/workDoneProgress/create, …: acknowledging is enough.
  return null;
}

export class YamlServer {
  private version = 0;

  private constructor(
    private readonly client: LspClient,
    readonly workspace: string,
  ) {}

  static async start(workspace: string, timeoutMs = 5000): Promise<YamlServer> {
    const client = new LspClient({
      command: process.execPath,
      args: [yamlServerBin(), '--stdio'],
      cwd: workspace,
      onServerRequest: answerServerRequest,
      timeoutMs,
    });
    const rootUri = pathToFileURL(workspace).href;
    // Server start-up (requiring its modules) is slower than any later request.
    await client.request(
      'initialize',
      {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'journeymap-test' }],
        initializationOptions: { yaml: YAML_SETTINGS },
        capabilities: {
          workspace: { configuration: true, workspaceFolders: true },
          textDocument: {
            completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            publishDiagnostics: { relatedInformation: true },
          },
        },
      },
      Math.max(timeoutMs, 15_000),
    );
    // On `initialized` the server pulls its settings with workspace/configuration (answered above).
    client.notify('initialized', {});
    return new YamlServer(client, workspace);
  }

  /** Writes the file into the workspace (so relative modelines resolve) and opens it; returns its URI. */
  open(relativePath: string, text: string): string {
    const file = join(this.workspace, relativePath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    this.client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: ++this.version, text },
    });
    return uri;
  }

  /** The next diagnostics the server publishes for this document. */
  diagnostics(uri: string): Promise<Diagnostic[]> {
    return this.client
      .waitForNotification<{ uri: string; diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics', (p) => p.uri === uri)
      .then((p) => p.diagnostics);
  }

  async complete(uri: string, position: Position): Promise<CompletionItem[]> {
    const result = await this.client.request<CompletionItem[] | { items: CompletionItem[] } | null>('textDocument/completion', {
      textDocument: { uri },
      position,
    });
    if (result === null) return [];
    return Array.isArray(result) ? result : result.items;
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  }

  stderr(): string {
    return this.client.stderr();
  }

  close(): Promise<void> {
    return this.client.close();
  }
}

/** The plain text of a hover's contents, whatever form (MarkupContent, MarkedString[]) the server used. */
export function hoverText(hover: Hover | null): string {
  const flatten = (c: unknown): string => {
    if (typeof c === 'string') return c;
    if (Array.isArray(c)) return c.map(flatten).join('\n');
    if (c && typeof c === 'object' && 'value' in c) return String((c as { value: unknown }).value);
    return '';
  };
  return hover ? flatten(hover.contents) : '';
}
