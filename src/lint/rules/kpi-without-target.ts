// Warns about a KPI without a target (journey, stage or touchpoint level): the map cannot show
// whether it is met, so it reads as decoration. Points at the KPI's name (there is no target to point at).
import type { Kpi } from '../../model/journey.js';
import type { LintRule } from '../lint-rule.js';
import { lintWarning, spanAt } from '../lint-rule.js';

export const kpiWithoutTarget: LintRule = {
  code: 'kpi-without-target',
  description: 'A KPI has no target, so the map cannot show whether it is met.',
  check(journey) {
    const scoped: { kpi: Kpi; owner: string }[] = [
      ...journey.kpis.map((kpi) => ({ kpi, owner: 'journey' })),
      ...journey.stages.flatMap((s) => [
        ...s.kpis.map((kpi) => ({ kpi, owner: `stage "${s.id}"` })),
        ...s.touchpoints.flatMap((tp) => tp.kpis.map((kpi) => ({ kpi, owner: `touchpoint "${tp.id}"` }))),
      ]),
    ];
    return scoped
      .filter(({ kpi }) => kpi.target === undefined)
      .map(({ kpi, owner }) =>
        lintWarning(journey, 'kpi-without-target', `KPI "${kpi.name}" of ${owner} has no target`, {
          span: spanAt(kpi, 'name'),
          hint: `add \`target:\` (and \`better: lower\` if lower is better)`,
        }),
      );
  },
};
