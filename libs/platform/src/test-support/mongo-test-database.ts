import { randomUUID } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';

export const MONGO_URL = process.env.MONGO_URL || 'mongodb://127.0.0.1:27017/';

/**
 * A connection to a fresh, uniquely named database on the real server (FerretDB locally).
 * Fails loudly when no server answers: an integration test must not pass without one.
 */
export async function openTestDatabase(prefix: string): Promise<Connection> {
  const dbName = `${prefix}_${randomUUID().slice(0, 8)}`;
  const connection = mongoose.createConnection(MONGO_URL, { dbName, serverSelectionTimeoutMS: 5_000 });
  try {
    await connection.asPromise();
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw new Error(
      `No MongoDB-compatible server at ${MONGO_URL} (${(error as Error).message}). Start it with: bash infra/local/up.sh`,
    );
  }
  return connection;
}

export async function dropTestDatabase(connection: Connection): Promise<void> {
  await connection.dropDatabase();
  await connection.close();
}

export async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
