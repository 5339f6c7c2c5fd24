// Resource limits for reading journey and library files. Pure constants, so tests and the CLI agree.

/** Files larger than this are refused before parsing (1 MiB). */
export const MAX_FILE_BYTES = 1024 * 1024;

/** yaml's alias expansion budget; beyond it a document is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Deepest nesting of lists and mappings read. A journey needs about eight levels; yaml composes
 * recursively, and thousands of levels exhaust the stack (even fatally, inside V8's regexp engine).
 */
export const MAX_NESTING = 64;
