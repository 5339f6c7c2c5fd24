// Stands in for linebreak inside the bundled pdfkit (scripts/build.mjs): loading it inflates a
// Unicode line-break table, and pdfkit only builds a LineBreaker to wrap text, which only the
// PDF's summary paragraphs ask of it. The bundled linebreak is loaded the first time one is built.
let Real;
module.exports = function LineBreaker(text) {
  Real ??= require('linebreak');
  return new Real(text);
};
