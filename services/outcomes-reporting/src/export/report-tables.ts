import type { LearningOutcomeMetrics } from '../metrics/domain/learning-outcomes';
import type { ProcessMetrics } from '../metrics/domain/process-metrics';
import type { ShownIndicatorReport } from '../suppression/domain/suppress-indicator-report';
import type { Shown } from '../suppression/domain/suppress-metrics';
import type { RegionFigures } from '../indicators/domain/regional-roll-up';
import type { ShownRegionalRollUp } from '../suppression/domain/suppress-regional-roll-up';
import type { CellValue, ReportTable } from './report-table';

/**
 * Pure formatters from the (already suppressed) reports to flat tables for CSV and XLSX.
 * Indicator tables must be built from the SUPPRESSED report: this module never sees raw
 * counts, so it cannot leak them.
 */
export function indicatorTable(report: ShownIndicatorReport): ReportTable {
  return {
    name: `Indicators ${report.set}`,
    columns: [
      { key: 'code', header: 'Code' },
      { key: 'name', header: 'Indicator' },
      { key: 'kind', header: 'Kind' },
      { key: 'moment', header: 'Moment' },
      { key: 'total', header: 'Total' },
      { key: 'woman', header: 'Women' },
      { key: 'man', header: 'Men' },
      { key: 'nonBinary', header: 'Non-binary' },
      { key: 'computable', header: 'Computable' },
      { key: 'confirmed', header: 'Confirmed' },
      { key: 'definition', header: 'Definition' },
      { key: 'note', header: 'Note' },
    ],
    rows: report.results.map((r) => ({
      code: r.code,
      name: r.name,
      kind: r.kind,
      moment: r.moment,
      total: r.counts?.total ?? null,
      woman: r.counts?.woman ?? null,
      man: r.counts?.man ?? null,
      nonBinary: r.counts?.nonBinary ?? null,
      computable: r.computable,
      confirmed: r.confirmed,
      definition: r.definition,
      note: r.note,
    })),
  };
}

/** The report's frame: period, filters and population, so a number is never read without them. */
export function indicatorContextTable(report: ShownIndicatorReport): ReportTable {
  const filters = Object.entries(report.filters)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  const rows: [string, string | number][] = [
    ['Indicator set', report.set],
    ['Period', `${report.period.from} .. ${report.period.to} by ${report.period.by}`],
    ['As of', report.asOf],
    ['Filters', filters || 'none'],
    ['Participants (complete records)', report.population.participants],
    ['Excluded: incomplete records', report.population.excludedIncomplete],
    ['Participants with a re-entry (counted once)', report.population.withReentry],
    ['Leavers', report.population.leavers],
    ['Leavers still inside the 28-day window (provisional)', report.population.leaversWithinWindow],
    ['Six-month moment passed', report.population.sixMonthsDue],
    ['Six-month follow-up recorded', report.population.sixMonthsRecorded],
    ['Suppression', `counts 1-${report.suppression.threshold - 1} shown as <${report.suppression.threshold}; ${report.suppression.primary} primary, ${report.suppression.secondary} secondary`],
    ['Gender', 'Participants who did not tell their gender count in Total only'],
  ];
  return { name: 'About', columns: [{ key: 'item', header: 'Item' }, { key: 'value', header: 'Value' }], rows: rows.map(([item, value]) => ({ item, value })) };
}

const metricColumns = [
  { key: 'metric', header: 'Metric' },
  { key: 'value', header: 'Value' },
];

/** Takes the raw metrics or, for reporters, the suppressed ones (counts may read `<5`). */
export function processMetricsTable(metrics: Shown<ProcessMetrics>): ReportTable {
  const rows: [string, CellValue][] = [
    ['Processes', metrics.processes],
    ['In initial assessment', metrics.clientsPerPhase.initialAssessment],
    ['In follow-up', metrics.clientsPerPhase.followUp],
    ['Closed', metrics.clientsPerPhase.closed],
    ['Initial assessments completed', metrics.initialAssessment.completed],
    ['Initial assessment, mean weeks', metrics.initialAssessment.meanWeeks],
    ...Object.entries(metrics.initialAssessment.distribution).map(([weeks, n]): [string, CellValue] => [`Initial assessment, ${weeks} weeks`, n]),
    ['Initial assessment, below 3 weeks', metrics.initialAssessment.belowTarget],
    ['Initial assessment, 3-5 weeks (target)', metrics.initialAssessment.withinTarget],
    ['Initial assessment, above 5 weeks', metrics.initialAssessment.aboveTarget],
    ['Initial assessment ever overdue', metrics.initialAssessment.everOverdue],
    ['Meetings held', metrics.meetings.held],
    ['Meetings missed (no-show)', metrics.meetings.missed],
    ['Meetings held per client', metrics.meetings.meanHeldPerClient],
    ['No-show rate', metrics.meetings.noShowRate],
    ['Directed', metrics.direction.directed],
    ['Directed to group guidance, share', metrics.direction['group-guidance'].share],
    ['Directed to licence training, share', metrics.direction['licence-training'].share],
    ['Individual guidance only, share', metrics.direction['individual-only'].share],
    ['Licence training referrals', metrics.licences.referrals],
    ['Licences earned', metrics.licences.earned],
    ['Clients with a licence', metrics.licences.clientsWithLicence],
    ['Time to outcome, n', metrics.timeToOutcomeDays.n],
    ['Time to outcome, mean days', metrics.timeToOutcomeDays.mean],
    ['Time to outcome, median days', metrics.timeToOutcomeDays.median],
  ];
  return { name: 'Process metrics', columns: metricColumns, rows: rows.map(([metric, value]) => ({ metric, value })) };
}

export function outcomesByDirectionTable(metrics: Shown<ProcessMetrics>): ReportTable {
  const directions = Object.keys(metrics.outcomesByDirection) as (keyof ProcessMetrics['outcomesByDirection'])[];
  const statuses = Object.keys(metrics.outcomesByDirection['not-directed']);
  return {
    name: 'Outcomes by direction',
    columns: [{ key: 'direction', header: 'Direction' }, ...statuses.map((s) => ({ key: s, header: s }))],
    rows: directions.map((d) => ({ direction: d, ...metrics.outcomesByDirection[d] })),
  };
}

export function learningOutcomesTable(metrics: Shown<LearningOutcomeMetrics>): ReportTable {
  return {
    name: 'Learning outcomes',
    columns: [
      { key: 'outcome', header: 'Learning outcome' },
      { key: 'fromEvents', header: 'Shown by events' },
      { key: 'fromEventsByClient', header: 'Shown by events: by the client' },
      { key: 'fromEventsByAdvisor', header: 'Shown by events: by the advisor' },
      { key: 'confirmedByAdvisor', header: 'Confirmed by advisor' },
      { key: 'total', header: 'Total' },
      { key: 'share', header: 'Share of closed processes' },
      { key: 'definition', header: 'Definition' },
    ],
    rows: Object.entries(metrics.outcomes).map(([outcome, figure]) => ({ outcome, ...figure })),
  };
}

/** The client's own work beside the advisor's, per kind: closed processes where each did it. */
export function clientActivityTable(metrics: Shown<LearningOutcomeMetrics>): ReportTable {
  return {
    name: 'Client activity',
    columns: [
      { key: 'activity', header: 'Activity' },
      { key: 'byClient', header: 'By the client' },
      { key: 'byAdvisor', header: 'By the advisor' },
      { key: 'either', header: 'Either' },
      { key: 'definition', header: 'Definition' },
    ],
    rows: Object.entries(metrics.activity).map(([activity, figure]) => ({ activity, ...figure })),
  };
}

export function selfAssessmentTable(metrics: Shown<LearningOutcomeMetrics>): ReportTable {
  return {
    name: 'Self-assessment',
    columns: [
      { key: 'dimension', header: 'Dimension' },
      { key: 'n', header: 'n' },
      { key: 'meanStart', header: 'Mean at start' },
      { key: 'meanEnd', header: 'Mean at end' },
      { key: 'meanChange', header: 'Mean change' },
    ],
    rows: Object.entries(metrics.selfAssessment).map(([dimension, change]) => ({ dimension, ...change })),
  };
}

/** The regional roll-up (already suppressed): one row per region, the unknown region, the total. */
export function regionalRollUpTable(rollUp: ShownRegionalRollUp): ReportTable {
  const figures = (f: Shown<RegionFigures>) => ({
    participants: f.participants,
    leavers: f.leavers,
    employed: f.employedUponLeaving,
    education: f.inEducationOrTrainingUponLeaving,
    jobSearching: f.jobSearchingUponLeaving,
  });
  return {
    name: 'By region',
    columns: [
      { key: 'code', header: 'Region code' },
      { key: 'name', header: 'Region' },
      { key: 'participants', header: 'Participants' },
      { key: 'leavers', header: 'Have left' },
      { key: 'employed', header: 'In employment upon leaving' },
      { key: 'education', header: 'In education or training upon leaving' },
      { key: 'jobSearching', header: 'Job searching upon leaving' },
    ],
    rows: [
      ...rollUp.regions.map((r) => ({ code: r.code, name: `${r.nameFi} / ${r.nameSv}`, ...figures(r) })),
      { code: null, name: 'Municipality not known', ...figures(rollUp.unknownRegion) },
      { code: null, name: 'Total', ...figures(rollUp.total) },
    ],
  };
}
