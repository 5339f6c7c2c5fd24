// Stands in for crypto-js inside the bundled pdfkit (scripts/build.mjs): pdfkit only ever calls
// CryptoJS.MD5 on a string (the trailer /ID) unless a PDF is encrypted, which journeymap never
// asks for. MD5 of a string comes from node:crypto as the same WordArray words; anything else
// loads the real crypto-js (~130 ms of loading otherwise spent on every PDF build).
const { createHash } = require('node:crypto');
const { createRequire } = require('node:module');

// `require` here is the bundle's own (its banner); a created require is one esbuild leaves alone.
const real = () => createRequire(require.resolve('pdfkit'))('crypto-js');

function MD5(message) {
  if (typeof message !== 'string') return real().MD5(message);
  const digest = createHash('md5').update(message, 'utf8').digest();
  const words = [];
  for (let i = 0; i < digest.length; i += 4) words.push(digest.readInt32BE(i));
  return { words, sigBytes: digest.length };
}

module.exports = new Proxy({ MD5 }, { get: (own, key) => (key in own ? own[key] : real()[key]) });
