// The largest map the budgets allow (src/model/budgets.ts), built to be as costly as possible to
// lay out and draw: every budget at its limit at once. test/hostile/budgets.test.ts builds it to
// every format and measures; JM_WORST_CASE_DIR=<dir> there keeps the files and prints the numbers.
import { BUDGETS } from '../../src/model/budgets.js';
// Every built-in lane, the language 1.1 ones (storyboard, time, failures) included.
import { BUILTIN_LANES } from '../../src/model/journey.js';

/** Text of exactly `length` characters of words that wrap (and a few that the font lacks). */
function words(length: number, seed: number): string {
  const pool = ['customer', 'waits', 'for', 'the', 'confirmation', 'e-mail', 'and', 'checks', 'status', 'again', 'Übergabe', 'façade'];
  let out = '';
  for (let i = seed; out.length < length; i++) out += `${pool[i % pool.length]} `;
  return out.slice(0, length).trimEnd().padEnd(length, 'x');
}

const quoted = (text: string): string => JSON.stringify(text);

/**
 * Every budget at its limit: 12 personas with emotions everywhere, 300 touchpoints (10 stages of
 * 30), 300 x 20 lanes = 6,000 cells, 400 KPIs, lists full to the text budget, and in every
 * lane one text of the full 2,000 characters, which makes every row as tall as it can be.
 * Stays under the 1 MiB file limit and the 250,000-character text budget. `tall`: instead, one
 * cell holds a full list of full-length pains (100,000 characters), the tallest row possible,
 * and the other touchpoints shorter texts to stay within the text budget.
 */
export function worstCaseJourney(options: { readonly tall?: boolean } = {}): string {
  const tall = options.tall ?? false;
  const personas = BUDGETS.personas.limit;
  const stages = 10;
  const perStage = BUDGETS.touchpoints.limit / stages;
  const custom = BUDGETS.mapCells.limit / BUDGETS.touchpoints.limit - BUILTIN_LANES.length;
  const customIds = Array.from({ length: custom }, (_, i) => `custom${i}`);
  const longText = BUDGETS.textCharacters.limit;
  const lines: string[] = [
    `title: ${quoted(words(120, 0))}`,
    `description: ${quoted(words(2000, 1))}`,
    `tags: [${Array.from({ length: 20 }, (_, i) => `tag${i}`).join(', ')}]`,
    `lanes: [${[...BUILTIN_LANES, ...customIds.map((id) => `{ id: ${id}, title: ${quoted(words(40, 2))} }`)].join(', ')}]`,
    'personas:',
  ];
  for (let p = 0; p < personas; p++) {
    lines.push(
      `  - { id: p${p}, name: ${quoted(`Persona ${p} ${words(30, p)}`)}, role: ${quoted(words(60, p))}, quote: ${quoted(words(120, p))},`,
      `      goals: [${Array.from({ length: 5 }, (_, i) => quoted(words(60, i))).join(', ')}],`,
      `      needs: [${Array.from({ length: 5 }, (_, i) => quoted(words(60, i + 1))).join(', ')}] }`,
    );
  }
  lines.push('channels:', '  - { id: app, name: Mobile app, kind: digital, icon: mobile }', 'kpis:');
  for (let k = 0; k < BUDGETS.kpisPerList.limit; k++)
    lines.push(`  - { name: ${quoted(`Journey KPI ${k}`)}, value: ${k * 7.5}, target: 50, unit: "%" }`);
  lines.push('stages:');
  let touchpointKpis = BUDGETS.kpis.limit - BUDGETS.kpisPerList.limit * (1 + stages);
  for (let s = 0; s < stages; s++) {
    lines.push(
      `  - name: ${quoted(`Stage ${s} ${words(60, s)}`)}`,
      `    objective: ${quoted(words(s === 0 ? longText : tall ? 150 : 200, s))}`,
      '    kpis:',
    );
    for (let k = 0; k < BUDGETS.kpisPerList.limit; k++)
      lines.push(`      - { name: ${quoted(`Stage KPI ${s}.${k}`)}, value: ${k}, target: 5 }`);
    lines.push('    touchpoints:');
    for (let t = 0; t < perStage; t++) {
      const n = s * perStage + t;
      // Touchpoint 0 holds one full-length text per lane: every row reaches its tallest.
      const len = (short: number) => (n === 0 ? longText : short);
      const emotion = Array.from({ length: personas }, (_, p) => `p${p}: ${(((n + p) % 9) - 4) / 2}`).join(', ');
      const kpis = touchpointKpis > 0 ? 1 : 0;
      touchpointKpis -= kpis;
      lines.push(
        `      - name: ${quoted(`T${n} ${words(len(40) - 6, n)}`)}`,
        '        channel: app',
        `        action: ${quoted(words(len(60), n + 1))}`,
        `        thought: ${quoted(words(len(60), n + 2))}`,
        `        emotion: { ${emotion} }`,
        `        pains: [${(tall && n === 0 ? Array<number>(BUDGETS.listItems.limit).fill(longText) : tall ? [10] : [len(40), 40, 40]).map((l, i) => quoted(words(l, n + i))).join(', ')}]`,
        `        opportunities: [${(tall ? [len(5)] : [len(40), 40]).map((l, i) => quoted(words(l, n + i))).join(', ')}]`,
        `        frontstage: ${quoted(words(len(tall ? 10 : 30), n + 3))}`,
        `        backstage: ${quoted(words(len(tall ? 10 : 30), n + 4))}`,
        `        owner: ${quoted(words(len(20), n + 5))}`,
        `        systems: [${[len(15), 15].map((l, i) => quoted(words(l, n + i))).join(', ')}]`,
        `        critical: ${n % 7 === 0}`,
        `        evidence: ${['assumption', 'research', 'data'][n % 3]}`,
        `        notes: ${quoted(words(len(tall ? 10 : 40), n + 6))}`,
        `        fields: { ${customIds.map((id, i) => `${id}: ${quoted(words(len(tall ? 5 : 20), n + i))}`).join(', ')} }`,
        ...(kpis
          ? [`        kpis: [{ name: ${quoted(`KPI ${n}`)}, value: ${n % 100}, target: 50, baseline: 10, unit: "%", better: higher }]`]
          : []),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
