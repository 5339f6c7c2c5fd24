// Derives ids from names: lower case, accents dropped, runs of other characters → "-", trimmed.
// Pure; an empty result means the name has no usable characters (the caller asks for an id).

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
