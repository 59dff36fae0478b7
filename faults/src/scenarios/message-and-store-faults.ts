import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CE_HEADERS, createKafka, DLQ_HEADERS } from '@career/messaging';
import { topicOfService } from '../count/expectations';
import { sleep } from './run-scenario';
import type { Scenario } from './scenario';

/** The consumer groups that read client-intake's topic: each must dead-letter the poison once. */
const CLIENT_INTAKE_CONSUMER_GROUPS = ['scheduling', 'skills-assessment', 'document-generation', 'outcomes-reporting', 'notifications'];

/**
 * A poison message on client-intake's topic, mid-load: a ClientRegistered whose payload breaks
 * its contract. Every consumer group sends it to `<topic>.dlq` with its origin and goes on; the
 * counts show the rest flowed.
 */
export function poisonMessage(): Scenario {
  let origin: { partition: number; offset: string; id: string } | undefined;
  const topic = topicOfService('client-intake');
  return {
    name: 'poison message',
    async inject(context) {
      const id = randomUUID();
      context.injectedIds.add(id);
      const producer = createKafka({ brokers: [context.world.infra.kafkaBrokers], clientId: 'fault-suite-poison', logLevel: 0 }).producer();
      await producer.connect();
      try {
        const [metadata] = await producer.send({
          topic,
          acks: -1,
          messages: [
            {
              key: randomUUID(),
              value: JSON.stringify({ clientId: 'not-a-uuid', organisation: 42 }),
              headers: {
                [CE_HEADERS.specversion]: '1.0',
                [CE_HEADERS.id]: id,
                [CE_HEADERS.source]: '/career/client-intake',
                [CE_HEADERS.type]: 'fi.ely.career.ClientRegistered.v1',
                [CE_HEADERS.subject]: 'poison',
                [CE_HEADERS.time]: new Date().toISOString(),
                [CE_HEADERS.organisation]: context.organisation,
                [CE_HEADERS.contentType]: 'application/json',
              },
            },
          ],
        });
        origin = { partition: metadata.partition, offset: metadata.baseOffset!, id };
      } finally {
        await producer.disconnect();
      }
      context.lifted();
    },
    async verify(context) {
      const deadline = Date.now() + 30_000;
      let letters = context.world.tap.messages(`${topic}.dlq`, context.organisation).filter((m) => m.ceId === origin!.id);
      while (letters.length < CLIENT_INTAKE_CONSUMER_GROUPS.length && Date.now() < deadline) {
        await sleep(500);
        letters = context.world.tap.messages(`${topic}.dlq`, context.organisation).filter((m) => m.ceId === origin!.id);
      }
      const withOrigin = letters.filter(
        (m) => m.headers[DLQ_HEADERS.originTopic] === topic && m.headers[DLQ_HEADERS.originPartition] === String(origin!.partition) && m.headers[DLQ_HEADERS.originOffset] === origin!.offset && m.headers[DLQ_HEADERS.error],
      );
      context.note(`${withOrigin.length} dead letters in ${topic}.dlq (one per consumer group), origin ${topic}/${origin!.partition}/${origin!.offset}: ${withOrigin[0]?.headers[DLQ_HEADERS.error] ?? 'none'}`);
      if (withOrigin.length !== CLIENT_INTAKE_CONSUMER_GROUPS.length) {
        context.finding('lost', { where: `${topic}.dlq`, what: `${withOrigin.length} dead letters with their origin for ${CLIENT_INTAKE_CONSUMER_GROUPS.length} consumer groups`, id: origin!.id });
      }
    },
  };
}

/**
 * The event store's disk full for a few seconds mid-load: commands answer 503 (never 500, never
 * an acknowledgement of something not stored), consumers that append wait; when the space
 * returns everything resumes by itself. SQLite first writes into the pages its WAL already has
 * (acknowledged, and counted like any other), so the disk stays full at least `holdMs` and
 * until the first 503 (at most `maxHoldMs`): the check below then has something to look at.
 */
export function eventStoreDiskFull(holdMs = 6_000, maxHoldMs = 60_000): Scenario {
  let window: { from: number; to: number } | undefined;
  return {
    name: 'event store disk full',
    skip: (world) => (world.disk.limited ? undefined : world.disk.why),
    async inject(context) {
      const filled = context.world.disk.fill();
      const from = Date.now();
      context.note(`filled the store's ${context.world.disk.why} with ${(filled / 1024 / 1024).toFixed(1)} MB; ${context.world.disk.availableBytes()} bytes left`);
      const refused = () => context.ledger.records.some((record) => record.attempts.some((a) => a.startedAt >= from && a.status === 503));
      while (Date.now() - from < holdMs || (!refused() && Date.now() - from < maxHoldMs)) await sleep(250);
      context.world.disk.free();
      window = { from, to: Date.now() };
      context.lifted();
    },
    async verify(context) {
      const during = context.ledger.records.flatMap((record) => record.attempts.filter((a) => a.startedAt >= window!.from && a.endedAt <= window!.to));
      const byStatus: Record<string, number> = {};
      for (const attempt of during) byStatus[attempt.status ?? 'none'] = (byStatus[attempt.status ?? 'none'] ?? 0) + 1;
      context.note(`answers while full (${((window!.to - window!.from) / 1000).toFixed(1)} s): ${JSON.stringify(byStatus)}; a 2xx there was written into pages the WAL already had, and is counted like any other`);
      if (!byStatus['503']) context.finding('unexpected', { where: 'HTTP', what: 'no command answered 503 while the disk was full', id: 'disk-full' });
    },
  };
}

/**
 * A second instance of scheduling against the same store, database and consumer group, started
 * mid-load and sharing the commands with the first; then stopped. Either both serve with no
 * effect lost or doubled, or the second refuses to start and says why.
 */
export function secondInstance(service: 'scheduling' | 'client-intake' = 'scheduling'): Scenario {
  return {
    name: `second ${service} instance`,
    service,
    async inject(context) {
      const instance = `${service}#2`;
      try {
        await context.world.fleet.start(service, { instance });
      } catch (error) {
        const log = context.world.fleet.logFileOf(instance);
        context.note(`the second instance refused to start: ${(error as Error).message}${log ? `; ${lastLine(log)}` : ''}`);
        context.lifted();
        return;
      }
      context.note('the second instance started and served half of the commands');
      context.addInstance(service, instance);
      await sleep(8_000);
      context.removeInstance(service, instance);
      await sleep(1_000);
      await context.world.fleet.stop(instance);
      context.lifted();
    },
  };
}

function lastLine(file: string): string {
  return readFileSync(file, 'utf8').trim().split('\n').at(-1) ?? '';
}
