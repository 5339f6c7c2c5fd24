// The details panel's view model: KPI figures arrive as ready labels, so the page script never
// formats numbers (and cannot disagree with the map or the table).
import { describe, expect, it } from 'vitest';
import { kpi, sampleJourney, touchpoint } from '../../../test/support/journeys.js';
import { defaultTheme } from '../../theme/themes.js';
import { journeyView } from '../../view/journey-view.js';
import { detailsData } from './html-details-data.js';

describe('detailsData', () => {
  it('labels KPI values and targets with their units, as the map shows them', () => {
    const stage = sampleJourney.stages[0]!;
    const tp = touchpoint(stage.id, 'waits', 'Waits', {
      kpis: [kpi('Average wait', { value: 12, target: 3, unit: 'min', better: 'lower' }), kpi('Tiny', { value: 0.000123 })],
    });
    const journey = { ...sampleJourney, kpis: [kpi('NPS', { value: 1234.5, target: 45 })], stages: [{ ...stage, touchpoints: [tp] }] };
    const data = detailsData(journeyView(journey, { theme: defaultTheme }));
    expect(data.touchpoints[0]?.kpis[0]).toMatchObject({ valueText: '12 min', targetText: '\u2264 3 min', met: false });
    expect(data.touchpoints[0]?.kpis[1]).toMatchObject({ valueText: '0.000123' });
    expect(data.touchpoints[0]?.kpis[1]?.targetText).toBeUndefined();
    expect(data.kpis[0]).toMatchObject({ valueText: '1,234.5', targetText: '\u2265 45', met: true });
  });
});
