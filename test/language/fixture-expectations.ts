// Reads the `# expect: <code> [line:col] [in <file>]` first line of an invalid fixture, and the
// optional `# pad-bytes: N` line (the file-too-large fixture is grown in memory, not committed large).

export interface Expectation {
  readonly code: string;
  readonly line?: number;
  readonly column?: number;
  /** The file the diagnostic is in, relative to the fixture folder; default the fixture itself. */
  readonly file?: string;
}

export function readExpectation(bytes: Uint8Array): Expectation | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const match = /^# expect: ([a-z0-9-]+)(?: (\d+):(\d+))?(?: in (\S+))?\s*$/m.exec(head.split('\n')[0] ?? '');
  if (!match?.[1]) return undefined;
  return {
    code: match[1],
    ...(match[2] ? { line: Number(match[2]), column: Number(match[3]) } : {}),
    ...(match[4] ? { file: match[4] } : {}),
  };
}

export function padding(bytes: Uint8Array): number {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const match = /^# pad-bytes: (\d+)/m.exec(head);
  return match?.[1] ? Number(match[1]) : 0;
}
