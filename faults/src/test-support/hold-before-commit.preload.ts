/**
 * Test-only, never part of a service: the fault suite preloads this file into ONE service
 * process (`NODE_OPTIONS=--require …`) to hold it at an exact point, so that kill -9 lands there
 * deterministically instead of by luck of timing:
 *
 * - `FAULTS_HOLD=relay-checkpoint`: the relay's batch was acknowledged by Kafka and its
 *   checkpoint is about to be stored (docs/architecture.md#the-rules: the checkpoint follows
 *   the durable work);
 * - `FAULTS_HOLD=consumer-commit`: a consumed message was handled and its offset is about to be
 *   committed.
 *
 * It holds only once `FAULTS_HOLD_ARM` (a file) exists, and only the checkpoint named
 * `FAULTS_HOLD_NAME` (the relay) or messages of topic `FAULTS_HOLD_NAME` (the consumer); it then
 * appends one JSON line to `FAULTS_HOLD_SIGNAL` and never returns. It patches the classes the
 * service loaded from dist/, so nothing in the production code knows about it.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

if (process.env.NODE_ENV === 'production') {
  throw new Error('hold-before-commit is a test-only hook of the fault suite: refusing to load it with NODE_ENV=production');
}

const mode = process.env.FAULTS_HOLD;
const name = required('FAULTS_HOLD_NAME');
const armFile = required('FAULTS_HOLD_ARM');
const signalFile = required('FAULTS_HOLD_SIGNAL');
// createRequire takes a file: a (not necessarily existing) file in dist/ resolves `./libs/...` inside it.
const distRequire = createRequire(path.resolve(__dirname, '../../../dist/preload-anchor.js'));

type Method = (this: unknown, ...args: never[]) => Promise<void>;

if (mode === 'relay-checkpoint') {
  // Only a checkpoint that follows a batch Kafka acknowledged: that batch must then go out again.
  let published = 0;
  const { EventRelay } = distRequire('./libs/messaging/src/event-relay.js') as { EventRelay: { prototype: Record<string, Method> } };
  const publish = EventRelay.prototype.publish;
  EventRelay.prototype.publish = async function (this: unknown, ...args: never[]) {
    const relay = this as { published: number };
    const before = relay.published;
    await publish.apply(this, args);
    published = relay.published - before;
  };
  const { MongoCheckpointStore } = distRequire('./libs/platform/src/mongo/mongo-checkpoint-store.js') as { MongoCheckpointStore: { prototype: Record<string, Method> } };
  holdBefore(MongoCheckpointStore.prototype, 'store', (checkpoint: unknown, position: unknown) =>
    checkpoint === name && published > 0 ? { checkpoint, position, published } : undefined,
  );
} else if (mode === 'consumer-commit') {
  const { IntegrationConsumer } = distRequire('./libs/messaging/src/integration-consumer.js') as { IntegrationConsumer: { prototype: Record<string, Method> } };
  holdBefore(IntegrationConsumer.prototype, 'commit', (origin: unknown) => {
    const { topic, partition, offset } = origin as { topic: string; partition: number; offset: string };
    return topic === name ? { topic, partition, offset } : undefined;
  });
} else {
  throw new Error(`FAULTS_HOLD must be relay-checkpoint or consumer-commit, not ${String(mode)}`);
}

/** Wraps `prototype[method]`: when armed and `match` names the call, signal and hold forever. */
function holdBefore(prototype: Record<string, Method>, method: string, match: (...args: never[]) => object | undefined): void {
  const original = prototype[method];
  let held = false;
  prototype[method] = async function (this: unknown, ...args: never[]) {
    const matched = match(...args);
    if (matched && !held && existsSync(armFile)) {
      held = true;
      appendFileSync(signalFile, `${JSON.stringify({ ...matched, at: Date.now() })}\n`);
      await new Promise<never>(() => undefined);
    }
    return original.apply(this, args);
  };
}

function required(variable: string): string {
  const value = process.env[variable];
  if (!value) throw new Error(`${variable} is required by the fault suite's hold-before-commit hook`);
  return value;
}
