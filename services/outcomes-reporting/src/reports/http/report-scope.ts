import { ForbiddenException } from '@nestjs/common';
import type { AuthenticatedUser } from '@career/auth';
import { RequestValidationError } from '@career/platform';
import { helsinkiDate, type CalendarDate } from '@career/calendar';
import type { ReportFilters, ReportPeriod } from '../../indicators/domain/compute-indicators';
import type { IndicatorSet } from '../../indicators/domain/indicator-table';
import type { ReportQueryDto } from './report-query.dto';

/** Where each programme's reporting starts: the default beginning of a period. */
export const PROGRAMME_START: Record<IndicatorSet, CalendarDate> = { esf2014: '2014-01-01', esfplus2021: '2021-01-01' };
const BEGINNING = '1900-01-01';

export const OWN_ORGANISATION_ONLY = 'Your token covers the reports of your own organisation only (other organisations need the cross-organisation grant).';

/** The organisation whose participants a caller sees; undefined (every organisation) with the cross-organisation grant. */
export function organisationScopeOf(user: AuthenticatedUser): string | undefined {
  return user.crossOrganisation ? undefined : user.organisation;
}

/**
 * Who may see which slice (docs/architecture.md#conventions, Tenancy and roles): a reporter and
 * an administrator their own organisation only; any organisation, or all of them, only with the
 * cross-organisation grant (the `cross_organisation` claim: the Fund evaluator, the operator).
 * The advisor filter only for organisation managers (the admin role here), since per-advisor
 * figures are about the staff.
 */
export function filtersFor(user: AuthenticatedUser, query: Pick<ReportQueryDto, 'org' | 'project' | 'region' | 'advisor'>): ReportFilters {
  const crossOrganisation = user.crossOrganisation === true;
  if (!crossOrganisation && query.org !== undefined && query.org !== user.organisation) {
    throw new ForbiddenException(OWN_ORGANISATION_ONLY);
  }
  if (user.role !== 'admin' && query.advisor !== undefined) throw new ForbiddenException('The advisor filter is for organisation managers only.');
  const organisation = crossOrganisation ? query.org : user.organisation;
  return {
    ...(organisation !== undefined && { organisation }),
    ...(query.project !== undefined && { project: query.project }),
    ...(query.region !== undefined && { region: query.region }),
    ...(query.advisor !== undefined && { advisorId: query.advisor }),
  };
}

export function asOfFor(query: Pick<ReportQueryDto, 'asOf'>, now: Date): CalendarDate {
  return query.asOf ?? helsinkiDate(now);
}

function checkOrder(from: CalendarDate, to: CalendarDate): void {
  if (from > to) throw new RequestValidationError([{ field: 'from', reason: `must not be after to (${to})` }]);
}

/** The indicators' period: from the programme's start to asOf unless told. */
export function indicatorPeriodFor(query: ReportQueryDto, set: IndicatorSet, asOf: CalendarDate): ReportPeriod {
  const period = { from: query.from ?? PROGRAMME_START[set], to: query.to ?? asOf, by: query.by ?? 'entry' };
  checkOrder(period.from, period.to);
  return period;
}

/** The metrics' period: none (every process up to asOf) unless a bound is given. */
export function metricsPeriodFor(query: ReportQueryDto, asOf: CalendarDate): ReportPeriod | undefined {
  if (query.from === undefined && query.to === undefined && query.by === undefined) return undefined;
  const period = { from: query.from ?? BEGINNING, to: query.to ?? asOf, by: query.by ?? 'entry' };
  checkOrder(period.from, period.to);
  return period;
}
