// An example journeymap renderer plugin: a Markdown summary of a journey (stages, pains,
// opportunities, KPI scorecard), short enough to post as a pull-request comment from CI.
// Plain ESM JavaScript with no dependencies, so you can copy it and start from here.
//
//   journeymap build maps --plugin ./examples/plugins/markdown-summary.js -f md
//   journeymap build maps/checkout.journey.yaml --plugin ./examples/plugins/markdown-summary.js -f md -o -
//
// It reads only `context.journey` (the checked journey) and ignores the Scene (the geometry).

/** @typedef {import('journeymap').Journey} Journey */
/** @typedef {import('journeymap').Kpi} Kpi */

/**
 * Makes user text inert in Markdown: a journey file may come from anyone who can open a pull
 * request, and its text must not become links, images, HTML, emphasis, code or table cells.
 * Backslash-escaping ASCII punctuation is always safe in CommonMark (it renders the character).
 * Line breaks fold to spaces and a leading block marker is escaped, so text cannot start a new
 * block (a heading, a list, a quote, a table row) wherever it is placed.
 * @param {string} text
 * @returns {string}
 */
export function escapeMarkdown(text) {
  return String(text)
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]<>|!~&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+#=]|\d+[.)])/, (_, space, marker) => `${space}${marker.replace(/[-+#=.)]/, '\\$&')}`);
}

/**
 * @param {number} value
 * @param {string | undefined} unit
 */
function formatNumber(value, unit) {
  const number = String(value);
  if (!unit) return number;
  // "%" and currency-like units sit on the number; words get a space: "31 ms".
  return /^[%‰°]/u.test(unit) ? `${number}${escapeMarkdown(unit)}` : `${number} ${escapeMarkdown(unit)}`;
}

/** @param {Kpi} kpi */
function kpiStatus(kpi) {
  if (kpi.target === undefined) return '— no target';
  if (kpi.value === undefined) return '— no value';
  return kpi.met ? '✅ met' : '❌ missed';
}

/**
 * @param {Kpi} kpi
 * @param {string} where already escaped
 */
function kpiRow(kpi, where) {
  const value = kpi.value === undefined ? '—' : formatNumber(kpi.value, kpi.unit);
  const target = kpi.target === undefined ? '—' : `${kpi.better === 'lower' ? '≤' : '≥'} ${formatNumber(kpi.target, kpi.unit)}`;
  return `| ${escapeMarkdown(kpi.name)} | ${where} | ${value} | ${target} | ${kpiStatus(kpi)} |`;
}

/** @param {Journey} journey */
function header(journey) {
  const facts = [`**State:** ${journey.state}`];
  if (journey.owner) facts.push(`**Owner:** ${escapeMarkdown(journey.owner)}`);
  if (journey.updated) facts.push(`**Updated:** ${escapeMarkdown(journey.updated)}`);
  const personas = journey.personas.filter((p) => !p.implicit).map((p) => escapeMarkdown(p.name));
  if (personas.length > 0) facts.push(`**Personas:** ${personas.join('; ')}`);
  const lines = [`# ${escapeMarkdown(journey.title)}`, '', facts.join(' · ')];
  if (journey.description) lines.push('', escapeMarkdown(journey.description));
  return lines;
}

/** @param {Journey} journey */
function stages(journey) {
  const lines = ['', '## Stages'];
  journey.stages.forEach((stage, index) => {
    lines.push('', `### ${index + 1}. ${escapeMarkdown(stage.name)}`);
    if (stage.objective) lines.push('', `*Objective:* ${escapeMarkdown(stage.objective)}`);
    if (stage.touchpoints.length === 0) {
      lines.push('', '*No touchpoints.*');
      return;
    }
    lines.push('');
    for (const touchpoint of stage.touchpoints) {
      const channel = touchpoint.channel ? ` — *${escapeMarkdown(touchpoint.channel.name)}*` : '';
      const critical = touchpoint.critical ? ' ⚠️ **moment of truth**' : '';
      lines.push(`- ${escapeMarkdown(touchpoint.name)}${channel}${critical}`);
    }
  });
  return lines;
}

/**
 * A bullet list of one touchpoint field (pains or opportunities) across the journey.
 * @param {Journey} journey
 * @param {'pains' | 'opportunities'} field
 * @param {string} title
 */
function notesByTouchpoint(journey, field, title) {
  const items = journey.stages.flatMap((stage) =>
    stage.touchpoints.flatMap((touchpoint) =>
      touchpoint[field].map((text) => `- **${escapeMarkdown(stage.name)} › ${escapeMarkdown(touchpoint.name)}:** ${escapeMarkdown(text)}`),
    ),
  );
  return ['', `## ${title} (${items.length})`, '', ...(items.length > 0 ? items : ['*None recorded.*'])];
}

/** @param {Journey} journey */
function kpiTable(journey) {
  const rows = [
    ...journey.kpis.map((kpi) => kpiRow(kpi, 'Journey')),
    ...journey.stages.flatMap((stage) => [
      ...stage.kpis.map((kpi) => kpiRow(kpi, escapeMarkdown(stage.name))),
      ...stage.touchpoints.flatMap((touchpoint) =>
        touchpoint.kpis.map((kpi) => kpiRow(kpi, `${escapeMarkdown(stage.name)} › ${escapeMarkdown(touchpoint.name)}`)),
      ),
    ]),
  ];
  if (rows.length === 0) return ['', '## KPIs', '', '*No KPIs recorded.*'];
  const all = [...journey.kpis, ...journey.stages.flatMap((s) => [...s.kpis, ...s.touchpoints.flatMap((t) => t.kpis)])];
  const met = all.filter((kpi) => kpi.met === true).length;
  const judged = all.filter((kpi) => kpi.met !== undefined).length;
  return [
    '',
    `## KPIs (${met} of ${judged} on target)`,
    '',
    '| KPI | Where | Value | Target | Status |',
    '| --- | --- | ---: | ---: | --- |',
    ...rows,
  ];
}

/**
 * The Markdown summary of a journey.
 * @param {Journey} journey
 * @returns {string}
 */
export function markdownSummary(journey) {
  const lines = [
    ...header(journey),
    ...stages(journey),
    ...notesByTouchpoint(journey, 'pains', 'Pains'),
    ...notesByTouchpoint(journey, 'opportunities', 'Opportunities'),
    ...kpiTable(journey),
  ];
  return `${lines.join('\n')}\n`;
}

/** @type {import('journeymap').JourneymapPlugin} */
export default {
  apiVersion: 1,
  renderers: [
    {
      format: 'md',
      extension: 'md',
      mediaType: 'text/markdown',
      async render(_scene, context) {
        return markdownSummary(context.journey);
      },
    },
  ],
};
