// Wraps a Host so that, within one load, each file is read and each image checked once: a large
// journey names the same picture, data file or detail map hundreds of times. Made per load
// (compile.ts loadSource), never per module, so the next load (a watch rebuild) reads afresh.
import type { Host } from '../source/source-file.js';
import type { CheckedHost, ImageCheck } from './checked-host.js';

export function onceHost(inner: CheckedHost | Host): CheckedHost {
  const base = inner as CheckedHost;
  const reads = new Map<string, Uint8Array | undefined>();
  const images = new Map<string, ImageCheck>();
  const host: CheckedHost = {
    readFile(path) {
      if (!reads.has(path)) reads.set(path, base.readFile(path));
      return reads.get(path);
    },
  };
  if (base.fileProblem) host.fileProblem = (path) => base.fileProblem?.(path);
  if (base.checkImage) {
    host.checkImage = (path) => {
      let check = images.get(path);
      if (!check) {
        check = base.checkImage!(path);
        images.set(path, check);
      }
      return check;
    };
  }
  return host;
}
