// Stands in for brotli/decompress.js inside the bundled fontkit (scripts/build.mjs): fontkit needs
// it only to open WOFF2 fonts, and journeymap embeds TrueType; loading it builds a dictionary
// (~140 ms on every PDF build). Loaded for real on first use.
const { createRequire } = require('node:module');

module.exports = function decompress(buffer, outSize) {
  const fontkit = createRequire(require.resolve('pdfkit')).resolve('fontkit');
  // fontkit's own dependency (installed with pdfkit), so not one of journeymap's.
  const decoder = 'brotli/decompress.js';
  return createRequire(fontkit)(decoder)(buffer, outSize);
};
