// The small picture of a map on its index card: the stages as bands and the emotion curve (the
// mean over personas at each touchpoint), drawn from the summary as a decorative inline SVG with
// presentation attributes only (the CSP allows no style attributes). Numbers rounded: deterministic.
import type { SiteJourney } from './site-journey.js';

const W = 200;
const H = 40;
const round = (n: number): string => String(Math.round(n * 10) / 10);

export function mapThumbnail(journey: SiteJourney): string {
  const stages = journey.stages.length;
  const bands: string[] = [];
  const bandW = stages > 0 ? W / stages : W;
  for (let i = 0; i < stages; i++) {
    bands.push(`<rect x="${round(i * bandW)}" y="0" width="${round(bandW)}" height="${H}" fill="${i % 2 ? '#eef1f6' : '#f8f9fb'}"/>`);
  }
  const tps = journey.touchpoints;
  const points: string[] = [];
  tps.forEach((tp, i) => {
    const values = Object.values(tp.emotion);
    if (values.length === 0) return;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const x = tps.length === 1 ? W / 2 : 6 + (i * (W - 12)) / (tps.length - 1);
    points.push(`${round(x)},${round(H / 2 - mean * 8)}`);
  });
  const curve =
    points.length > 1
      ? `<polyline points="${points.join(' ')}" fill="none" stroke="#1a4fb8" stroke-width="2" stroke-linejoin="round"/>`
      : '';
  const mid = `<line x1="0" y1="${H / 2}" x2="${W}" y2="${H / 2}" stroke="#c4c9d2" stroke-width="0.5"/>`;
  return `<svg class="thumb" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" aria-hidden="true" focusable="false">${bands.join('')}${mid}${curve}</svg>`;
}
