// The string-or-list shorthand as a list. Pure.
export const toList = (value: string | readonly string[] | undefined): string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
