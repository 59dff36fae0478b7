/**
 * Read-model queries by a field other than `_id`, as the services make them (scheduling's
 * double-booking check reads an advisor's meetings by `advisorId` and a time window), against the
 * MongoDB-compatible server of `infra/local` (FerretDB), at growing collection sizes.
 *
 *   npm run bench:read-model-queries [-- --sizes=1000,10000 --queries=100]
 *
 * Figure: the query as the services write it, `{advisorId: "a-7", ...}`, which the local FerretDB
 * build narrows in SQLite from the collection's `{advisorId, start}` index (infra/local/ferretdb.sh,
 * the equality pushdown). Baseline, same run, same collection, same answer: the same condition
 * spelled `{advisorId: {$in: ["a-7"]}}`, which FerretDB cannot push down, so it decodes every
 * document of the collection and filters them itself (what every such query cost before the
 * patch). The ratio is baseline / figure. The figure grows with one advisor's meetings (the
 * index narrows by advisor; the time window is still filtered by FerretDB), the baseline with the
 * whole collection.
 * Uses its own database, dropped at the end; nothing is asserted, figures are printed.
 */
import { randomUUID } from 'node:crypto';
import { MongoClient, type Collection, type Filter } from 'mongodb';

interface Meeting {
  _id: string;
  advisorId: string;
  clientId: string;
  start: string;
  end: string;
  status: 'scheduled' | 'held' | 'cancelled';
  mode: 'in-person' | 'video' | 'phone';
  revision: number;
}

const ADVISORS = 50;
const HOUR_MS = 3_600_000;

function argument(name: string, fallback: string): string {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
}

function meeting(n: number): Meeting {
  const start = Date.UTC(2026, 0, 5, 8) + n * HOUR_MS;
  return {
    _id: randomUUID(),
    advisorId: `a-${n % ADVISORS}`,
    clientId: randomUUID(),
    start: new Date(start).toISOString(),
    end: new Date(start + HOUR_MS).toISOString(),
    status: n % 10 === 0 ? 'cancelled' : n % 3 === 0 ? 'held' : 'scheduled',
    mode: n % 2 ? 'in-person' : 'video',
    revision: 1 + (n % 4),
  };
}

/** The double-booking check's query for one advisor and a one-hour slot inside the data. */
function slotQuery(advisor: Filter<Meeting>['advisorId'], size: number, i: number): Filter<Meeting> {
  const at = Date.UTC(2026, 0, 5, 8) + ((i * 7919) % size) * HOUR_MS;
  return { advisorId: advisor, status: { $in: ['scheduled', 'held'] }, start: { $lt: new Date(at + HOUR_MS).toISOString() }, end: { $gt: new Date(at).toISOString() } };
}

async function timeQueries(collection: Collection<Meeting>, queries: number, filterOf: (i: number) => Filter<Meeting>): Promise<{ medianMs: number; rows: number }> {
  const latencies: number[] = [];
  let rows = 0;
  for (let i = 0; i < queries; i++) {
    const started = process.hrtime.bigint();
    rows += (await collection.find(filterOf(i)).toArray()).length;
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  latencies.sort((a, b) => a - b);
  return { medianMs: latencies[Math.floor(latencies.length / 2)], rows };
}

async function main(): Promise<void> {
  const sizes = argument('sizes', '1000,10000').split(',').map(Number);
  const queries = Number(argument('queries', '100'));
  const url = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
  const client = await MongoClient.connect(url, { serverSelectionTimeoutMS: 5_000 }).catch((error: Error) => {
    throw new Error(`no MongoDB-compatible server at ${url} (start one with \`bash infra/local/up.sh\`): ${error.message}`);
  });
  const database = client.db(`bench-read-model-queries-${process.pid}`);
  const collection = database.collection<Meeting>('agenda_meetings');
  await collection.createIndex({ advisorId: 1, start: 1 });
  console.log(`read-model queries: ${queries} double-booking checks per size against ${url}, ${ADVISORS} advisors, median per query`);
  console.log('documents | indexed equality (figure) | $in, decoded in FerretDB (baseline) | ratio | rows alike');
  try {
    let stored = 0;
    for (const size of sizes) {
      for (; stored < size; stored += 1_000) await collection.insertMany(Array.from({ length: Math.min(1_000, size - stored) }, (_, k) => meeting(stored + k)));
      // Alternate the two so that load on the machine falls on both alike.
      const figure = await timeQueries(collection, queries, (i) => slotQuery(`a-${i % ADVISORS}`, size, i));
      const baseline = await timeQueries(collection, queries, (i) => slotQuery({ $in: [`a-${i % ADVISORS}`] }, size, i));
      const again = await timeQueries(collection, queries, (i) => slotQuery(`a-${i % ADVISORS}`, size, i));
      const medianMs = Math.min(figure.medianMs, again.medianMs);
      console.log(
        `${size.toLocaleString('en-US').padStart(9)} | ${medianMs.toFixed(1).padStart(22)} ms | ${baseline.medianMs.toFixed(1).padStart(32)} ms | ${(baseline.medianMs / medianMs).toFixed(1).padStart(5)}x | ${figure.rows === baseline.rows ? 'yes' : `NO (${figure.rows} vs ${baseline.rows})`}`,
      );
    }
  } finally {
    await database.dropDatabase().catch(() => undefined);
    await client.close().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
