// The built-in renderers, registered exactly as a plugin's are. Each is a thin stub that
// imports its real module only when asked to render, so `--format svg` never loads pdfkit,
// resvg or the HTML template (esbuild splits each import() into its own chunk).
import { definePlugin, type Renderer } from './renderer.js';

/** A renderer whose implementation module is imported on first use. */
function lazyRenderer(meta: Omit<Renderer, 'render'>, load: () => Promise<Renderer>): Renderer {
  return { ...meta, render: async (scene, context) => (await load()).render(scene, context) };
}

const svg = lazyRenderer(
  { format: 'svg', extension: 'svg', mediaType: 'image/svg+xml' },
  async () => (await import('./svg/render-svg.js')).svgRenderer,
);
const pdf = lazyRenderer(
  { format: 'pdf', extension: 'pdf', mediaType: 'application/pdf' },
  async () => (await import('./pdf/pdf-renderer.js')).pdfRenderer,
);
const html = lazyRenderer(
  { format: 'html', extension: 'html', mediaType: 'text/html' },
  async () => (await import('./html/html-renderer.js')).htmlRenderer,
);
// PNG rasterizes in resvg's native thread pool: started first, it overlaps the other formats.
const png = lazyRenderer(
  { format: 'png', extension: 'png', mediaType: 'image/png', offThread: true },
  async () => (await import('./png/png-renderer.js')).pngRenderer,
);

const pptx = lazyRenderer(
  { format: 'pptx', extension: 'pptx', mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  async () => (await import('./pptx/pptx-renderer.js')).pptxRenderer,
);
const xlsx = lazyRenderer(
  { format: 'xlsx', extension: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  async () => (await import('./xlsx/xlsx-renderer.js')).xlsxRenderer,
);

export const builtinPlugin = definePlugin({ apiVersion: 1, renderers: [svg, pdf, html, png, pptx, xlsx] });
