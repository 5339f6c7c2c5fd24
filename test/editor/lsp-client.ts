// A tiny JSON-RPC / LSP client over a child process's stdio, for tests that talk to a real
// language server. It frames messages, matches responses to requests and queues notifications;
// it knows nothing about YAML or journeymap.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

export interface LspMessage {
  readonly jsonrpc: '2.0';
  readonly id?: number | string | null;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
}

/** Answers a server→client request (workspace/configuration, client/registerCapability, …). */
export type ServerRequestHandler = (method: string, params: unknown) => unknown;

export interface LspClientOptions {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly onServerRequest: ServerRequestHandler;
  /** Per request or wait, unless the call gives its own. */
  readonly timeoutMs?: number;
}

interface Waiter {
  readonly matches: (message: LspMessage) => boolean;
  readonly resolve: (message: LspMessage) => void;
}

const HEADER_END = '\r\n\r\n';

/** Splits a byte stream into LSP messages (`Content-Length: N\r\n\r\n` + N bytes of JSON). */
export class MessageReader {
  private buffer = Buffer.alloc(0);

  push(chunk: Buffer): LspMessage[] {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    const messages: LspMessage[] = [];
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd < 0) return messages;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const match = /^Content-Length:\s*(\d+)\s*$/im.exec(header);
      if (!match?.[1]) throw new Error(`LSP header without Content-Length: ${JSON.stringify(header)}`);
      const start = headerEnd + HEADER_END.length;
      const end = start + Number(match[1]);
      // Content-Length counts bytes, not characters: wait until the whole body has arrived.
      if (this.buffer.length < end) return messages;
      messages.push(JSON.parse(this.buffer.subarray(start, end).toString('utf8')) as LspMessage);
      this.buffer = this.buffer.subarray(end);
    }
  }
}

export function encodeMessage(message: LspMessage): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}${HEADER_END}`, 'ascii'), body]);
}

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly reader = new MessageReader();
  private readonly pending = new Map<number, { resolve: (m: LspMessage) => void; reject: (e: Error) => void }>();
  /** Notifications nobody waited for yet, oldest first; a wait consumes the first match. */
  private readonly unclaimed: LspMessage[] = [];
  private readonly waiters: Waiter[] = [];
  private readonly stderrChunks: string[] = [];
  private nextId = 1;
  private exited = false;

  constructor(private readonly options: LspClientOptions) {
    this.child = spawn(options.command, [...options.args], { cwd: options.cwd, stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => {
      for (const message of this.reader.push(chunk)) this.dispatch(message);
    });
    this.child.stderr.on('data', (chunk: Buffer) => this.stderrChunks.push(chunk.toString('utf8')));
    this.child.on('exit', (code, signal) => {
      this.exited = true;
      const error = new Error(`language server exited (${code ?? signal}): ${this.stderr()}`);
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
    });
  }

  /** What the server wrote to stderr so far (for failure messages). */
  stderr(): string {
    return this.stderrChunks.join('').slice(-4000);
  }

  async request<T>(method: string, params: unknown, timeoutMs = this.defaultTimeout()): Promise<T> {
    const id = this.nextId++;
    const response = new Promise<LspMessage>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.send({ jsonrpc: '2.0', id, method, params });
    const message = await withTimeout(response, timeoutMs, `${method} (#${id})`, () => this.pending.delete(id));
    if (message.error) throw new Error(`${method} failed: ${message.error.message}`);
    return message.result as T;
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (already received or still to come) that matches. */
  waitForNotification<P>(method: string, accept: (params: P) => boolean = () => true, timeoutMs = this.defaultTimeout()): Promise<P> {
    const matches = (m: LspMessage): boolean => m.method === method && accept(m.params as P);
    const index = this.unclaimed.findIndex(matches);
    if (index >= 0) return Promise.resolve(this.unclaimed.splice(index, 1)[0]?.params as P);
    let waiter: Waiter | undefined;
    const arrived = new Promise<LspMessage>((resolve) => {
      waiter = { matches, resolve };
      this.waiters.push(waiter);
    });
    const drop = (): void => {
      const at = waiter ? this.waiters.indexOf(waiter) : -1;
      if (at >= 0) this.waiters.splice(at, 1);
    };
    return withTimeout(arrived, timeoutMs, `notification ${method}`, drop).then((m) => m.params as P);
  }

  /** Polite shutdown, then a kill if the server lingers; safe to call twice. */
  async close(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await this.request('shutdown', null, 2000);
      this.notify('exit', null);
      await withTimeout(exited, 2000, 'server exit', () => undefined);
    } catch {
      // a hung or already broken server: fall through to the kill
    } finally {
      if (!this.exited) this.child.kill('SIGKILL');
    }
  }

  private defaultTimeout(): number {
    return this.options.timeoutMs ?? 5000;
  }

  private send(message: LspMessage): void {
    if (this.exited) throw new Error(`language server has exited: ${this.stderr()}`);
    this.child.stdin.write(encodeMessage(message));
  }

  private dispatch(message: LspMessage): void {
    const isResponse = message.method === undefined && typeof message.id === 'number';
    if (isResponse) {
      const entry = this.pending.get(message.id as number);
      this.pending.delete(message.id as number);
      entry?.resolve(message);
      return;
    }
    if (message.method !== undefined && message.id !== undefined && message.id !== null) {
      this.answerServerRequest(message.id, message.method, message.params);
      return;
    }
    const waiter = this.waiters.find((w) => w.matches(message));
    if (waiter) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(message);
    } else {
      this.unclaimed.push(message);
    }
  }

  private answerServerRequest(id: number | string, method: string, params: unknown): void {
    try {
      const result = this.options.onServerRequest(method, params);
      this.send({ jsonrpc: '2.0', id, result: result === undefined ? null : result });
    } catch (error) {
      this.send({ jsonrpc: '2.0', id, error: { code: -32603, message: String(error) } });
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
