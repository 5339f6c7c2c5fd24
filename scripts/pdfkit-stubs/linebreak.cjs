// Stands in for linebreak inside the bundled pdfkit (scripts/build.mjs): loading it inflates a
// Unicode line-break table (~150 ms of samples per PDF build), and pdfkit only builds a
// LineBreaker to wrap text, which journeymap never asks of it (layout wrapped every line).
// Loaded for real, from pdfkit's own dependencies, the first time one is built.
const { createRequire } = require('node:module');

let Real;
module.exports = function LineBreaker(text) {
  Real ??= createRequire(require.resolve('pdfkit'))('linebreak');
  return new Real(text);
};
