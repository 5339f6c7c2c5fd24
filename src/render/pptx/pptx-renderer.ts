// The pptx renderer (pptxgenjs): the map slide painted from the Scene as native, editable shapes
// and texts, a slide per persona, "Current → future" with `compare`, the KPI table and the action list as native tables, in theme
// colours with the brand; the zip rewritten with context.epoch dates for byte-identical builds.

import type { Scene } from '../../scene/scene.js';
import { say } from '../../words/say.js';
import { imageKeys, withRasterizedSvg } from '../pdf/raster-svg-assets.js';
import type { RenderContext, Renderer } from '../renderer.js';
import { footerLeft } from '../summary-data.js';
import { addCompareSlides } from './compare-slides.js';
import { paintNodes } from './paint-scene.js';
import { addPersonaSlides } from './persona-slides.js';
import { buildDate, pinCoreDates, pinZip } from './pinned-zip.js';
import { createPptx } from './pptxgen.js';
import { type ChromeContext, drawFooter, drawHeader, hex } from './slide-chrome.js';
import { designFrame, isSlideOption, mapFrame, type SlideOption } from './slide-frame.js';
import { addActionSlides, addKpiSlides } from './summary-slides.js';

/** `--slide`: 'fit' (default: the slide is the map's size) or '16:9' (the map scaled onto a widescreen slide). */
export const slideOption = (context: RenderContext): SlideOption => {
  const value = context.options.slide;
  return isSlideOption(value) ? value : 'fit';
};

export async function renderPptx(scene: Scene, context: RenderContext): Promise<Uint8Array> {
  const { journey, theme } = context;
  const words = context.view.words;
  const keys = imageKeys(scene.nodes);
  for (const persona of journey.personas) if (persona.image !== undefined) keys.add(persona.image);
  if (theme.logo !== undefined) keys.add(theme.logo);
  // PowerPoint's SVG pictures need a PNG fallback anyway: pictures go in as PNG or JPEG.
  const assets = withRasterizedSvg(context.assets, keys);

  const pptx = createPptx();
  const { slide: size, frame } = mapFrame(scene.width, scene.height, slideOption(context));
  pptx.defineLayout({ name: 'JOURNEYMAP', width: size.width, height: size.height });
  pptx.layout = 'JOURNEYMAP';
  pptx.title = journey.title;
  pptx.author = journey.owner ?? theme.brand ?? 'journeymap';
  pptx.company = theme.brand ?? '';
  pptx.subject = journey.description ?? '';

  const map = pptx.addSlide();
  map.background = { color: hex(scene.background, 'FFFFFF') };
  paintNodes({ slide: map, frame, assets }, scene.nodes);

  const logo = theme.logo === undefined ? undefined : assets.get(theme.logo);
  const chrome: ChromeContext = { theme, frame: designFrame(size), slideWidth: size.width, ...(logo ? { logo } : {}) };
  const newSlide = (title: string) => () => {
    const slide = pptx.addSlide();
    drawHeader(slide, chrome, title, journey.title);
    return slide;
  };
  const summary = [
    ...addPersonaSlides(pptx, chrome, context.view, assets, (slide, title) => drawHeader(slide, chrome, title, journey.title)),
    ...addCompareSlides(chrome, context.view, newSlide(say(words, 'section.compare'))),
    ...addKpiSlides(chrome, journey, words, context.view.format, newSlide(say(words, 'section.kpis'))),
    ...addActionSlides(chrome, journey, words, newSlide(say(words, 'section.actions'))),
  ];
  const left = footerLeft(theme.brand, journey, words);
  summary.forEach((slide, i) => drawFooter(slide, chrome, left, say(words, 'pptx.slideNumber', { n: i + 2, total: summary.length + 1 })));

  const bytes = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  const date = buildDate(context.epoch);
  return pinZip(bytes, date, (name, text) => (name === 'docProps/core.xml' ? pinCoreDates(text, date) : text));
}

export const pptxRenderer: Renderer = {
  format: 'pptx',
  extension: 'pptx',
  mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  render: renderPptx,
};
