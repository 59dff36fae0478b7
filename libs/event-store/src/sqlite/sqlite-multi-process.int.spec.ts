import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RecordedEvent } from '@career/event-sourcing';
import { SqliteEventStore } from './sqlite-event-store';

const PROCESSES = 2;
const WRITERS_PER_PROCESS = 4;
const EVENTS_PER_WRITER = 25;
/** Lets the child run TypeScript; by path, as infra libs cannot import @career/testing. */
const TS_REGISTER = path.resolve(__dirname, '../../../testing/src/child-process/ts-register.js');

interface ChildResult {
  pid: number;
  appended: number;
  conflicts: number;
}

/** Runs writer-process.ts in its own Node process (TypeScript compiled on require by SWC). */
function runWriterProcess(dbPath: string, streamId: string, writers = WRITERS_PER_PROCESS, events = EVENTS_PER_WRITER): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        TS_REGISTER,
        path.join(__dirname, 'multi-process', 'writer-process.ts'),
        dbPath,
        streamId,
        String(writers),
        String(events),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`writer process ${child.pid} exited with ${code}: ${stderr}`));
      else resolve({ pid: child.pid!, ...(JSON.parse(stdout.trim()) as { appended: number; conflicts: number }) });
    });
  });
}

describe('SqliteEventStore shared by several OS processes', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'event-store-processes-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('several processes opening a brand-new file at the same moment all start (as services do)', async () => {
    const dbPath = path.join(dir, 'fresh', 'events.sqlite');
    const category = `coldStart${randomUUID().replace(/-/g, '').slice(0, 8)}`;
    const results = await Promise.all(Array.from({ length: 6 }, () => runWriterProcess(dbPath, `${category}-${randomUUID()}`, 1, 2)));
    expect(results.map((r) => r.appended)).toEqual([2, 2, 2, 2, 2, 2]);
    const store = new SqliteEventStore({ path: dbPath });
    expect(await store.readAll({ categories: [category] })).toHaveLength(12);
    await store.close();
  });

  it('processes racing on one stream keep it gap-free, and a subscription here sees their events live', async () => {
    const dbPath = path.join(dir, 'events.sqlite');
    const category = `multiProcess${randomUUID().replace(/-/g, '').slice(0, 8)}`;
    const streamId = `${category}-${randomUUID()}`;
    const expectedTotal = PROCESSES * WRITERS_PER_PROCESS * EVENTS_PER_WRITER;
    const store = new SqliteEventStore({ path: dbPath, pollIntervalMs: 50 });
    try {
      // Subscribed (and caught up on an empty store) before any other process writes.
      const controller = new AbortController();
      const guard = setTimeout(() => controller.abort(), 60_000);
      const received: RecordedEvent[] = [];
      const subscription = (async () => {
        for await (const event of store.subscribeToAll({ categories: [category], signal: controller.signal })) {
          received.push(event);
          if (received.length === expectedTotal) break;
        }
      })();

      const results = await Promise.all(Array.from({ length: PROCESSES }, () => runWriterProcess(dbPath, streamId)));
      await subscription;
      clearTimeout(guard);
      console.log(`writer processes: ${JSON.stringify(results)}`);

      expect(received).toHaveLength(expectedTotal);
      expect(received.map((e) => e.revision)).toEqual(Array.from({ length: expectedTotal }, (_, i) => i));
      expect(new Set(received.map((e) => e.metadata.eventId)).size).toBe(expectedTotal);
      const positions = received.map((e) => e.globalPosition);
      expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
      for (const result of results) {
        expect(result.appended).toBe(WRITERS_PER_PROCESS * EVENTS_PER_WRITER);
        const fromThisProcess = received.filter((e) => e.metadata.actor.id === `process-${result.pid}`);
        expect(fromThisProcess).toHaveLength(WRITERS_PER_PROCESS * EVENTS_PER_WRITER);
      }
      // The stream as read back equals what the subscription delivered.
      const stored = await store.readStream(streamId);
      expect(stored.map((e) => e.metadata.eventId)).toEqual(received.map((e) => e.metadata.eventId));
    } finally {
      await store.close();
    }
  }, 90_000);
});
