// A journey's key in SitePlan.pages, apart from plan-site.ts so the run's writing loop can look pages
// up without loading the site planning (which brings the compile pipeline).
import type { InputFile } from '../../project/resolve-inputs.js';

/** A journey's key in SitePlan.pages: its path, and for a Markdown fence the fence number too (they share the path). */
export const sitePageKey = (input: InputFile): string => (input.markdown ? `${input.display}#${input.markdown.fence}` : input.display);
