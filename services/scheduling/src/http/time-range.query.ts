import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { addDays, helsinkiDate, isCalendarDate, parseInstant, startOfHelsinkiDay } from '@career/calendar';
import { RequestValidationError } from '@career/platform';
import { INSTANT_SHAPE } from './request-formats';

const DATE_OR_INSTANT_SHAPE = new RegExp(`^\\d{4}-\\d{2}-\\d{2}$|${INSTANT_SHAPE.source}`);
const MESSAGE = 'must be a date YYYY-MM-DD (Helsinki) or an ISO 8601 date-time with an offset';
const DAY_MS = 86_400_000;
const MAX_SPAN_DAYS = 366;
const DEFAULT_SPAN_DAYS = 90;

/** `?from=&to=` of the agenda and the group-session list. */
export class TimeRangeQuery {
  @ApiPropertyOptional({ description: 'Start of the range: a Helsinki date (from its midnight) or an instant. Default: a week ago.', format: 'date-time' })
  @IsOptional()
  @Matches(DATE_OR_INSTANT_SHAPE, { message: MESSAGE })
  from?: string;

  @ApiPropertyOptional({ description: 'End of the range (exclusive): a Helsinki date (to its midnight) or an instant. Default: 90 days after `from`.', format: 'date-time' })
  @IsOptional()
  @Matches(DATE_OR_INSTANT_SHAPE, { message: MESSAGE })
  to?: string;
}

/** [from, to) as instants. */
export interface TimeRange {
  from: Date;
  to: Date;
}

/**
 * A calendar date is read as midnight in Helsinki (what the user means by "from 2 March"). The
 * DTO checked the shape; here the value must name a real day or moment (2027-02-30 is refused,
 * never rolled over).
 */
function instantOf(value: string, field: 'from' | 'to'): Date {
  const instant = isCalendarDate(value) ? startOfHelsinkiDay(value) : parseInstant(value);
  if (!instant) throw new RequestValidationError([{ field, reason: MESSAGE }]);
  return instant;
}

export function resolveRange(query: TimeRangeQuery, now: Date): TimeRange {
  const from = instantOf(query.from ?? addDays(helsinkiDate(now), -7), 'from');
  const to = query.to ? instantOf(query.to, 'to') : new Date(from.getTime() + DEFAULT_SPAN_DAYS * DAY_MS);
  if (to.getTime() <= from.getTime()) throw new RequestValidationError([{ field: 'to', reason: 'must be after from' }]);
  if (to.getTime() - from.getTime() > MAX_SPAN_DAYS * DAY_MS) {
    throw new RequestValidationError([{ field: 'to', reason: `must be at most ${MAX_SPAN_DAYS} days after from` }]);
  }
  return { from, to };
}
