import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import type { BenchCommand } from './commands';
import type { Fixture, People } from './fixtures';
import { openLoop, percentile, type LoadResult } from './load';
import { registrationOf, type Stack } from './scenario';
import { fmtMs, type Row } from './table';
import { log } from './throughput';

const SAMPLES = 30;
const POLL_MS = 5;
const GIVE_UP_MS = 30_000;

/** 201 of a registration -> scheduling's process and skills-assessment's profile readable, one registration at a time. */
async function registrationLags(stack: Stack, people: People, samples: number): Promise<{ process: number[]; profile: number[] }> {
  const lags = { process: [] as number[], profile: [] as number[] };
  for (let i = 0; i < samples; i++) {
    const created = await stack.expect('client-intake', registrationOf(people.take(), 'bench-lag-advisor'), 201);
    const acknowledged = Date.now();
    const clientId = created.clientId as string;
    let processSeen: number | undefined;
    let profileSeen: number | undefined;
    while (processSeen === undefined || profileSeen === undefined) {
      if (Date.now() - acknowledged > GIVE_UP_MS) throw new Error(`registration ${clientId} not visible downstream after ${GIVE_UP_MS} ms`);
      const [process, profile] = await Promise.all([
        processSeen === undefined ? stack.processOf(clientId) : undefined,
        profileSeen === undefined ? stack.profileExists(clientId) : false,
      ]);
      if (processSeen === undefined && process) processSeen = Date.now() - acknowledged;
      if (profileSeen === undefined && profile) profileSeen = Date.now() - acknowledged;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    lags.process.push(processSeen);
    lags.profile.push(profileSeen);
  }
  return lags;
}

/** The floor: a raw kafkajs message produced (acks=all) and consumed by a group member on the same broker. */
async function kafkaRoundTrips(brokers: string, samples: number): Promise<number[]> {
  const kafka = new Kafka({ clientId: 'bench-roundtrip', brokers: [brokers], logLevel: logLevel.NOTHING });
  const topic = `bench-roundtrip-${randomUUID().slice(0, 8)}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `${topic}-group` });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topic, fromBeginning: true });
  const waiting = new Map<string, () => void>();
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.run({ eachMessage: async ({ message }) => waiting.get(message.key?.toString() ?? '')?.() });
  await joined;
  const trips: number[] = [];
  try {
    for (let i = 0; i < samples + 3; i++) {
      const key = randomUUID();
      const received = new Promise<void>((resolve) => waiting.set(key, resolve));
      const start = process.hrtime.bigint();
      await producer.send({ topic, acks: -1, messages: [{ key, value: 'x' }] });
      await received;
      if (i >= 3) trips.push(Number(process.hrtime.bigint() - start) / 1e6); // the first ones warm up the fetch loop
    }
  } finally {
    await Promise.all([producer.disconnect(), consumer.disconnect()]);
  }
  return trips;
}

/**
 * Cross-service lag: the 201 of a registration until scheduling's read model shows the new
 * process (and skills-assessment's the profile), idle and while `backgroundRate` add-skill
 * commands a second run; beside a raw kafkajs produce -> consume round trip.
 */
export async function measureLag(stack: Stack, people: People, kafkaBrokers: string, background: { command: BenchCommand; targets: readonly Fixture[]; rate: number }): Promise<Row[]> {
  log('lag: raw kafkajs round trips');
  const trips = await kafkaRoundTrips(kafkaBrokers, SAMPLES);
  const baseline = `kafkajs produce -> consume: p50 ${fmtMs(percentile(trips, 50))}, p99 ${fmtMs(percentile(trips, 99))}`;
  log('lag: idle');
  const idle = await registrationLags(stack, people, SAMPLES);
  log(`lag: under ${background.rate} ${background.command.name}/s`);
  const stop = new AbortController();
  const load: Promise<LoadResult> = openLoop({
    baseUrl: stack.url(background.command.service),
    ratePerSecond: background.rate,
    seconds: 3600,
    expectStatus: background.command.status,
    signal: stop.signal,
    next: (n) => stack.authed(background.command.next(n + 2_000_000, background.targets)),
  });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const busy = await registrationLags(stack, people, SAMPLES);
  stop.abort();
  const backgroundResult = await load;
  const row = (what: string, lags: number[], target: string): Row => ({
    section: 'lag',
    what,
    figure: `p50 ${fmtMs(percentile(lags, 50))}, p99 ${fmtMs(percentile(lags, 99))}, max ${fmtMs(Math.max(...lags))}`,
    baseline,
    ratio: '',
    target,
  });
  return [
    row('registration 201 -> process in scheduling, idle', idle.process, ''),
    row('registration 201 -> profile in skills-assessment, idle', idle.profile, ''),
    {
      ...row(`registration 201 -> process in scheduling, ${background.rate} ${background.command.name}/s behind`, busy.process, 'p50 <= 50 ms, p99 <= 250 ms, max <= 2 s'),
      note: backgroundResult.failures > 0 ? `background: ${backgroundResult.failures} failed` : `background: ${backgroundResult.requests} commands`,
    },
    row(`registration 201 -> profile in skills-assessment, ${background.rate} ${background.command.name}/s behind`, busy.profile, 'p50 <= 50 ms, p99 <= 250 ms, max <= 2 s'),
  ];
}
