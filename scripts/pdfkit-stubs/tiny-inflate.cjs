// Stands in for tiny-inflate inside the bundle (scripts/build.mjs): unicode-trie, under fontkit
// and linebreak, inflates its Unicode tables (twice each) when it loads, and tiny-inflate does it
// in JavaScript, tens of milliseconds of every PDF build. Node's zlib inflates the same raw
// DEFLATE data natively. Same contract: fills `dest`, returns it, or a copy of the filled part.
const { inflateRawSync } = require('node:zlib');

module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  if (out.length > dest.length) throw new Error('Data error');
  dest.set(out);
  return out.length < dest.length ? dest.slice(0, out.length) : dest;
};
