// `journeymap schema`: the JSON Schema of the journey language, printed or written to a file
// (schemas/journey.schema.json is generated this way; a test keeps it fresh).
import { resolve } from 'node:path';
import { writeFileAtomic } from '../../project/atomic-write.js';
import { journeyJsonSchema } from '../../schema/json-schema.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, UsageError } from '../usage-error.js';

export async function runSchema(flags: { out?: string }, io: CliIo): Promise<number> {
  const text = `${JSON.stringify(journeyJsonSchema(), null, 2)}\n`;
  if (flags.out === undefined || flags.out === '-') {
    io.writeOut(text);
    return EXIT_OK;
  }
  try {
    writeFileAtomic(resolve(io.cwd, flags.out), new TextEncoder().encode(text));
  } catch (error) {
    throw new UsageError(`cannot write ${flags.out}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  return EXIT_OK;
}
