import { ALL_REGIONS } from '@career/municipalities';
import type { ParticipantRow } from '../../participants/domain/participant-row';
import { computeIndicators, type IndicatorQuery } from './compute-indicators';
import type { IndicatorDefinition } from './indicator-table';
import type { PredicateName } from './predicates';

/** The figures of one region (or of participants whose municipality is not known, or of all). */
export interface RegionFigures {
  /** Complete participants in the cohort, once per operation (the base of every output indicator). */
  participants: number;
  /** Of those, who have left by `asOf` (the base of the results upon leaving). */
  leavers: number;
  employedUponLeaving: number;
  inEducationOrTrainingUponLeaving: number;
  jobSearchingUponLeaving: number;
}

export type RegionResultKey = Exclude<keyof RegionFigures, 'participants' | 'leavers'>;
export const REGION_RESULT_KEYS: readonly RegionResultKey[] = ['employedUponLeaving', 'inEducationOrTrainingUponLeaving', 'jobSearchingUponLeaving'];

export interface RegionalRollUp {
  /** Every region of the classification with at least one participant in the cohort, in code order. */
  regions: ({ code: string; nameFi: string; nameSv: string; nameEn: string } & RegionFigures)[];
  /** Participants whose registration named no municipality the classification knows. */
  unknownRegion: RegionFigures;
  total: RegionFigures;
}

const PREDICATE_OF: Record<RegionResultKey, PredicateName> = {
  employedUponLeaving: 'employedUponLeaving',
  inEducationOrTrainingUponLeaving: 'inEducationOrTrainingUponLeaving',
  jobSearchingUponLeaving: 'jobSearchingUponLeaving',
};

/** The statuses upon leaving the roll-up counts, as an indicator table computeIndicators reads (whatever the status at entry was). */
function rollUpTable(query: IndicatorQuery): IndicatorDefinition[] {
  return REGION_RESULT_KEYS.map((key) => ({
    code: key,
    name: key,
    definition: 'Status upon leaving: the last labour-market event no later than 28 days after the last exit.',
    set: query.set,
    kind: 'result',
    moment: 'leaving',
    compute: PREDICATE_OF[key],
    confirmed: false,
    note: 'A regional roll-up of this service, not a common indicator.',
  }));
}

function figuresOf(rows: readonly ParticipantRow[], query: IndicatorQuery): RegionFigures {
  const report = computeIndicators(rows, { ...query, table: rollUpTable(query) });
  const figures: RegionFigures = { participants: report.population.participants.total, leavers: report.population.leavers, employedUponLeaving: 0, inEducationOrTrainingUponLeaving: 0, jobSearchingUponLeaving: 0 };
  for (const result of report.results) figures[result.code as RegionResultKey] = result.counts?.total ?? 0;
  return figures;
}

const minus = (a: RegionFigures, b: RegionFigures): RegionFigures =>
  Object.fromEntries(Object.entries(a).map(([key, value]) => [key, value - b[key as keyof RegionFigures]])) as unknown as RegionFigures;

/**
 * The cohort of an indicator report rolled up by the region (maakunta) of each participant's
 * municipality at entry (docs/domain.md#organisations: reports roll up by region). The same
 * cohort, completeness and 28-day rules as computeIndicators, which it calls once per region;
 * a `region` filter in the query is ignored here (the roll-up is of every region). Pure and
 * unsuppressed: suppressRegionalRollUp makes it publishable.
 */
export function computeRegionalRollUp(rows: readonly ParticipantRow[], query: IndicatorQuery): RegionalRollUp {
  const { region: _ignored, ...filters } = query.filters ?? {};
  const scoped = { ...query, filters };
  const total = figuresOf(rows, scoped);
  const present = new Set(rows.map((row) => row.region));
  const regions = ALL_REGIONS.filter((region) => present.has(region.code))
    .map((region) => ({ ...region, ...figuresOf(rows, { ...scoped, filters: { ...filters, region: region.code } }) }))
    .filter((region) => region.participants > 0);
  const known = regions.reduce<RegionFigures>(
    (sum, region) => Object.fromEntries(Object.keys(sum).map((key) => [key, sum[key as keyof RegionFigures] + region[key as keyof RegionFigures]])) as unknown as RegionFigures,
    { participants: 0, leavers: 0, employedUponLeaving: 0, inEducationOrTrainingUponLeaving: 0, jobSearchingUponLeaving: 0 },
  );
  return { regions, unknownRegion: minus(total, known), total };
}
