import type { BenchCommand } from './commands';
import { registerFixtures, type Fixture, type People } from './fixtures';
import { percentile } from './load';
import { inParallel, registrationOf, type Stack } from './scenario';
import { fmtMs, type Row } from './table';
import { log } from './throughput';

const SAMPLES = 30;

/** p50 of `SAMPLES` commands sent one at a time (the cost of one command, no queueing). */
async function latencyOf(stack: Stack, command: BenchCommand, targets: readonly Fixture[], offset: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const answer = await stack.send(command.service, command.next(offset + i, targets));
    if (answer.status !== command.status) throw new Error(`${command.name}: ${answer.status} ${JSON.stringify(answer.json).slice(0, 300)}`);
    samples.push(answer.ms);
  }
  return percentile(samples, 50);
}

/** Registers clients (16 at a time) until `level` people are registered in this run. */
async function registerUpTo(stack: Stack, people: People, level: number): Promise<void> {
  const missing = level - people.registered;
  if (missing <= 0) return;
  log(`growth: registering ${missing} clients to reach ${level.toLocaleString('en-US')}`);
  const start = Date.now();
  let done = 0;
  await inParallel(Array.from({ length: missing }, (_, i) => i), 16, async () => {
    await stack.expect('client-intake', registrationOf(people.take(), `bench-growth-advisor-${people.registered % 500}`), 201);
    if (++done % 5000 === 0) log(`growth: ${done} of ${missing} (${Math.round(done / ((Date.now() - start) / 1000))}/s)`);
  });
}

/**
 * Cost growth: each command's latency with 1k, 10k (and, --full, 100k) clients stored, on
 * fresh streams; then on streams grown to 10, 100 and 1,000 events. Each figure is set beside
 * the smallest one (target: within 1.5x).
 */
export async function measureGrowth(stack: Stack, people: People, commands: readonly BenchCommand[], levels: readonly number[], lengths: readonly number[]): Promise<Row[]> {
  const byLevel = new Map<string, number[]>();
  for (const level of levels) {
    await registerUpTo(stack, people, level);
    // Fresh streams whose registrations the other services have processed: the backlog is drained.
    log(`growth: waiting for the other services to process the registrations`);
    const drained = Date.now();
    const targets = await registerFixtures(stack, people, 2, `growth-${level}`, 60 * 60_000);
    log(`growth: drained after ${Math.round((Date.now() - drained) / 1000)} s`);
    for (const command of commands) {
      const p50 = await latencyOf(stack, command, targets, 3_000_000 + level);
      byLevel.set(command.name, [...(byLevel.get(command.name) ?? []), p50]);
      log(`growth: ${command.name} at ${level.toLocaleString('en-US')} clients: p50 ${fmtMs(p50)}`);
    }
  }
  const rows: Row[] = commands.map((command) => {
    const figures = byLevel.get(command.name) ?? [];
    return {
      section: 'growth',
      what: `${command.name}, one at a time, by clients stored`,
      figure: levels.map((level, i) => `${level / 1000}k: ${fmtMs(figures[i])}`).join(', '),
      baseline: `${levels[0] / 1000}k: ${fmtMs(figures[0])}`,
      ratio: `${(Math.max(...figures) / figures[0]).toFixed(2)}x`,
      target: '<= 1.5x',
    };
  });

  const streamCommands = commands.filter((command) => command.name !== 'registration');
  const targets = await registerFixtures(stack, people, 1, 'streams');
  const byLength = new Map<string, number[]>();
  for (const command of streamCommands) {
    let sent = 1; // the stream's first event came from the registration (or the exit outcome)
    for (const length of lengths) {
      for (; sent < length; sent++) {
        const answer = await stack.send(command.service, command.next(4_000_000 + sent, targets));
        if (answer.status !== command.status) throw new Error(`${command.name} growing the stream: ${answer.status} ${JSON.stringify(answer.json).slice(0, 300)}`);
      }
      const p50 = await latencyOf(stack, command, targets, 5_000_000 + length);
      sent += SAMPLES;
      byLength.set(command.name, [...(byLength.get(command.name) ?? []), p50]);
      log(`growth: ${command.name} on a stream of ~${length} events: p50 ${fmtMs(p50)}`);
    }
  }
  for (const command of streamCommands) {
    const figures = byLength.get(command.name) ?? [];
    rows.push({
      section: 'growth',
      what: `${command.name}, one at a time, by stream length`,
      figure: lengths.map((length, i) => `${length}: ${fmtMs(figures[i])}`).join(', '),
      baseline: `${lengths[0]}: ${fmtMs(figures[0])}`,
      ratio: `${(Math.max(...figures) / figures[0]).toFixed(2)}x`,
      target: '<= 1.5x',
    });
  }
  return rows;
}
