// Characters no bundled font has (Thai, Ethiopic: Inter and the Noto fallbacks lack them) warn in
// PDF and PNG, where they would be empty boxes, and not in SVG or HTML, where browsers fall back
// to system fonts. Emoji and CJK have bundled faces and do not warn. The build still succeeds.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../support/run-cli.js';

const JOURNEY = `title: Launch day ሀ 🚀 配
personas:
  - { id: aiko, name: Aiko, goals: [กข 配達を早く] }
stages:
  - name: Launch
    touchpoints:
      - { name: Opens the app, emotion: 1 }
`;

describe('glyphs the bundled font cannot draw', () => {
  it('warn once per PDF and PNG, not for SVG and HTML, and the files are written', () => {
    const dir = tempProject({ 'launch.journey.yaml': JOURNEY });
    const result = runCli(['build', 'launch.journey.yaml', '-f', 'svg,html,pdf,png', '--reporter', 'json'], { cwd: dir });
    expect(result.status).toBe(0);
    const diagnostics = JSON.parse(result.stdout) as { code: string; message: string }[];
    const glyphs = diagnostics.filter((d) => d.code === 'glyphs-missing');
    expect(glyphs).toHaveLength(2);
    expect(glyphs.map((d) => d.message).join('\n')).toMatch(/PDF[\s\S]*PNG|PNG[\s\S]*PDF/);
    // The persona's goal is printed on the PDF's persona page only, so only the PDF names it.
    expect(glyphs.find((d) => d.message.includes('PDF'))?.message).toContain('"ก"');
    expect(glyphs.find((d) => d.message.includes('PNG'))?.message).not.toContain('"ก"');
    for (const d of glyphs) {
      expect(d.message).toContain('"ሀ" (U+1200)');
      expect(d.message).not.toMatch(/🚀|配|達/);
    }
    for (const ext of ['svg', 'html', 'pdf', 'png']) expect(existsSync(join(dir, 'out', `launch.${ext}`))).toBe(true);
  });

  it('say nothing for an SVG-only build', () => {
    const dir = tempProject({ 'launch.journey.yaml': JOURNEY });
    const result = runCli(['build', 'launch.journey.yaml', '-f', 'svg', '--reporter', 'json'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });
});
