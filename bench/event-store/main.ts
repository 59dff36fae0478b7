/**
 * Event store append benchmark: the SQLite adapter (group commit) against a plain node:sqlite
 * insert loop with the same durability (WAL, synchronous=FULL, same table), in the same run.
 *
 *   node scripts/build.mjs && npm run bench:event-store
 *
 * Fixed event counts, temp files deleted at the end; figures are printed, nothing is asserted.
 * fsync latency on a shared machine is noisy, so each case runs ROUNDS times, baseline and
 * adapter alternating, and the round with the median events/s of each is reported.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { EVENTS_TABLE_DDL, SqliteEventStore, type NewEvent } from '@career/event-store';

interface CaseResult {
  name: string;
  events: number;
  appends: number;
  seconds: number;
  latenciesMs: number[];
  note?: string;
}

interface Case {
  label: string;
  writers: number;
  appendsPerWriter: number;
  eventsPerAppend: number;
}

const ROUNDS = 3;
const CASES: Case[] = [
  { label: '1 writer, 1 event/append', writers: 1, appendsPerWriter: 1_000, eventsPerAppend: 1 },
  { label: '16 writers, 1 event/append', writers: 16, appendsPerWriter: 500, eventsPerAppend: 1 },
  { label: '1 writer, 10 events/append', writers: 1, appendsPerWriter: 200, eventsPerAppend: 10 },
  { label: '16 writers, 10 events/append', writers: 16, appendsPerWriter: 60, eventsPerAppend: 10 },
];

function makeEvent(n: number): NewEvent {
  return {
    type: 'MeetingHeld',
    data: { meetingId: randomUUID(), heldAt: '2025-01-15T09:30:00.000Z', durationMinutes: 45, channel: 'video', n },
    metadata: {
      eventId: randomUUID(),
      schemaVersion: 1,
      occurredAt: '2025-01-15T09:30:00.000Z',
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { id: randomUUID(), role: 'advisor' },
      organisation: 'KEHA',
      clientId: randomUUID(),
    },
  };
}

const elapsedMs = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

async function runAdapter(dir: string, c: Case, round: number): Promise<CaseResult> {
  const store = new SqliteEventStore({ path: path.join(dir, `adapter-${c.writers}-${c.eventsPerAppend}-${round}.sqlite`) });
  const latenciesMs: number[] = [];
  const writer = async (): Promise<void> => {
    const streamId = `guidanceProcess-${randomUUID()}`;
    let revision = -1;
    for (let i = 0; i < c.appendsPerWriter; i++) {
      const events = Array.from({ length: c.eventsPerAppend }, (_, k) => makeEvent(i * c.eventsPerAppend + k));
      const start = process.hrtime.bigint();
      const result = await store.appendToStream(streamId, events, { expectedRevision: revision });
      latenciesMs.push(elapsedMs(start));
      revision = result.nextExpectedRevision;
    }
  };
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: c.writers }, writer));
  const seconds = elapsedMs(start) / 1000;
  const { commits, appends } = store.commitStats;
  await store.close();
  return {
    name: `sqlite adapter: ${c.label}`,
    events: c.writers * c.appendsPerWriter * c.eventsPerAppend,
    appends: c.writers * c.appendsPerWriter,
    seconds,
    latenciesMs,
    note: `${(appends / commits).toFixed(1)} appends/commit`,
  };
}

/**
 * Plain node:sqlite, same durability, same table, one transaction per append, no checks.
 * It cannot group concurrent callers, so for N writers it is the same sequential loop.
 */
function runBaseline(dir: string, c: Case, round: number): CaseResult {
  const db = new DatabaseSync(path.join(dir, `baseline-${c.writers}-${c.eventsPerAppend}-${round}.sqlite`));
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec(EVENTS_TABLE_DDL);
  const insert = db.prepare(
    'INSERT INTO events (stream_id, category, revision, event_id, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const appends = c.writers * c.appendsPerWriter;
  const streamId = `guidanceProcess-${randomUUID()}`;
  const latenciesMs: number[] = [];
  let revision = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < appends; i++) {
    const events = Array.from({ length: c.eventsPerAppend }, (_, k) => makeEvent(i * c.eventsPerAppend + k));
    const t = process.hrtime.bigint();
    db.exec('BEGIN IMMEDIATE');
    for (const e of events) {
      insert.run(streamId, 'guidanceProcess', revision++, e.metadata.eventId, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata));
    }
    db.exec('COMMIT');
    latenciesMs.push(elapsedMs(t));
  }
  const seconds = elapsedMs(start) / 1000;
  db.close();
  return {
    name: `plain node:sqlite: ${c.label}`,
    events: appends * c.eventsPerAppend,
    appends,
    seconds,
    latenciesMs,
    note: c.writers > 1 ? 'sequential (cannot group)' : '1 appends/commit',
  };
}

const rateOf = (r: CaseResult): number => r.events / r.seconds;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function row(result: CaseResult, baseline?: CaseResult): string[] {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  const rate = rateOf(result);
  const ratio = baseline ? (rate / rateOf(baseline)).toFixed(2) + 'x' : '';
  return [
    result.name,
    String(result.events),
    Math.round(rate).toLocaleString('en-US'),
    percentile(sorted, 50).toFixed(3),
    percentile(sorted, 99).toFixed(3),
    ratio,
    result.note ?? '',
  ];
}

function printTable(rows: string[][]): void {
  const header = ['case', 'events', 'events/s', 'p50 ms/append', 'p99 ms/append', 'adapter/baseline', 'note'];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((cell, i) => (i === 0 || i === 6 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r) => console.log(line(r)));
}

const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

function median(results: CaseResult[]): CaseResult {
  return [...results].sort((a, b) => rateOf(a) - rateOf(b))[Math.floor(results.length / 2)];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-event-store-'));
  console.log(`event store append benchmark (node ${process.version}, ${os.cpus().length} cores, files in ${dir})`);
  console.log('durability for both: journal_mode=WAL, synchronous=FULL (fsync per commit)');
  console.log(`each case: ${ROUNDS} alternating rounds, the median round (by events/s) shown\n`);
  const rows: string[][] = [];
  try {
    for (const c of CASES) {
      const baselines: CaseResult[] = [];
      const adapters: CaseResult[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        collectGarbage();
        baselines.push(runBaseline(dir, c, round));
        collectGarbage();
        adapters.push(await runAdapter(dir, c, round));
      }
      const baseline = median(baselines);
      rows.push(row(baseline), row(median(adapters), baseline));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
