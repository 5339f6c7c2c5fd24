// The locales journeymap has a word catalogue for (src/words/<locale>.ts): a `locale` whose
// language is not one of these takes English words (locale-words-missing). A test keeps this
// list equal to the catalogues, which words/ cannot import from here (it imports nothing).
export const CATALOGUE_LOCALES = ['en', 'de', 'fr', 'es', 'ja'] as const;
