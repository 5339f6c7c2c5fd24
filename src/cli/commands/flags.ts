// The option objects commander hands to each command (types only).
import type { ReporterName } from '../reporters/reporter.js';

export interface CommonFlags {
  readonly reporter: ReporterName;
  readonly quiet: boolean;
  readonly verbose: boolean;
}

export interface BuildFlags extends CommonFlags {
  readonly format?: string;
  readonly out?: string;
  readonly persona?: string;
  readonly theme?: string;
  readonly plugin: readonly string[];
  readonly page?: string;
  /** --tile: with --page, a poster of several pages with trim marks instead of one fitted sheet. */
  readonly tile?: boolean;
  readonly scale?: string;
  /** --slide fit|16:9: the pptx slide size. */
  readonly slide?: string;
  readonly check: boolean;
  /** --watch: rebuild on change. */
  readonly watch?: boolean;
  /** --serve [port]: true for the default port, a string when a port was given. */
  readonly serve?: boolean | string;
  /** --site: also write the portfolio site (index.html and the views across journeys). */
  readonly site?: boolean;
  /** --jobs <n>: parallel workers. */
  readonly jobs?: string;
  /** --render-timeout <seconds>: how long a plugin may take to load and to render one journey. */
  readonly renderTimeout?: string;
  /** false with --no-cache: build every journey, even unchanged ones. */
  readonly cache?: boolean;
  /** --shard k/n: build only the k-th of n parts. */
  readonly shard?: string;
  /** --clean: also delete the outputs (listed in the manifest) of journeys that no longer exist. */
  readonly clean?: boolean;
}

export interface LintFlags extends CommonFlags {
  /** Exit 1 when there are more warnings than this (as eslint's --max-warnings). */
  readonly maxWarnings?: string;
}

export interface DiffFlags {
  readonly format: 'text' | 'json' | 'markdown' | 'html';
  /** -o: the file to write (html, markdown, json, text); standard output when absent or -. */
  readonly out?: string;
  readonly exitCode: boolean;
  readonly reporter: CommonFlags['reporter'];
  readonly quiet: boolean;
  readonly verbose: boolean;
}

export interface ImportFlags extends CommonFlags {
  /** -o: the YAML file to write; standard output when absent or -. */
  readonly out?: string;
  readonly force: boolean;
}
