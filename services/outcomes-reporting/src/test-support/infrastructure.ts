import { createConnection } from 'node:net';
import { brokersFromEnv } from '@career/messaging';
import mongoose from 'mongoose';

/** The real servers the integration tests use (infra/local/up.sh starts them). */
export const KAFKA_BROKERS = brokersFromEnv();
export const MONGO_BASE = process.env.MONGO_URL_BASE ?? 'mongodb://127.0.0.1:27017';

/** Fails fast and clearly when no broker listens: an integration test must not pass without one. */
export async function assertKafkaReachable(broker = KAFKA_BROKERS[0]): Promise<void> {
  const host = broker.slice(0, broker.lastIndexOf(':'));
  const port = Number(broker.slice(broker.lastIndexOf(':') + 1));
  await new Promise<void>((resolve, reject) => {
    const socket = createConnection({ host, port, timeout: 3_000 });
    const fail = (why: string) => {
      socket.destroy();
      reject(new Error(`No Kafka broker at ${broker} (${why}). Start it with: bash infra/local/up.sh`));
    };
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('timeout', () => fail('timeout'));
    socket.once('error', (error) => fail(error.message));
  });
}

/** Same for the MongoDB-compatible server. */
export async function assertMongoReachable(url: string): Promise<void> {
  const connection = mongoose.createConnection(url, { serverSelectionTimeoutMS: 5_000 });
  try {
    await connection.asPromise();
  } catch (error) {
    throw new Error(`No MongoDB-compatible server at ${url} (${(error as Error).message}). Start it with: bash infra/local/up.sh`);
  } finally {
    await connection.close().catch(() => undefined);
  }
}
