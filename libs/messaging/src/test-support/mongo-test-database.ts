import { randomUUID } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';

const MONGO_URL = process.env.MONGO_URL || 'mongodb://127.0.0.1:27017/';

/** Checkpoints live in a real MongoDB-compatible server; fails loudly when none answers. */
export async function openTestDatabase(prefix: string): Promise<Connection> {
  const connection = mongoose.createConnection(MONGO_URL, {
    dbName: `${prefix}_${randomUUID().slice(0, 8)}`,
    serverSelectionTimeoutMS: 5_000,
  });
  try {
    await connection.asPromise();
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw new Error(`No MongoDB-compatible server at ${MONGO_URL} (${(error as Error).message}). Start it with: bash infra/local/up.sh`);
  }
  return connection;
}

export async function dropTestDatabase(connection: Connection): Promise<void> {
  await connection.dropDatabase();
  await connection.close();
}
