// Follows `imports:` from a journey through library files (depth first, each file once), through
// the Host only: confinement to the root, missing files, cycles, and each library's own problems.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { librarySchema } from '../schema/library.js';
import { decodeSource } from '../source/decode-source.js';
import type { InvisibleCharacter } from '../source/invisible-characters.js';
import { type ParsedFile, parseSource } from '../source/parse-source.js';
import { checkFileBudgets } from './check-budgets.js';
import { type CheckedHost, NOT_A_FILE } from './checked-host.js';
import { type ChannelDraft, draftsOf, type PersonaDraft } from './drafts.js';
import { PATH_PROBLEM_MESSAGES, resolveProjectPath } from './project-path.js';
import { validateWithSchema } from './validate.js';

interface Walk {
  readonly host: CheckedHost;
  /** Files already loaded (or failed): a diamond import reads each file once. */
  readonly visited: Set<string>;
  readonly personas: PersonaDraft[];
  readonly channels: ChannelDraft[];
  readonly diagnostics: Diagnostic[];
  /** Characters of text in the libraries read: the journey's text budget counts them too. */
  characters: number;
  /** Bidi controls and zero-width characters in the libraries read, for lint. */
  readonly invisibleCharacters: InvisibleCharacter[];
}

/** Reads, parses and validates one library file; undefined when it has errors (already reported). */
function loadLibrary(walk: Walk, path: string) {
  const bytes = walk.host.readFile(path);
  if (bytes === undefined) return 'missing' as const;
  const decoded = decodeSource(path, bytes);
  walk.diagnostics.push(...decoded.diagnostics);
  if (!decoded.source) return undefined;
  const { parsed, diagnostics } = parseSource(decoded.source);
  walk.diagnostics.push(...diagnostics);
  if (!parsed || hasErrors(diagnostics)) return undefined;
  const budgets = checkFileBudgets(parsed);
  walk.diagnostics.push(...budgets.diagnostics);
  if (budgets.diagnostics.length > 0) return undefined;
  walk.characters += budgets.characters;
  walk.invisibleCharacters.push(...parsed.invisibleCharacters);
  const validated = validateWithSchema(parsed, librarySchema);
  walk.diagnostics.push(...validated.diagnostics);
  return validated.value ? { parsed, library: validated.value } : undefined;
}

function follow(walk: Walk, from: ParsedFile, imports: readonly string[], stack: readonly string[]): void {
  imports.forEach((written, index) => {
    const span = from.locate(['imports', index]);
    const resolved = resolveProjectPath(from.source.path, written);
    if ('problem' in resolved) {
      walk.diagnostics.push({
        code: 'path-outside-root',
        severity: 'error',
        message: `import "${written}" ${PATH_PROBLEM_MESSAGES[resolved.problem]}`,
        span,
        hint: 'import library files by a relative path inside the project, e.g. ../shared/personas.yaml',
      });
      return;
    }
    if (stack.includes(resolved.path)) {
      walk.diagnostics.push({
        code: 'import-cycle',
        severity: 'error',
        message: `importing "${resolved.path}" closes a cycle: ${[...stack.slice(stack.indexOf(resolved.path)), resolved.path].join(' → ')}`,
        span,
        hint: 'move the shared personas and channels into one library that imports nothing back',
      });
      return;
    }
    if (walk.visited.has(resolved.path)) return;
    walk.visited.add(resolved.path);
    const loaded = loadLibrary(walk, resolved.path);
    if (loaded === 'missing' && walk.host.fileProblem?.(resolved.path) === 'outside-root') {
      walk.diagnostics.push({
        code: 'path-outside-root',
        severity: 'error',
        message: `imported file "${resolved.path}" is a symbolic link leading outside the project root`,
        span,
        hint: 'copy the library into the project instead of linking to it; nothing outside the root is read',
      });
      return;
    }
    if (loaded === 'missing') {
      const problem = walk.host.fileProblem?.(resolved.path);
      const kind = problem === 'folder' || problem === 'fifo' || problem === 'not-a-file' ? NOT_A_FILE[problem] : undefined;
      walk.diagnostics.push({
        code: 'import-not-found',
        severity: 'error',
        message: kind ? `imported file "${resolved.path}" is ${kind}, not a file` : `imported file "${resolved.path}" does not exist`,
        span,
        hint: kind
          ? 'import a library file such as personas.yaml; folders, pipes and devices are never read'
          : 'paths are relative to the importing file',
      });
      return;
    }
    if (!loaded) {
      walk.diagnostics.push({
        code: 'invalid-import',
        severity: 'error',
        message: `imported file "${resolved.path}" is not a valid library`,
        span,
        hint: 'a library file holds only `personas:`, `channels:` and `imports:`; see its own errors',
      });
      return;
    }
    // The library's own imports come first, so entities appear in dependency order.
    follow(walk, loaded.parsed, loaded.library.imports ?? [], [...stack, resolved.path]);
    walk.personas.push(...draftsOf(loaded.library.personas, loaded.parsed, 'personas'));
    walk.channels.push(...draftsOf(loaded.library.channels, loaded.parsed, 'channels'));
  });
}

export function loadImports(
  parsed: ParsedFile,
  imports: readonly string[],
  host: CheckedHost,
): {
  personas: PersonaDraft[];
  channels: ChannelDraft[];
  diagnostics: Diagnostic[];
  files: string[];
  characters: number;
  invisibleCharacters: InvisibleCharacter[];
} {
  const walk: Walk = {
    host,
    visited: new Set([parsed.source.path]),
    personas: [],
    channels: [],
    diagnostics: [],
    characters: 0,
    invisibleCharacters: [],
  };
  follow(walk, parsed, imports, [parsed.source.path]);
  // Every library the walk reached (read, missing or broken): each is an input of this journey.
  const files = [...walk.visited].filter((file) => file !== parsed.source.path);
  return {
    personas: walk.personas,
    channels: walk.channels,
    diagnostics: walk.diagnostics,
    files,
    characters: walk.characters,
    invisibleCharacters: walk.invisibleCharacters,
  };
}
