/**
 * A separate OS process appending to a shared SQLite event store file (used by
 * sqlite-multi-process.int.spec.ts). Several async writers race on one shared stream with exact
 * expected revisions, retrying on conflicts, so the processes also race against each other.
 *
 * argv: <dbPath> <sharedStreamId> <writers> <eventsPerWriter>
 * Prints one JSON line {appended, conflicts} and exits 0; exits 1 on any other error.
 */
import { randomUUID } from 'node:crypto';
import { WrongExpectedRevisionError } from '@career/event-sourcing';
import { SqliteEventStore } from '../sqlite-event-store';

async function main(): Promise<void> {
  const [dbPath, streamId, writersArg, perWriterArg] = process.argv.slice(2);
  const writers = Number(writersArg);
  const perWriter = Number(perWriterArg);
  const store = new SqliteEventStore({ path: dbPath });
  let conflicts = 0;
  const writer = async (writerId: number): Promise<void> => {
    for (let seq = 0; seq < perWriter; ) {
      const [last] = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
      try {
        await store.appendToStream(
          streamId,
          [
            {
              type: 'ProcessWriterAppended',
              data: { pid: process.pid, writerId, seq },
              metadata: {
                eventId: randomUUID(),
                schemaVersion: 1,
                occurredAt: new Date().toISOString(),
                correlationId: randomUUID(),
                causationId: randomUUID(),
                actor: { id: `process-${process.pid}`, role: 'system' },
                organisation: 'KEHA',
                clientId: randomUUID(),
              },
            },
          ],
          { expectedRevision: last ? last.revision : 'no_stream' },
        );
        seq++;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        conflicts++;
      }
    }
  };
  await Promise.all(Array.from({ length: writers }, (_, id) => writer(id)));
  await store.close();
  process.stdout.write(`${JSON.stringify({ appended: writers * perWriter, conflicts })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
