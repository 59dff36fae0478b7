import path from 'node:path';
import { SqliteEventStore } from '@career/event-store';
import { MongoCheckpointStore } from '@career/platform';
import { ProjectionRunner } from '@career/projections';
import mongoose from 'mongoose';
// The real read model of client-intake (the one with bulk rebuild), fed by the run's own client streams.
import { clientRowModel } from '../../services/client-intake/src/client/read-models/client-row.schema';
import { clientsProjection } from '../../services/client-intake/src/client/read-models/clients.projection';
import type { BenchWorld } from './stack';
import { fmtRate, type Row } from './table';
import { log } from './throughput';

/**
 * Projection rebuild: client-intake's `clients` read model rebuilt from every client event the
 * run stored (ProjectionRunner.rebuild: drop, replay in pages, bulk writes), against the raw
 * driver's insertMany of the same documents in pages of the same size.
 */
export async function measureRebuild(world: BenchWorld): Promise<Row[]> {
  const store = new SqliteEventStore({ path: path.join(world.dir, 'events.sqlite') });
  const connection = await mongoose.createConnection(`${world.mongoUrl}/bench-rebuild`).asPromise();
  try {
    const rows = clientRowModel(connection);
    const events = (await store.readAll({ categories: ['client'] })).length;
    const runner = new ProjectionRunner({
      name: 'bench.clients',
      store,
      checkpoints: new MongoCheckpointStore(connection),
      categories: clientsProjection.categories,
      projection: clientsProjection.create(rows),
    });
    log(`rebuild: ${events} client events into the clients read model`);
    const start = Date.now();
    await runner.rebuild();
    const rebuildSeconds = (Date.now() - start) / 1000;
    await runner.stop();

    const documents = await rows.collection.find({}).toArray();
    const copy = connection.collection('clients_insert_baseline');
    await copy.drop().catch(() => undefined);
    log(`rebuild: insertMany of the ${documents.length} documents`);
    const rawStart = Date.now();
    for (let i = 0; i < documents.length; i += 500) await copy.insertMany(documents.slice(i, i + 500), { ordered: true });
    const rawSeconds = (Date.now() - rawStart) / 1000;

    const rebuildRate = events / rebuildSeconds;
    const rawRate = documents.length / rawSeconds;
    return [
      {
        section: 'rebuild',
        what: `clients read model: ${events.toLocaleString('en-US')} events -> ${documents.length.toLocaleString('en-US')} documents`,
        figure: `${fmtRate(rebuildRate)} events`,
        baseline: `insertMany, pages of 500: ${fmtRate(rawRate)} documents`,
        ratio: `${(rebuildRate / rawRate).toFixed(2)}x`,
        target: '>= 0.5x',
      },
    ];
  } finally {
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
    await store.close();
  }
}
