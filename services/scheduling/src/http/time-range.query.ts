import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { RequestValidationError } from '@career/platform';
import { addDays, fromHelsinkiWallClock, helsinkiDate } from '../calendar/helsinki-time';
import { ISO_INSTANT } from './http';

const DATE_OR_INSTANT = new RegExp(`^\\d{4}-\\d{2}-\\d{2}$|${ISO_INSTANT.source}`);
const MESSAGE = 'must be a date YYYY-MM-DD (Helsinki) or an ISO 8601 date-time with an offset';
const MAX_SPAN_DAYS = 366;

export class TimeRangeQuery {
  @ApiPropertyOptional({ description: 'Start of the range: a Helsinki date (from its midnight) or an instant. Default: a week ago.' })
  @IsOptional()
  @Matches(DATE_OR_INSTANT, { message: MESSAGE })
  from?: string;

  @ApiPropertyOptional({ description: 'End of the range (exclusive): a Helsinki date (to its midnight) or an instant. Default: 90 days after `from`.' })
  @IsOptional()
  @Matches(DATE_OR_INSTANT, { message: MESSAGE })
  to?: string;
}

export interface TimeRange {
  from: Date;
  to: Date;
}

/** A calendar date is read as midnight in Helsinki (what the user means by "from 2 March"). */
function instantOf(value: string, field: string): Date {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const instant = date
    ? fromHelsinkiWallClock({ year: Number(date[1]), month: Number(date[2]), day: Number(date[3]), hour: 0, minute: 0, second: 0 })
    : new Date(value);
  if (Number.isNaN(instant.getTime()) || (date && helsinkiDate(instant) !== value)) {
    throw new RequestValidationError([{ field, reason: MESSAGE }]);
  }
  return instant;
}

export function resolveRange(query: TimeRangeQuery, now: Date): TimeRange {
  const from = query.from ? instantOf(query.from, 'from') : instantOf(addDays(helsinkiDate(now), -7), 'from');
  const to = query.to ? instantOf(query.to, 'to') : new Date(from.getTime() + 90 * 86_400_000);
  if (to.getTime() <= from.getTime()) throw new RequestValidationError([{ field: 'to', reason: 'must be after from' }]);
  if (to.getTime() - from.getTime() > MAX_SPAN_DAYS * 86_400_000) {
    throw new RequestValidationError([{ field: 'to', reason: `must be at most ${MAX_SPAN_DAYS} days after from` }]);
  }
  return { from, to };
}
