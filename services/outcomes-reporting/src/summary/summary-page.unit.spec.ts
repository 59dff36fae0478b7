import { computeIndicators } from '../indicators/domain/compute-indicators';
import { FIXTURE_AS_OF, PARTICIPANT_ROWS } from '../test-support/participant-rows.fixture';
import { computeLearningOutcomes, computeProcessMetrics } from '../metrics/domain';
import { METRICS_AS_OF, METRICS_ROWS } from '../test-support/metrics-rows.fixture';
import { suppressIndicatorReport } from '../suppression/domain/suppress-indicator-report';
import { suppressLearningOutcomes, suppressProcessMetrics } from '../suppression/domain/suppress-metrics';
import { computeRegionalRollUp } from '../indicators/domain/regional-roll-up';
import { suppressRegionalRollUp } from '../suppression/domain/suppress-regional-roll-up';
import { renderSummaryPage } from './summary-page';
import { esc } from './html';
import { wrapLabel } from './svg-charts';

const indicators = () => {
  const report = suppressIndicatorReport(computeIndicators(PARTICIPANT_ROWS, { set: 'esfplus2021', period: { from: '2025-01-01', to: '2025-12-31', by: 'entry' }, asOf: FIXTURE_AS_OF }));
  // Text that must be escaped where the page prints it.
  return { ...report, filters: { organisation: 'ORG-<A>' } };
};
const input = () => ({
  indicators: indicators(),
  processMetrics: suppressProcessMetrics(computeProcessMetrics(METRICS_ROWS, { asOf: METRICS_AS_OF })),
  learningOutcomes: suppressLearningOutcomes(computeLearningOutcomes(METRICS_ROWS, { asOf: METRICS_AS_OF })),
  regions: suppressRegionalRollUp(
    computeRegionalRollUp(
      PARTICIPANT_ROWS.map((row, i) => ({ ...row, region: i % 3 === 0 ? '17' : '01' })),
      { set: 'esfplus2021', period: { from: '2025-01-01', to: '2025-12-31', by: 'entry' }, asOf: FIXTURE_AS_OF },
    ),
  ),
  generatedAt: '2026-07-01T10:00:00.000Z',
});

describe('renderSummaryPage', () => {
  const html = renderSummaryPage(input());

  it('is one self-contained page: no script, no external reference, SVG charts inline', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(7);
    expect(renderSummaryPage(input())).toBe(html);
  });

  it('shows the frame, every indicator and the suppressed cells as <5, escaping what it prints', () => {
    expect(html).toContain('2025-01-01 – 2025-12-31, by first entry');
    expect(html).toContain('organisation ORG-&lt;A&gt;');
    expect(html).not.toContain('ORG-<A>');
    for (const result of input().indicators.results) expect(html).toContain(`${result.code}`);
    expect(html).toContain('&lt;5');
    // EECO01 by gender: 7 women, 7 men, <5 non-binary (the worked example).
    expect(html).toContain('women 7 · men 7 · non-binary &lt;5');
  });

  it('rolls the participants up by region, suppressed like every other count', () => {
    expect(html).toContain('<h2>By region</h2>');
    expect(html).toContain('North Ostrobothnia (Pohjois-Pohjanmaa)');
    expect(html).toContain('Uusimaa (Uusimaa)');
    expect(html).toContain('All regions');
    expect(html).toContain('all regions');
  });

  it('says which learning work the client did and which the advisor did, with the definitions', () => {
    expect(html).toContain('<th class="num">By the client</th><th class="num">By the advisor</th>');
    expect(html).toContain('What the clients did themselves');
    expect(html).toContain('Wrote their profile text');
    expect(html).toContain('Events: by the client');
    expect(html).toContain(esc('Generated a version of their skills-based CV (by the client: signed in on their own channel'));
  });

  it('wraps long labels on two lines at a space', () => {
    expect(wrapLabel('Participants in employment, including self-employment, upon leaving', 40)).toEqual([
      'Participants in employment, including',
      'self-employment, upon leaving',
    ]);
    expect(wrapLabel('short', 40)).toEqual(['short']);
  });
});
