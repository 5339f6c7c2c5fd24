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
  readonly scale?: string;
  readonly check: boolean;
}
