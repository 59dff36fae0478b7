import type { Provider } from '@nestjs/common';

/**
 * Where a service's scheduled jobs read the time (docs/architecture.md#the-rules: deciders never
 * read the clock; the job that sends them a command does, through this). Tests provide their own.
 */
export const CLOCK = 'CAREER_CLOCK';

export interface Clock {
  now(): Date;
}

export const systemClockProvider: Provider = { provide: CLOCK, useValue: { now: () => new Date() } satisfies Clock };
