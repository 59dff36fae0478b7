import type { Provider } from '@nestjs/common';

/** Where scheduled jobs read the time; tests pass their own `now` to the job instead. */
export const CLOCK = 'SCHEDULING_CLOCK';

export interface Clock {
  now(): Date;
}

export const systemClockProvider: Provider = { provide: CLOCK, useValue: { now: () => new Date() } satisfies Clock };
