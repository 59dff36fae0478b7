import { ForbiddenException } from '@nestjs/common';
import { RequestValidationError } from '@career/platform';
import { filtersFor, indicatorPeriodFor, metricsPeriodFor, organisationScopeOf, OWN_ORGANISATION_ONLY } from './report-scope';
import { formatOf } from './report-files';

const reporter = { id: 'r1', role: 'reporter' as const, organisation: 'ORG-A' };
const admin = { id: 'a1', role: 'admin' as const, organisation: 'ORG-A' };
const operator = { ...admin, crossOrganisation: true as const };
const evaluator = { ...reporter, id: 'fund-evaluator', crossOrganisation: true as const };

describe('report scope', () => {
  it('keeps a reporter inside their organisation and the advisor filter for managers', () => {
    expect(filtersFor(reporter, {})).toEqual({ organisation: 'ORG-A' });
    expect(filtersFor(reporter, { org: 'ORG-A', project: 'S20738' })).toEqual({ organisation: 'ORG-A', project: 'S20738' });
    expect(filtersFor(reporter, { region: '17' })).toEqual({ organisation: 'ORG-A', region: '17' });
    expect(() => filtersFor(reporter, { org: 'ORG-B' })).toThrow(ForbiddenException);
    expect(() => filtersFor(reporter, { advisor: 'advisor-1' })).toThrow(ForbiddenException);
    expect(filtersFor(admin, { org: 'ORG-A', advisor: 'advisor-1' })).toEqual({ organisation: 'ORG-A', advisorId: 'advisor-1' });
  });

  it("keeps an administrator inside their organisation too, unless the token has the cross-organisation grant", () => {
    expect(filtersFor(admin, {})).toEqual({ organisation: 'ORG-A' });
    expect(() => filtersFor(admin, { org: 'ORG-B' })).toThrow(OWN_ORGANISATION_ONLY);
    expect(organisationScopeOf(admin)).toBe('ORG-A');
    expect(filtersFor(operator, {})).toEqual({});
    expect(filtersFor(operator, { org: 'ORG-B', advisor: 'advisor-1' })).toEqual({ organisation: 'ORG-B', advisorId: 'advisor-1' });
    expect(organisationScopeOf(operator)).toBeUndefined();
  });

  it('lets the Fund evaluator (a reporter with the grant) read every organisation, but not per advisor', () => {
    expect(filtersFor(evaluator, {})).toEqual({});
    expect(filtersFor(evaluator, { org: 'ORG-B' })).toEqual({ organisation: 'ORG-B' });
    expect(() => filtersFor(evaluator, { advisor: 'advisor-1' })).toThrow(ForbiddenException);
    expect(organisationScopeOf(evaluator)).toBeUndefined();
  });

  it('defaults the period to the programme start until asOf, and refuses one that ends before it starts', () => {
    expect(indicatorPeriodFor({}, 'esfplus2021', '2026-11-28')).toEqual({ from: '2021-01-01', to: '2026-11-28', by: 'entry' });
    expect(indicatorPeriodFor({ from: '2015-01-01', by: 'exit' }, 'esf2014', '2020-01-01')).toEqual({ from: '2015-01-01', to: '2020-01-01', by: 'exit' });
    expect(() => indicatorPeriodFor({ from: '2026-12-01', to: '2026-01-01' }, 'esfplus2021', '2026-11-28')).toThrow(RequestValidationError);
    expect(metricsPeriodFor({}, '2026-11-28')).toBeUndefined();
    expect(metricsPeriodFor({ to: '2026-06-30' }, '2026-11-28')).toEqual({ from: '1900-01-01', to: '2026-06-30', by: 'entry' });
  });

  it('negotiates the format from format= first, then Accept', () => {
    expect(formatOf(undefined, undefined)).toBe('json');
    expect(formatOf('text/csv', undefined)).toBe('csv');
    expect(formatOf('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', undefined)).toBe('xlsx');
    expect(formatOf('text/csv', 'json')).toBe('json');
    expect(formatOf('application/json, */*', undefined)).toBe('json');
  });
});
