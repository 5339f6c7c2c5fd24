// `journeymap show`: a compiled Journey as terminal lines: title, personas, an emotion sparkline
// per persona, the stages (as sections, or side by side when the width allows) with touchpoints,
// channels, emotions, pains, opportunities, and KPIs met or missed. Pure: colour comes in as Paint
// functions (identity for plain text), and no line is wider than `width` columns.
import type { Journey, Kpi, Persona, Stage, Touchpoint } from '../../model/journey.js';
import { kpiStatus } from '../../model/kpi-met.js';
import { formatNumber, withUnit } from '../../scene/number-label.js';
import { KPI_STATUS_WORD } from '../../words/kpi-status-word.js';
import { say, type Words, wordsFor } from '../../words/say.js';
import { averageEmotion, emotionSparkline, NO_VALUE, SPARK_LEVELS, STAGE_BREAK } from './emotion-sparkline.js';
import { padEnd, truncate, visibleWidth, wrap } from './text-width.js';

type Style = (text: string) => string;

/** How each kind of text is coloured; every function returns its text when plain. */
export interface Paint {
  readonly title: Style;
  readonly heading: Style;
  readonly dim: Style;
  readonly pain: Style;
  readonly opportunity: Style;
  readonly critical: Style;
  readonly met: Style;
  readonly missed: Style;
  /** A persona's marker and curve, in the persona's colour when it has one. */
  persona(persona: Persona, text: string): string;
}

const same: Style = (text) => text;
export const PLAIN_PAINT: Paint = {
  title: same,
  heading: same,
  dim: same,
  pain: same,
  opportunity: same,
  critical: same,
  met: same,
  missed: same,
  persona: (_persona, text) => text,
};

export interface ShowOptions {
  /** Terminal columns; no line is wider. */
  readonly width: number;
  readonly paint?: Paint;
  /** The catalogue every word the listing adds comes from; default: the CLI's (wordsFor()). */
  readonly words?: Words;
}

/** The look of the listing: its colours and its words. */
type Look = Paint & { readonly words: Words };

/** Narrowest stage column; below it stages are sections one after another. */
export const MIN_COLUMN = 30;
const COLUMN_GAP = ' │ ';

const signed = (n: number): string => (n > 0 ? `+${formatNumber(n)}` : formatNumber(n));

/** Wraps plain text, then paints each line (painting after wrapping keeps widths exact). */
function paragraph(text: string, width: number, style: Style, first = '', rest = first): string[] {
  return wrap(text, width, first, rest).map((line, i) => {
    const indent = i === 0 ? first : rest;
    return indent + style(line.slice(indent.length));
  });
}

export function kpiLine(kpi: Kpi, words: Words): { mark: '✓' | '✗' | '•'; text: string } {
  const figure = (n: number): string => withUnit(formatNumber(n), kpi.unit);
  const value = kpi.value === undefined ? '' : ` ${figure(kpi.value)}`;
  const target =
    kpi.target === undefined
      ? ''
      : ` (${say(words, 'html.kpiTarget', { target: `${kpi.better === 'lower' ? '≤' : '≥'} ${figure(kpi.target)}` })})`;
  // The map's status words, as in every other format.
  // (No status for a KPI without a target: the line has nothing to judge it by.)
  const status = kpiStatus(kpi) === 'no-target' ? '' : `: ${say(words, KPI_STATUS_WORD[kpiStatus(kpi)])}`;
  return { mark: kpi.met === undefined ? '•' : kpi.met ? '✓' : '✗', text: `${kpi.name}${value}${target}${status}` };
}

function kpiLines(kpis: readonly Kpi[], width: number, paint: Look, indent: string): string[] {
  return kpis.flatMap((kpi) => {
    const { mark, text } = kpiLine(kpi, paint.words);
    const style = mark === '✓' ? paint.met : mark === '✗' ? paint.missed : same;
    return paragraph(`${mark} ${text}`, width, style, indent, `${indent}  `);
  });
}

function touchpointLines(journey: Journey, tp: Touchpoint, width: number, paint: Look): string[] {
  const channel = tp.channel ? ` [${tp.channel.name}]` : '';
  const lines = paragraph(`${tp.name}${channel}`, width, tp.critical ? paint.critical : same, tp.critical ? '! ' : '• ', '  ');
  const felt = journey.personas.filter((p) => tp.emotion[p.id] !== undefined);
  const emotion = (p: Persona): string => `${p.id} ${signed(tp.emotion[p.id] ?? 0)}`;
  if (felt.length > 0) {
    // In the personas' colours when it fits one line; else wrapped, plain.
    const plain = felt.map(emotion).join('  ');
    if (visibleWidth(plain) + 2 <= width) lines.push(`  ${felt.map((p) => paint.persona(p, emotion(p))).join('  ')}`);
    else lines.push(...paragraph(plain, width, same, '  '));
  }
  for (const pain of tp.pains) lines.push(...paragraph(say(paint.words, 'show.pain', { text: pain }), width, paint.pain, '  − ', '    '));
  for (const idea of tp.opportunities)
    lines.push(...paragraph(say(paint.words, 'show.idea', { text: idea }), width, paint.opportunity, '  + ', '    '));
  lines.push(...kpiLines(tp.kpis, width, paint, '  '));
  return lines;
}

/** One stage: its number and name, objective, touchpoints, stage KPIs; every line ≤ width. */
export function stageLines(journey: Journey, stage: Stage, index: number, width: number, paint: Look): string[] {
  const lines = paragraph(`${index + 1}. ${stage.name}`, width, paint.heading);
  if (stage.objective) lines.push(...paragraph(stage.objective, width, paint.dim));
  for (const tp of stage.touchpoints) lines.push(...touchpointLines(journey, tp, width, paint));
  if (stage.touchpoints.length === 0) lines.push(paint.dim(say(paint.words, 'show.noTouchpoints')));
  if (stage.kpis.length > 0) lines.push(paint.dim(say(paint.words, 'show.stageKpis')), ...kpiLines(stage.kpis, width, paint, '  '));
  return lines;
}

function headerLines(journey: Journey, width: number, paint: Look): string[] {
  const lines = paragraph(journey.title, width, paint.title);
  if (journey.description) lines.push(...paragraph(journey.description, width, paint.dim));
  const meta = [
    say(paint.words, journey.state === 'future' ? 'show.state.future' : 'show.state.current'),
    journey.owner ? say(paint.words, 'show.owner', { owner: journey.owner }) : undefined,
    journey.updated ? say(paint.words, 'updated.short', { date: journey.updated }) : undefined,
    journey.tags.length > 0 ? journey.tags.join(', ') : undefined,
  ].filter((part): part is string => part !== undefined);
  lines.push(...paragraph(meta.join(' · '), width, paint.dim));
  return lines;
}

function personaLines(journey: Journey, width: number, paint: Look): string[] {
  const lines = [paint.heading(say(paint.words, 'section.personas'))];
  for (const persona of journey.personas) {
    const role = persona.role ? ` — ${persona.role}` : '';
    const text = truncate(`${persona.name} (${persona.id})${role}`, width - 4);
    lines.push(`  ${paint.persona(persona, '●')} ${text}`);
  }
  return lines;
}

function emotionLines(journey: Journey, width: number, paint: Look): string[] {
  const legend = say(paint.words, 'show.emotionLegend', {
    low: `${SPARK_LEVELS[0]} −2`,
    high: `${SPARK_LEVELS[SPARK_LEVELS.length - 1]} +2`,
    stageBreak: STAGE_BREAK,
    none: NO_VALUE,
  });
  const lines = [paint.heading(truncate(say(paint.words, 'show.emotion'), width)), ...paragraph(legend, width, paint.dim, '  ')];
  const label = Math.max(...journey.personas.map((p) => visibleWidth(p.id)));
  for (const persona of journey.personas) {
    const average = averageEmotion(journey, persona.id);
    const suffix = average === undefined ? '' : ` ${say(paint.words, 'show.average', { value: signed(Math.round(average * 10) / 10) })}`;
    const room = width - 2 - label - 1 - visibleWidth(suffix);
    const curve = truncate(emotionSparkline(journey, persona.id), Math.max(1, room));
    const text = `  ${padEnd(persona.id, label)} ${paint.persona(persona, curve)}${paint.dim(suffix)}`;
    lines.push(visibleWidth(text) <= width ? text : truncate(`  ${persona.id} ${curve}`, width));
  }
  return lines;
}

/** Stage blocks side by side, `columns` per row, each padded to the column width. */
function stageColumns(blocks: readonly string[][], columnWidth: number): string[] {
  const rows = Math.max(...blocks.map((b) => b.length));
  const lines: string[] = [];
  for (let row = 0; row < rows; row++) {
    const cells = blocks.map((block, i) => (i === blocks.length - 1 ? (block[row] ?? '') : padEnd(block[row] ?? '', columnWidth)));
    lines.push(cells.join(COLUMN_GAP).trimEnd());
  }
  return lines;
}

/** How many stage columns fit `width` (1 means sections). */
export function columnsFor(stages: number, width: number): number {
  if (stages < 2) return 1;
  return width >= stages * MIN_COLUMN + (stages - 1) * COLUMN_GAP.length ? stages : 1;
}

export function showJourney(journey: Journey, options: ShowOptions): string[] {
  const width = Math.max(20, options.width);
  const paint: Look = { ...(options.paint ?? PLAIN_PAINT), words: options.words ?? wordsFor() };
  const lines = [
    ...headerLines(journey, width, paint),
    '',
    ...personaLines(journey, width, paint),
    '',
    ...emotionLines(journey, width, paint),
  ];
  const columns = columnsFor(journey.stages.length, width);
  if (columns > 1) {
    const columnWidth = Math.floor((width - (columns - 1) * COLUMN_GAP.length) / columns);
    lines.push(
      '',
      ...stageColumns(
        journey.stages.map((stage, i) => stageLines(journey, stage, i, columnWidth, paint)),
        columnWidth,
      ),
    );
  } else {
    journey.stages.forEach((stage, i) => lines.push('', ...stageLines(journey, stage, i, width, paint)));
  }
  if (journey.kpis.length > 0)
    lines.push('', paint.heading(say(paint.words, 'client.journeyKpis')), ...kpiLines(journey.kpis, width, paint, '  '));
  return lines;
}
