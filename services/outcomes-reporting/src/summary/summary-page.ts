import type { ShownIndicatorReport, ShownIndicatorResult } from '../suppression/domain/suppress-indicator-report';
import { regionByCode } from '@career/municipalities';
import type { ShownLearningOutcomes, ShownProcessMetrics } from '../suppression/domain/suppress-metrics';
import type { ShownRegionalRollUp } from '../suppression/domain/suppress-regional-roll-up';
import { esc, formatValue } from './html';
import { columns, dumbbells, horizontalBars, PALETTE, type BarItem } from './svg-charts';

export interface SummaryInput {
  indicators: ShownIndicatorReport;
  processMetrics: ShownProcessMetrics;
  learningOutcomes: ShownLearningOutcomes;
  /** The indicators' cohort by region (every region, whatever the region filter). */
  regions: ShownRegionalRollUp;
  /** ISO instant the page was made. */
  generatedAt: string;
}

/** Inline styles only, no scripts, no requests: what the page may do, said to the browser too. */
export const SUMMARY_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const SET_NAMES = { esf2014: 'ESF 2014–2020 common indicators', esfplus2021: 'ESF+ 2021–2027 common indicators' } as const;
const LEARNING_NAMES: Record<string, string> = {
  learnedToIdentifySkills: 'Learned to identify own skills',
  drewUpSkillsCv: 'Drew up a skills-based CV',
  wroteJobApplication: 'Wrote a job application',
  improvedSelfKnowledge: 'Improved self-knowledge',
  improvedConfidence: 'Improved confidence in career planning',
};
const ACTIVITY_NAMES: Record<string, string> = {
  cv: 'Generated a skills-based CV',
  application: 'Generated a job application',
  interestInventory: 'Answered the interest inventory',
  selfAssessment: 'Rated themselves (self-assessment)',
  skills: 'Recorded their skills',
  profileText: 'Wrote their profile text',
};
const DIMENSION_NAMES: Record<string, string> = {
  selfKnowledge: 'Self-knowledge',
  identifyOwnSkills: 'Identifying own skills',
  careerPlanningConfidence: 'Confidence in career planning',
};
const STATUS_NAMES: Record<string, string> = {
  employed: 'Employed',
  'self-employed': 'Self-employed',
  studying: 'Studying',
  'in-training': 'In training',
  'job-searching': 'Job searching',
  inactive: 'Inactive',
  other: 'Other',
  'not-recorded': 'Not recorded',
};
const DIRECTION_NAMES: Record<string, string> = {
  'group-guidance': 'Group guidance',
  'licence-training': 'Licence training',
  'individual-only': 'Individual only',
  'not-directed': 'Not directed',
};

const STYLE = `
  @page { size: A4; margin: 14mm 12mm; }
  * { box-sizing: border-box; }
  body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: #1f2933; margin: 0; background: #fff; font-size: 14px; line-height: 1.45; }
  main { max-width: 1080px; margin: 0 auto; padding: 28px 32px 40px; }
  header { border-bottom: 3px solid ${PALETTE.primary}; padding-bottom: 12px; margin-bottom: 18px; }
  h1 { font-size: 26px; margin: 0 0 4px; }
  h2 { font-size: 18px; margin: 26px 0 8px; color: ${PALETTE.primary}; }
  h3 { font-size: 15px; margin: 14px 0 6px; }
  .subtitle { font-size: 15px; color: #3e4c59; margin: 0 0 10px; }
  dl.frame { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 14px; margin: 0; font-size: 13px; }
  dl.frame dt { color: #616e7c; }
  dl.frame dd { margin: 0; font-weight: 600; }
  .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; margin: 8px 0 4px; }
  .card { border: 1px solid #d9e2ec; border-radius: 6px; padding: 10px 12px; background: #f8fafc; }
  .card .value { font-size: 24px; font-weight: 700; color: ${PALETTE.primary}; }
  .card .label { font-size: 12px; color: #52606d; }
  .two { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
  figure { margin: 0; }
  figcaption { font-size: 12px; color: #616e7c; margin-top: 2px; }
  table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
  th, td { border-bottom: 1px solid #e4e7eb; padding: 4px 6px; text-align: left; vertical-align: top; }
  th { background: #f0f4f8; font-weight: 600; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  td.hidden { color: #616e7c; }
  tr.not-computable td { color: #9aa5b1; }
  .heat td.num { min-width: 56px; }
  .note { font-size: 12px; color: #52606d; }
  .notes li { margin-bottom: 4px; }
  section { break-inside: avoid; }
  .page-break { break-before: page; }
  @media print { main { padding: 0; } h2 { margin-top: 18px; } }
`;

const countNote = (r: ShownIndicatorResult) => (r.counts ? `women ${formatValue(r.counts.woman)} · men ${formatValue(r.counts.man)} · non-binary ${formatValue(r.counts.nonBinary)}` : '');

function indicatorBars(results: readonly ShownIndicatorResult[], id: string, ariaLabel: string): string {
  const items: BarItem[] = results.map((r) => ({
    label: `${r.code}  ${r.name}`,
    title: `${r.code} ${r.name}`,
    value: r.counts ? r.counts.total : null,
    note: countNote(r),
  }));
  return horizontalBars(items, { id, ariaLabel, labelWidth: 400 });
}

function indicatorTable(report: ShownIndicatorReport): string {
  const rows = report.results.map(
    (r) =>
      `<tr class="${r.computable ? '' : 'not-computable'}"><td>${esc(r.code)}${r.confirmed ? '' : '<sup>*</sup>'}</td><td>${esc(r.name)}</td><td>${esc(r.moment === 'six-months' ? 'six months' : r.moment)}</td>` +
      (r.counts
        ? (['total', 'woman', 'man', 'nonBinary'] as const).map((c) => `<td class="num${typeof r.counts![c] === 'string' ? ' hidden' : ''}">${esc(formatValue(r.counts![c]))}</td>`).join('')
        : '<td class="num" colspan="4">not collected</td>') +
      '</tr>',
  );
  return `<table><thead><tr><th>Code</th><th>Indicator</th><th>Moment</th><th class="num">Total</th><th class="num">Women</th><th class="num">Men</th><th class="num">Non-binary</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function outcomesByDirectionTable(metrics: ShownProcessMetrics): string {
  const directions = Object.keys(metrics.outcomesByDirection) as (keyof ShownProcessMetrics['outcomesByDirection'])[];
  const statuses = Object.keys(metrics.outcomesByDirection[directions[0]]);
  const max = Math.max(1, ...directions.flatMap((d) => Object.values(metrics.outcomesByDirection[d]).filter((v): v is number => typeof v === 'number')));
  const cell = (value: number | string) => {
    if (typeof value !== 'number') return `<td class="num hidden" style="background:#eef2f7">${esc(formatValue(value))}</td>`;
    const alpha = value === 0 ? 0 : 0.12 + 0.6 * (value / max);
    return `<td class="num" style="background: rgba(29,95,168,${alpha.toFixed(2)}); color: ${alpha > 0.45 ? '#fff' : '#1f2933'}">${value}</td>`;
  };
  const head = `<tr><th>Direction \\ exit status</th>${statuses.map((s) => `<th class="num">${esc(STATUS_NAMES[s] ?? s)}</th>`).join('')}</tr>`;
  const body = directions.map((d) => `<tr><th>${esc(DIRECTION_NAMES[d] ?? d)}</th>${statuses.map((s) => cell(metrics.outcomesByDirection[d][s as keyof ShownProcessMetrics['outcomesByDirection'][typeof d]])).join('')}</tr>`);
  return `<table class="heat"><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
}

/** A figure's cell; a suppressed one (a string such as `<5`) is marked hidden. */
function numberCell(value: number | string | null): string {
  return `<td class="num${typeof value === 'string' ? ' hidden' : ''}">${esc(formatValue(value))}</td>`;
}

function regionTable(rollUp: ShownRegionalRollUp): string {
  const row = (code: string, name: string, f: ShownRegionalRollUp['total'], strong = false) =>
    `<tr${strong ? ' style="font-weight:600"' : ''}><td>${esc(code)}</td><td>${esc(name)}</td>${[f.participants, f.leavers, f.employedUponLeaving, f.inEducationOrTrainingUponLeaving, f.jobSearchingUponLeaving].map(numberCell).join('')}</tr>`;
  const rows = [
    ...rollUp.regions.map((r) => row(r.code, `${r.nameEn} (${r.nameFi})`, r)),
    row('', 'Municipality not known', rollUp.unknownRegion),
    row('', 'All regions', rollUp.total, true),
  ];
  return `<table><thead><tr><th>Code</th><th>Region (maakunta)</th><th class="num">Participants</th><th class="num">Have left</th><th class="num">Employed upon leaving</th><th class="num">In education or training</th><th class="num">Job searching</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * Who did the work: per kind, the closed processes where the client did it themself and where
 * the advisor did it for them, with the definition each figure counts by.
 */
function clientActivityTable(lo: ShownLearningOutcomes): string {
  const rows = Object.entries(lo.activity).map(
    ([kind, f]) => `<tr><th>${esc(ACTIVITY_NAMES[kind] ?? kind)}</th>${numberCell(f.byClient)}${numberCell(f.byAdvisor)}${numberCell(f.either)}<td class="note">${esc(f.definition)}</td></tr>`,
  );
  return `<table><thead><tr><th>Activity</th><th class="num">By the client</th><th class="num">By the advisor</th><th class="num">Either</th><th>Definition</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Each learning outcome's split between the client's own work and the advisor's records, and its definition. */
function learningOutcomeTable(lo: ShownLearningOutcomes): string {
  const rows = Object.entries(lo.outcomes).map(
    ([key, f]) =>
      `<tr><th>${esc(LEARNING_NAMES[key] ?? key)}</th>${numberCell(f.fromEventsByClient)}${numberCell(f.fromEventsByAdvisor)}${numberCell(f.confirmedByAdvisor)}${numberCell(f.total)}<td class="note">${esc(f.definition)}</td></tr>`,
  );
  return `<table><thead><tr><th>Learning outcome</th><th class="num">Events: by the client</th><th class="num">Events: by the advisor</th><th class="num">Confirmed by the advisor</th><th class="num">Either</th><th>Definition</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function card(value: unknown, label: string): string {
  return `<div class="card"><div class="value">${esc(formatValue(value as number | string | null))}</div><div class="label">${esc(label)}</div></div>`;
}

/**
 * The evaluator's printable report: the frame (set, period, filters, as of), the key
 * figures, the indicators as bars by gender, the process and learning metrics as charts, the
 * full indicator table, and the rules behind the numbers. Everything on it is already
 * suppressed. Pure: the same input gives the same page.
 */
export function renderSummaryPage(input: SummaryInput): string {
  const { indicators: report, processMetrics: pm, learningOutcomes: lo } = input;
  const outputs = report.results.filter((r) => r.kind === 'output');
  const leaving = report.results.filter((r) => r.moment === 'leaving');
  const sixMonths = report.results.filter((r) => r.moment === 'six-months');
  const filters = [
    report.filters.organisation ? `organisation ${report.filters.organisation}` : 'all organisations',
    report.filters.project ? `project ${report.filters.project}` : 'all projects',
    report.filters.region ? `region ${report.filters.region} ${regionByCode(report.filters.region)?.nameEn ?? ''}`.trim() : 'all regions',
    ...(report.filters.advisorId ? [`advisor ${report.filters.advisorId}`] : []),
  ].join(', ');
  const unconfirmed = report.results.filter((r) => !r.confirmed).length;

  const weeks = Object.entries(pm.initialAssessment.distribution).map(([bucket, value]) => ({
    label: `${bucket} wk`,
    value,
    highlight: bucket === '3' || bucket === '4' || bucket === '5',
  }));
  const phases = columns(
    [
      { label: 'Initial assessment', value: pm.clientsPerPhase.initialAssessment },
      { label: 'Follow-up', value: pm.clientsPerPhase.followUp },
      { label: 'Closed', value: pm.clientsPerPhase.closed },
    ],
    { id: 'phases', ariaLabel: 'Processes per phase', width: 480, height: 220 },
  );
  const directionBars = horizontalBars(
    (['group-guidance', 'licence-training', 'individual-only'] as const).map((d) => ({
      label: DIRECTION_NAMES[d],
      value: pm.direction[d].share,
      note: `${formatValue(pm.direction[d].count)} of ${formatValue(pm.direction.directed)} directed`,
    })),
    { id: 'directions', ariaLabel: 'Direction after the initial assessment', as: 'share', max: 1, labelWidth: 330, color: PALETTE.tertiary, nullText: 'none directed yet' },
  );
  const learningBars = horizontalBars(
    Object.entries(lo.outcomes).map(([key, figure]) => ({
      label: LEARNING_NAMES[key] ?? key,
      value: figure.share,
      note: `client ${formatValue(figure.fromEventsByClient)} · advisor's records ${formatValue(figure.fromEventsByAdvisor)} · confirmed ${formatValue(figure.confirmedByAdvisor)} · either ${formatValue(figure.total)}`,
    })),
    { id: 'learning', ariaLabel: 'Learning outcomes, share of closed processes', as: 'share', max: 1, color: PALETTE.secondary, nullText: 'no closed processes yet' },
  );
  const selfAssessment = dumbbells(
    Object.entries(lo.selfAssessment).map(([dimension, change]) => ({
      label: DIMENSION_NAMES[dimension] ?? dimension,
      start: change.meanStart,
      end: change.meanEnd,
      note: `n ${formatValue(change.n)} · change ${typeof change.meanChange === 'number' ? (change.meanChange >= 0 ? '+' : '') + change.meanChange.toFixed(2) : formatValue(change.meanChange)}`,
    })),
    { min: 1, max: 5, ariaLabel: 'Self-assessment, mean at the start and at the end (1-5)' },
  );

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(SET_NAMES[report.set])}: ${esc(report.period.from)} – ${esc(report.period.to)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
  <h1>Career guidance: outcomes and indicators</h1>
  <p class="subtitle">${esc(SET_NAMES[report.set])} · process and learning metrics</p>
  <dl class="frame">
    <dt>Period</dt><dd>${esc(report.period.from)} – ${esc(report.period.to)}, by ${esc(report.period.by === 'entry' ? 'first entry' : 'last exit')}</dd>
    <dt>As of</dt><dd>${esc(report.asOf)}</dd>
    <dt>Scope</dt><dd>${esc(filters)}</dd>
    <dt>Generated</dt><dd>${esc(input.generatedAt.slice(0, 16).replace('T', ' '))} UTC</dd>
  </dl>
</header>

<section>
  <h2>Key figures</h2>
  <div class="cards">
    ${card(report.population.participants, 'participants counted (complete records, once per operation)')}
    ${card(report.population.excludedIncomplete, 'left out: incomplete entry data')}
    ${card(report.population.leavers, 'have left (the base of the results on leaving)')}
    ${card(report.population.sixMonthsRecorded, `six-month follow-ups recorded, of ${formatValue(report.population.sixMonthsDue)} due`)}
    ${card(pm.processes, 'guidance processes (a re-entry is a new process)')}
    ${card(pm.meetings.held, 'individual meetings held')}
    ${card(pm.meetings.noShowRate === null || typeof pm.meetings.noShowRate === 'string' ? pm.meetings.noShowRate : `${Math.round(pm.meetings.noShowRate * 100)}\u00a0%`, 'no-show rate')}
    ${card(pm.initialAssessment.meanWeeks === null || typeof pm.initialAssessment.meanWeeks === 'string' ? pm.initialAssessment.meanWeeks : `${pm.initialAssessment.meanWeeks.toFixed(1)}\u00a0wk`, 'mean initial assessment (target 3–5 weeks)')}
  </div>
</section>

<section>
  <h2>Participants at entry</h2>
  <figure>${indicatorBars(outputs, 'outputs', 'Output indicators: participants at entry')}
  <figcaption>Output indicators by gender. Hatched: fewer than 5 (or hidden so that a small count cannot be worked out); grey: data not collected.</figcaption></figure>
</section>

<section>
  <h2>Results on leaving and six months after</h2>
  <h3>Upon leaving (status within 4 weeks of the exit)</h3>
  <figure>${indicatorBars(leaving, 'leaving', 'Result indicators upon leaving')}</figure>
  <h3>Six months after leaving</h3>
  <figure>${indicatorBars(sixMonths, 'six-months', 'Longer-term result indicators')}</figure>
  <p class="note">Leavers still inside their 4-week window: ${esc(formatValue(report.population.leaversWithinWindow))} (their status upon leaving may still change).</p>
</section>

<section>
  <h2>By region</h2>
  ${regionTable(input.regions)}
  <p class="note">The region (maakunta) of each participant's municipality at entry, in Statistics Finland's classification; the same participants as the indicators (complete records, once per operation, the period and filters above, every region whatever the region filter). Statuses upon leaving as for the result indicators, whatever the status at entry.</p>
</section>

<section class="page-break">
  <h2>The guidance process</h2>
  <div class="two">
    <figure><h3>Processes per phase</h3>${phases}</figure>
    <figure><h3>Length of the initial assessment</h3>${columns(weeks, { id: 'weeks', ariaLabel: 'Initial assessment length in weeks', width: 480, height: 220, caption: 'target 3–5 weeks', color: PALETTE.primary })}
    <figcaption>Completed initial assessments: ${esc(formatValue(pm.initialAssessment.completed))}; ever overdue: ${esc(formatValue(pm.initialAssessment.everOverdue))}.</figcaption></figure>
  </div>
  <h3>Direction after the initial assessment</h3>
  <figure>${directionBars}</figure>
  <p class="note">Licence training referrals ${esc(formatValue(pm.licences.referrals))}, licences earned ${esc(formatValue(pm.licences.earned))} (clients with a licence ${esc(formatValue(pm.licences.clientsWithLicence))}). Meetings per client ${esc(formatValue(pm.meetings.meanHeldPerClient, 'mean'))}. Days from entry to a job, business, study place or training: median ${esc(formatValue(pm.timeToOutcomeDays.median, 'days'))}, mean ${esc(formatValue(pm.timeToOutcomeDays.mean, 'days'))} (n ${esc(formatValue(pm.timeToOutcomeDays.n))}).</p>
  <h3>Exit status by direction (closed processes)</h3>
  ${outcomesByDirectionTable(pm)}
</section>

<section>
  <h2>Learning outcomes and self-assessment</h2>
  <h3>Share of closed processes (${esc(formatValue(lo.closedProcesses))}) with each learning outcome</h3>
  <figure>${learningBars}<figcaption>Shown by the events (a CV or an application generated, a higher self-rating at the end than at the start) or confirmed by the advisor; a process counts once. The events are split by who did the work: the client themself (on their own channel, or entering it as theirs) or the advisor.</figcaption></figure>
  ${learningOutcomeTable(lo)}
  <h3>What the clients did themselves (closed processes)</h3>
  ${clientActivityTable(lo)}
  <h3>Self-assessment, mean at the start and at the end (1 = very weak, 5 = very strong)</h3>
  <figure>${selfAssessment}</figure>
</section>

<section class="page-break">
  <h2>All indicators</h2>
  ${indicatorTable(report)}
  <p class="note"><sup>*</sup> ${unconfirmed} of ${report.results.length} indicators: code, name and definition as read from the regulation annex, to be confirmed by the evaluator.</p>
</section>

<section>
  <h2>How the numbers are made</h2>
  <ul class="notes note">
    <li>A participant counts once per operation: a re-entry keeps the first entry's data and the last exit (participants with a re-entry: ${esc(formatValue(report.population.withReentry))}).</li>
    <li>Only complete records count: gender, employment status, age and education recorded at entry.</li>
    <li>Upon leaving = the last labour-market status dated no later than 28 days after the exit decides between job searching and employment. Six months after leaving = the follow-up recorded 5–8 months after the exit.</li>
    <li>Participants who did not tell their gender count in the totals only.</li>
    <li>Small-cell suppression: counts 1–${report.suppression.threshold - 1} are shown as &lt;${report.suppression.threshold}, and further cells are hidden where a hidden count could otherwise be worked out by subtraction (indicators: ${report.suppression.primary + report.suppression.secondary} cells hidden; regions: ${input.regions.suppression.suppressed}; process metrics: ${pm.suppression.suppressed}; learning outcomes: ${lo.suppression.suppressed}). A mean or share computed from a hidden count is hidden too.</li>
  </ul>
</section>
</main>
</body>
</html>
`;
}
