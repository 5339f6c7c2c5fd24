// The built-in renderers, registered exactly as a plugin's are. Each is a thin stub that
// imports its real module only when asked to render, so `--format svg` never loads pdfkit,
// resvg or the HTML template (esbuild splits each import() into its own chunk).
import { definePlugin, type Renderer } from './renderer.js';

const svg: Renderer = {
  format: 'svg',
  extension: 'svg',
  mediaType: 'image/svg+xml',
  render: async (scene, context) => (await import('./svg/render-svg.js')).svgRenderer.render(scene, context),
};

const pdf: Renderer = {
  format: 'pdf',
  extension: 'pdf',
  mediaType: 'application/pdf',
  render: async (scene, context) => (await import('./pdf/pdf-renderer.js')).pdfRenderer.render(scene, context),
};

const html: Renderer = {
  format: 'html',
  extension: 'html',
  mediaType: 'text/html',
  render: async (scene, context) => (await import('./html/html-renderer.js')).htmlRenderer.render(scene, context),
};

const png: Renderer = {
  format: 'png',
  extension: 'png',
  mediaType: 'image/png',
  offThread: true,
  render: async (scene, context) => (await import('./png/png-renderer.js')).pngRenderer.render(scene, context),
};

export const builtinPlugin = definePlugin({ apiVersion: 1, renderers: [svg, pdf, html, png] });
