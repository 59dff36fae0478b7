import type { BenchCommand } from './commands';
import type { Fixture } from './fixtures';
import { closedLoop, openLoop, percentile, rateOf } from './load';
import type { Stack } from './scenario';
import { describeLoad, failuresNote, fmtMs, fmtRate, type Row } from './table';

export interface ThroughputOptions {
  seconds: number;
  connections: number;
}

/**
 * Per command: the maximal rate at 16 connections beside `GET /health/live` of the same
 * service (the Nest baseline), then p99 when requests arrive at half that rate.
 */
export async function measureThroughput(stack: Stack, commands: readonly BenchCommand[], targets: readonly Fixture[], options: ThroughputOptions): Promise<Row[]> {
  const rows: Row[] = [];
  for (const command of commands) {
    const baseUrl = stack.url(command.service);
    log(`throughput: ${command.name} (baseline GET /health/live of ${command.service})`);
    const baseline = await closedLoop({
      baseUrl,
      connections: options.connections,
      seconds: options.seconds,
      expectStatus: 200,
      next: () => ({ method: 'GET', path: '/health/live' }),
    });
    const max = await closedLoop({
      baseUrl,
      connections: options.connections,
      seconds: options.seconds,
      expectStatus: command.status,
      next: (n) => stack.authed(command.next(n, targets)),
    });
    const halfRate = Math.max(1, rateOf(max) / 2);
    const half = await openLoop({
      baseUrl,
      ratePerSecond: halfRate,
      seconds: options.seconds,
      expectStatus: command.status,
      next: (n) => stack.authed(command.next(n + 1_000_000, targets)),
    });
    const ratio = rateOf(max) / rateOf(baseline);
    rows.push({
      section: 'throughput',
      what: `${command.name}, ${options.connections} connections`,
      figure: describeLoad(max),
      baseline: `GET /health/live: ${describeLoad(baseline)}`,
      ratio: `${ratio.toFixed(3)}x`,
      target: command.targetRate > 0 ? `>= ${fmtRate(command.targetRate)}${command.name === 'add-skill' ? ' and >= 0.25x' : ''}` : '',
      note: failuresNote(max),
    });
    rows.push({
      section: 'throughput',
      what: `${command.name} at half that rate (${fmtRate(halfRate)})`,
      figure: `p50 ${fmtMs(percentile(half.latenciesMs, 50))}, p99 ${fmtMs(percentile(half.latenciesMs, 99))}`,
      baseline: '',
      ratio: '',
      target: 'p99 <= 50 ms',
      note: failuresNote(half),
    });
  }
  return rows;
}

export function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}
