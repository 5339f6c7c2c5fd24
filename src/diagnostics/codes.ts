// The catalog of diagnostic codes: stable kebab-case ids that users, CI and docs rely on.
// Each code has a docs page (docs/diagnostics/<code>.md) and a fixture
// (test/fixtures/invalid/<code>/); a test checks both exist. Never rename a code.

export const CODES = {
  // source/: reading and parsing
  'file-not-utf8': 'The file is not UTF-8 text (binary or another encoding).',
  'file-too-large': 'The file is larger than the size limit.',
  'empty-file': 'The file is empty or holds only comments.',
  'yaml-syntax': 'The YAML does not parse.',
  'yaml-tab': 'A tab is used for indentation; YAML indents with spaces.',
  'yaml-alias-limit': 'Too many alias expansions (an alias bomb).',
  'not-a-mapping': 'The top level of the file is not a mapping of keys to values.',
  'forbidden-key': 'A key such as __proto__ or constructor that could pollute objects.',
  'duplicate-key': 'A mapping holds the same key twice.',
  // model/validate: the schema
  'unknown-key': 'A key the language does not define.',
  'invalid-type': 'A value of the wrong type.',
  'missing-required': 'A required field is absent.',
  'invalid-value': 'A value outside the allowed set or format.',
  'emotion-out-of-range': 'An emotion outside [-2, 2].',
  'invalid-number': 'A number that is not finite.',
  'invalid-id': 'An id that does not match [\\p{Ll}\\p{Lo}\\p{N}][\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}\\p{N}_-]* (letters of any script).',
  'invalid-color': 'A colour that is not a CSS hex or named colour.',
  'invalid-link': 'A link whose scheme is not http, https or mailto.',
  'invalid-duration': 'A wait or duration that is not a number with a unit (90s, 45m, 3h, 1h30m, 2d, 1w).',
  'locale-words-missing':
    'A `locale` (journey or config) with no built-in word catalogue: words are English, numbers and dates follow the locale.',
  'unknown-label': 'A `labels:` key in the config that is not a message id of the word catalogue.',
  // model/: linked journeys and data files (language 1.1)
  'compare-not-found': 'The journey named by `compare` does not exist.',
  'compare-invalid': 'The journey named by `compare` is not a journey or has errors of its own.',
  'compare-cycle': '`compare` chains back to the journey itself.',
  'map-not-found': 'The detail journey named by a touchpoint `map` does not exist.',
  'map-invalid': 'The detail journey named by a touchpoint `map` is not a journey or has errors of its own.',
  'map-cycle': 'Touchpoint `map` links lead back to a journey already on the way (overview ↔ detail cycle).',
  'data-not-found': 'A KPI data file does not exist.',
  'data-invalid': 'A KPI data file that cannot be read as a series: bad cell, missing column, bad or duplicate date.',
  'value-and-data': 'A KPI has both `value` and `data`: one source of truth.',
  // model/check: references and ids
  'duplicate-id': 'Two entities of one kind share an id.',
  'derived-id-collision': 'An id derived from a name collides with another; give an explicit id.',
  'unknown-persona': 'A reference to a persona that is not defined.',
  'probable-channel-typo': 'A free-text channel one edit away from a channel id.',
  'unknown-lane': 'A lane name that is neither built-in nor a custom lane.',
  'unknown-field': 'A touchpoint field for a custom lane that is not declared.',
  'path-outside-root': 'A path that is absolute, a URL, or escapes the project root (a symbolic link leading outside it included).',
  'import-not-found': 'An imported file does not exist or is not a file (a folder, a FIFO).',
  'import-cycle': 'Imports form a cycle.',
  'invalid-import': 'An imported library file is not a valid library.',
  'budget-exceeded': 'The map holds more than a budget allows (items per list, touchpoints, characters…).',
  'image-not-found': 'A persona image that does not exist.',
  'invalid-image':
    'An image that is not a png, jpg or svg the renderers can read (an SVG that does not parse, a name that lies about the type).',
  'image-too-large': 'An image whose header claims more pixels than the limit (16384 a side, 50 megapixels).',
  // render/
  'render-failed': 'A renderer failed on this journey.',
  'png-downscaled': 'The map is too large for a PNG at the requested scale; it was written smaller.',
  'low-contrast':
    "A theme file colour on which neither white nor the theme's text reaches WCAG AA (4.5:1) for the text the map draws on it.",
  'print-text-small':
    'With --page, the map fitted on one sheet prints its body text under 5 pt; a larger paper (or --tile) keeps it legible.',
  'glyphs-missing': 'Text holds characters (Thai, Devanagari, rare Han…) no bundled font can draw in PDF or PNG.',
  // lint/: journey-quality rules (warnings, reported by `journeymap lint`)
  'touchpoint-without-emotion': 'The map has an emotions lane, but a touchpoint has no emotion for one of its personas.',
  'pain-without-opportunity': 'A stage lists pain points but no opportunities.',
  'critical-without-owner': 'A moment of truth (critical touchpoint) has no owner.',
  'kpi-without-target': 'A KPI has no target, so the map cannot show whether it is met.',
  'stage-without-touchpoints': 'A stage has no touchpoints.',
  'assumption-heavy': 'More than half of the touchpoints rest on assumptions rather than research or data.',
  'long-text': 'A text too long to read in a map cell.',
  'invisible-characters': 'A bidi control or zero-width character that hides or reorders text (U+202E, U+200B…).',
  'persona-never-used': 'A persona that no touchpoint applies to.',
  'fail-without-recovery': 'A touchpoint lists failure points (`fails`) but no `recovery`.',
  'handoff-at-moment-of-truth': 'The owner changes into a moment of truth: a handoff where it matters most.',
  // convert/: `journeymap import` of Mermaid journey diagrams
  'mermaid-not-journey': 'The Mermaid file is not a `journey` diagram.',
  'mermaid-syntax': 'A line of a Mermaid journey diagram that does not parse.',
  'mermaid-score-out-of-range': 'A Mermaid task score outside 1..5.',
  // convert/: `journeymap import` of workshop spreadsheets (xlsx, CSV)
  'sheet-unreadable': 'The spreadsheet cannot be read: not an xlsx workbook, or CSV that does not parse.',
  'sheet-missing-column': 'The touchpoints sheet lacks a column the journey needs (stage, name).',
  'sheet-unknown-column': 'A column whose header is not a field of the language; it is left out.',
  'sheet-invalid-cell': 'A cell whose value the field does not allow (a number, a choice, yes/no).',
} as const satisfies Record<string, string>;

export type Code = keyof typeof CODES;

export const isCode = (value: string): value is Code => Object.hasOwn(CODES, value);
