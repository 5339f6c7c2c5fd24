// Reads the `# expect: <code> [line:col] [in <file>], …` first line of an invalid fixture (every
// diagnostic the fixture yields, comma-separated), and the optional `# pad-bytes: N` line (the
// file-too-large fixture is grown in memory, not committed large).

export interface Expectation {
  readonly code: string;
  readonly line?: number;
  readonly column?: number;
  /** The file the diagnostic is in, relative to the fixture folder; default the fixture itself. */
  readonly file?: string;
}

const ITEM = /^([a-z0-9-]+)(?: (\d+):(\d+))?(?: in (\S+))?$/;

/** Every expected diagnostic of the fixture, in the order written; undefined if the line is malformed. */
export function readExpectations(bytes: Uint8Array, marker = '#'): Expectation[] | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 400)).split('\n')[0] ?? '';
  const prefix = `${marker} expect: `;
  if (!head.startsWith(prefix)) return undefined;
  const out: Expectation[] = [];
  for (const item of head.slice(prefix.length).split(',')) {
    const match = ITEM.exec(item.trim());
    if (!match?.[1]) return undefined;
    out.push({
      code: match[1],
      ...(match[2] ? { line: Number(match[2]), column: Number(match[3]) } : {}),
      ...(match[4] ? { file: match[4] } : {}),
    });
  }
  return out;
}

/** The first expected diagnostic: the one the fixture is about (its folder's code). */
export const readExpectation = (bytes: Uint8Array): Expectation | undefined => readExpectations(bytes)?.[0];

export function padding(bytes: Uint8Array): number {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const match = /^# pad-bytes: (\d+)/m.exec(head);
  return match?.[1] ? Number(match[1]) : 0;
}
