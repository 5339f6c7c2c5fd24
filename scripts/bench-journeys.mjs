// The journeys the benchmarks build: a journey of any size with every field filled (the language
// 1.1 ones too, reading the examples' pictures, data files and a detail map, which
// writeJourneyInputs puts beside it), and the same in Chinese, Japanese and Korean.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;

/**
 * A journey of `stages` x `touchpoints` with `personas`, every field filled, the language 1.1 ones
 * too (wait, duration, fails, recovery, a storyboard image, KPIs fed from data files, a detail map):
 * it reads screens/, data/ and detail.journey.yaml, which writeJourneyInputs puts beside it.
 * `v11: false` leaves the 1.1 fields out (the latin/CJK pair measures fonts, not pictures).
 */
export function generateJourney(stages, touchpoints, personas, { v11 = true } = {}) {
  const ids = Array.from({ length: personas }, (_, i) => `p${i + 1}`);
  const lines = ['title: Generated benchmark journey', 'description: Synthetic content for timing.', 'personas:'];
  for (const id of ids) lines.push(`  - { id: ${id}, name: Persona ${id}, goals: [Finish quickly] }`);
  lines.push('channels:', '  - { id: app, name: Mobile app, kind: digital, icon: mobile }', 'stages:');
  for (let s = 0; s < stages; s++) {
    lines.push(
      `  - name: Stage ${s + 1}`,
      `    objective: Move the customer on to stage ${s + 2}.`,
      ...(v11 ? ['    kpis: [{ name: On-time delivery, data: ./data/on-time.csv, target: 95, unit: "%" }]'] : []),
      '    touchpoints:',
    );
    for (let t = 0; t < touchpoints; t++) {
      const emotion = ids.map((id, i) => `${id}: ${((s + t + i) % 5) - 2}`).join(', ');
      lines.push(
        `      - name: Touchpoint ${s + 1}.${t + 1} with a longer name that wraps`,
        '        channel: app',
        '        action: Does something reasonably specific here',
        '        thought: "Will this work the way I expect it to?"',
        `        emotion: { ${emotion} }`,
        '        pains: [Waits too long, Unclear wording]',
        '        opportunities: [Show progress]',
        '        frontstage: Screen and notification',
        '        backstage: Order service',
        '        owner: Product team',
        `        critical: ${t === 0}`,
      );
      if (!v11) {
        lines.push('        kpis: [{ name: Conversion, value: 40, target: 50, unit: "%" }]');
        continue;
      }
      lines.push(
        `        wait: ${t + 1}h`,
        '        duration: 15m',
        '        fails: [Times out, Card declined]',
        '        recovery: Retry with another card',
        `        image: screens/${SCREENS[(s + t) % SCREENS.length]}`,
        '        kpis:',
        '          - { name: Conversion, value: 40, target: 50, unit: "%" }',
        '          - { name: Cart abandonment, data: { file: ./data/funnel.csv, column: abandonment }, target: 55, unit: "%", better: lower }',
      );
      if (t === 0) lines.push('        map: ./detail.journey.yaml');
    }
  }
  return `${lines.join('\n')}\n`;
}

// The storyboard pictures, data files and detail map of generated journeys: the examples' own.
const SCREENS = ['doorstep.svg', 'fee-upfront.svg', 'slots.svg', 'tracking.svg'];
export function writeJourneyInputs(dir) {
  for (const folder of ['screens', 'data']) {
    mkdirSync(join(dir, folder), { recursive: true });
    for (const name of readdirSync(join(ROOT, 'examples', folder))) {
      writeFileSync(join(dir, folder, name), readFileSync(join(ROOT, 'examples', folder, name)));
    }
  }
  writeFileSync(join(dir, 'detail.journey.yaml'), readFileSync(join(ROOT, 'examples', 'grocery-delivery-doorstep.journey.yaml')));
}

/** The same journey in Chinese, Japanese and Korean (with emoji): what the fallback faces cost. */
const CJK_WORDS = [
  ['Generated benchmark journey', '生成的基准旅程 📊'],
  ['Synthetic content for timing.', 'タイミング用の合成コンテンツ。'],
  ['Finish quickly', '빨리 끝내기'],
  ['Mobile app', '手机应用 📱'],
  ['with a longer name that wraps', '折り返す長い名前のタッチポイント'],
  ['Does something reasonably specific here', '여기서 꽤 구체적인 일을 한다'],
  ['Will this work the way I expect it to?', '这会按我预期的方式工作吗？'],
  ['Waits too long', '待ち時間が長すぎる'],
  ['Unclear wording', '불명확한 문구'],
  ['Show progress', '顯示進度'],
  ['Screen and notification', '画面と通知'],
  ['Order service', '订单服务'],
  ['Product team', '제품 팀'],
  ['Move the customer on to stage', '顧客を次の段階へ'],
  ['Times out', 'タイムアウト'],
  ['Card declined', '카드 거절'],
  ['Retry with another card', '用另一张卡重试'],
];
export const cjkJourney = (latin) => CJK_WORDS.reduce((text, [from, to]) => text.replaceAll(from, to), latin);
