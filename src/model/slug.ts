// Derives ids from names: lower case, Latin accents dropped, letters and digits of every script
// kept (`インスタ広告を見る 📱` → `インスタ広告を見る`), runs of anything else → "-", trimmed. Pure;
// an empty result means the name has no usable characters (the caller asks for an id).

// NFKD splits "é" into "e" + U+0301 (dropped: ids stay ASCII for Latin names, as before 1.1) but
// also "が" into "か" + U+3099: NFC afterwards puts the marks that remain back on their letters.
const LATIN_ACCENTS = /[\u0300-\u036f]/g;
const NOT_ID = /[^\p{Ll}\p{Lm}\p{Lo}\p{M}\p{N}]+/gu;
// An id starts with a letter or digit (ID_PATTERN): a leading long-vowel mark or vowel sign goes.
const BAD_START = /^[-\p{Lm}\p{M}]+/u;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function slugify(name: string): string {
  // Most names are ASCII, for which normalising changes nothing and the only letters and digits
  // are a-z and 0-9 (slug.test.ts holds the two paths to the same ids).
  return PRINTABLE_ASCII.test(name) ? asciiSlug(name) : unicodeSlug(name);
}

/** slugify for any text. */
export function unicodeSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(LATIN_ACCENTS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(NOT_ID, '-')
    .replace(BAD_START, '')
    .replace(/-+$/, '');
}

/** slugify for printable ASCII: the same result without Unicode normalisation and property classes. */
export function asciiSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '');
}
