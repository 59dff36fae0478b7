import type { GenderCounts, IndicatorReport, IndicatorResult } from '../../indicators/domain/compute-indicators';
import { INDICATOR_RELATIONS, PARTICIPANTS_CELL, type IndicatorRelation } from '../../indicators/domain/indicator-table';
import { DEFAULT_SUPPRESSION_THRESHOLD, suppressedMark, suppressSmallCells, type AdditiveRelation, type SuppressedMark } from './suppress-small-cells';

export type ShownCount = number | SuppressedMark;

/** The published gender columns; `notTold` is in the total only. */
export interface ShownGenderCounts {
  total: ShownCount;
  woman: ShownCount;
  man: ShownCount;
  nonBinary: ShownCount;
}

export interface ShownIndicatorResult extends Omit<IndicatorResult, 'counts'> {
  counts: ShownGenderCounts | null;
}

export interface ShownIndicatorReport extends Omit<IndicatorReport, 'results' | 'population'> {
  population: {
    participants: ShownCount;
    excludedIncomplete: ShownCount;
    withReentry: ShownCount;
    leavers: ShownCount;
    leaversWithinWindow: ShownCount;
    sixMonthsDue: ShownCount;
    sixMonthsRecorded: ShownCount;
  };
  results: ShownIndicatorResult[];
  /** How many cells were hidden, for the report's footnote. */
  suppression: { threshold: number; primary: number; secondary: number };
}

const COLUMNS = ['total', 'woman', 'man', 'nonBinary', 'notTold'] as const;
const SHOWN_COLUMNS = ['total', 'woman', 'man', 'nonBinary'] as const;
const cellId = (code: string, column: (typeof COLUMNS)[number]) => `${code}|${column}`;

/**
 * The reporter's view of an indicator report: every count under the threshold (5) shown as `<5`,
 * with secondary suppression over (a) each row (total = woman + man + non-binary + not told)
 * and (b) the table's exact relations (INDICATOR_RELATIONS, e.g. EECO01 = EECO02 + EECO04 +
 * EECO05), so no hidden count can be recovered by subtraction. The population counts are
 * suppressed too; the report's participant count takes part in the relations. Not published:
 * the cohort size (participants + excluded would reveal a suppressed excluded count) and the
 * per-field missing counts.
 */
export function suppressIndicatorReport(report: IndicatorReport, threshold = DEFAULT_SUPPRESSION_THRESHOLD): ShownIndicatorReport {
  const cells: Record<string, number> = {};
  const published: string[] = [];
  const relations: AdditiveRelation[] = [];
  const computable = report.results.filter((r): r is IndicatorResult & { counts: GenderCounts } => r.counts !== null);

  for (const result of computable) {
    for (const column of COLUMNS) cells[cellId(result.code, column)] = result.counts[column];
    published.push(...SHOWN_COLUMNS.map((column) => cellId(result.code, column)));
    relations.push({
      total: cellId(result.code, 'total'),
      parts: ['woman', 'man', 'nonBinary', 'notTold'].map((c) => cellId(result.code, c as (typeof COLUMNS)[number])),
    });
  }
  const population = report.population;
  const populationCells = {
    [PARTICIPANTS_CELL]: population.participants.total,
    '@excludedIncomplete': population.excludedIncomplete,
    '@withReentry': population.withReentry,
    '@leavers': population.leavers,
    '@leaversWithinWindow': population.leaversWithinWindow,
    '@sixMonthsDue': population.sixMonthsDue,
    '@sixMonthsRecorded': population.sixMonthsRecorded,
  };
  Object.assign(cells, populationCells);
  published.push(...Object.keys(populationCells));
  relations.push(...tableRelations(INDICATOR_RELATIONS.filter((r) => r.set === report.set), new Set(computable.map((r) => r.code))));

  const { suppressed, primary, secondary } = suppressSmallCells({ cells, published, relations, threshold });
  const mark = suppressedMark(threshold);
  const show = (cell: string): ShownCount => (suppressed.has(cell) ? mark : cells[cell]);

  return {
    set: report.set,
    period: report.period,
    asOf: report.asOf,
    filters: report.filters,
    population: {
      participants: show(PARTICIPANTS_CELL),
      excludedIncomplete: show('@excludedIncomplete'),
      withReentry: show('@withReentry'),
      leavers: show('@leavers'),
      leaversWithinWindow: show('@leaversWithinWindow'),
      sixMonthsDue: show('@sixMonthsDue'),
      sixMonthsRecorded: show('@sixMonthsRecorded'),
    },
    results: report.results.map(({ counts, ...rest }) => ({
      ...rest,
      counts: counts === null ? null : {
        total: show(cellId(rest.code, 'total')),
        woman: show(cellId(rest.code, 'woman')),
        man: show(cellId(rest.code, 'man')),
        nonBinary: show(cellId(rest.code, 'nonBinary')),
      },
    })),
    suppression: { threshold, primary: primary.size, secondary: secondary.size },
  };
}

/** Relations over indicator codes, expanded to cells; relations naming an absent indicator are skipped. */
function tableRelations(relations: readonly IndicatorRelation[], present: ReadonlySet<string>): AdditiveRelation[] {
  const cellOf = (code: string, column: (typeof COLUMNS)[number]) => (code === PARTICIPANTS_CELL ? (column === 'total' ? code : undefined) : cellId(code, column));
  const expanded: AdditiveRelation[] = [];
  for (const relation of relations) {
    if (![relation.total, ...relation.parts].every((code) => code === PARTICIPANTS_CELL || present.has(code))) continue;
    const columns = relation.columns === 'all' ? COLUMNS : (['total'] as const);
    for (const column of columns) {
      const total = cellOf(relation.total, column);
      const parts = relation.parts.map((code) => cellOf(code, column));
      if (total === undefined || parts.some((p) => p === undefined)) continue;
      expanded.push({ total, parts: parts as string[] });
    }
  }
  return expanded;
}
