import type { JourneyContext } from './journey';
import { runJourney } from './journey';

/**
 * A steady stream of journeys: one new client every `intervalMs` while running, each going
 * its own way through the services concurrently with the others. `stop()` starts no more;
 * `drain()` waits for the ones under way (their commands keep retrying within their budget).
 */
export class SteadyLoad {
  private timer: NodeJS.Timeout | undefined;
  private readonly underWay = new Set<Promise<void>>();
  private started = 0;
  private failures: unknown[] = [];

  constructor(
    private readonly context: JourneyContext,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    const next = () => {
      const journey = runJourney(this.context, this.started++).catch((error: unknown) => {
        this.failures.push(error);
      });
      this.underWay.add(journey);
      void journey.finally(() => this.underWay.delete(journey));
    };
    next();
    this.timer = setInterval(next, this.intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  async drain(): Promise<void> {
    this.stop();
    while (this.underWay.size > 0) await Promise.all([...this.underWay]);
    if (this.failures.length > 0) throw new Error(`a journey failed in the harness itself: ${String(this.failures[0])}`);
  }

  get journeys(): number {
    return this.started;
  }
}
