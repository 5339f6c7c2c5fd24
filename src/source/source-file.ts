// SourceFile (what the pipeline reads) and Host (the only door to the file system the core
// may use, so the core stays pure and tests run in memory).

export interface SourceFile {
  /** Path relative to the project root, `/`-separated; `<stdin>` for standard input. */
  readonly path: string;
  readonly text: string;
}

export interface Host {
  /**
   * Reads a file by path relative to the project root (`/`-separated, already normalized,
   * never escaping the root). Returns undefined when it does not exist or is not a file.
   */
  readFile(path: string): Uint8Array | undefined;
}
