import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createKafka } from '@career/messaging';
import { WORKSPACE_ROOT } from '@career/testing';
import { topicOfService } from '../count/expectations';
import type { ServiceName } from '../world/service-fleet';
import { sleep } from './run-scenario';
import type { Scenario, ScenarioContext } from './scenario';

const TS_REGISTER = path.join(WORKSPACE_ROOT, 'libs/testing/src/child-process/ts-register.js');
const HOOK = path.resolve(__dirname, '../test-support/hold-before-commit.preload.ts');

interface Hold {
  service: ServiceName;
  mode: 'relay-checkpoint' | 'consumer-commit';
  name: string;
}

/** Restarts `service` with the test-only hook loaded; returns the files that arm it and that it signals in. */
async function restartWithHold(context: ScenarioContext, hold: Hold): Promise<HookFiles> {
  const arm = path.join(context.world.dir, `${hold.mode}.arm`);
  const signal = path.join(context.world.dir, `${hold.mode}.signal`);
  rmSync(arm, { force: true });
  rmSync(signal, { force: true });
  await context.world.fleet.stop(hold.service);
  await context.world.fleet.start(hold.service, {
    env: {
      NODE_OPTIONS: `--require ${TS_REGISTER} --require ${HOOK}`,
      FAULTS_HOLD: hold.mode,
      FAULTS_HOLD_NAME: hold.name,
      FAULTS_HOLD_ARM: arm,
      FAULTS_HOLD_SIGNAL: signal,
    },
  });
  return { arm, signal };
}

/** Arms the hook, waits until the service holds at the point, kills it -9 there and restarts it plainly. */
async function killWhenHeld(context: ScenarioContext, service: ServiceName, files: HookFiles): Promise<Record<string, unknown>> {
  writeFileSync(files.arm, '');
  const deadline = Date.now() + 30_000;
  while (!existsSync(files.signal) || readFileSync(files.signal, 'utf8').trim() === '') {
    if (Date.now() > deadline) throw new Error(`${service} never reached the held point within 30 s`);
    await sleep(20);
  }
  const held = JSON.parse(readFileSync(files.signal, 'utf8').trim().split('\n')[0]) as Record<string, unknown>;
  await context.world.fleet.kill(service);
  context.lifted();
  await context.world.fleet.start(service);
  return held;
}

/**
 * The relay killed between publishing and checkpointing: client-intake's relay has had a batch
 * acknowledged by Kafka and is about to store its checkpoint when it is killed -9. After the
 * restart it publishes that batch again (at least once); the consumers absorb the copies.
 */
export function relayKilledBeforeCheckpoint(): Scenario {
  let files: HookFiles | undefined;
  return {
    name: 'relay killed before checkpoint',
    service: 'client-intake',
    async prepare(context) {
      files = await restartWithHold(context, { service: 'client-intake', mode: 'relay-checkpoint', name: 'client-intake.relay' });
    },
    async inject(context) {
      const held = await killWhenHeld(context, 'client-intake', files!);
      context.note(`held: checkpoint client-intake.relay at position ${String(held.position)} after ${String(held.published)} messages were acknowledged`);
    },
    async verify(context, count) {
      if (count.kafkaCopies === 0) context.finding('unexpected', { where: topicOfService('client-intake'), what: 'the acknowledged batch was not published again after the restart', id: 'relay' });
      else context.note(`${count.kafkaCopies} messages on Kafka twice, each applied once`);
    },
  };
}

/**
 * A consumer killed before committing: scheduling has handled a message of client-intake's topic
 * (opened the process) and is about to commit its offset when it is killed -9. After the restart
 * the message comes again and changes nothing (a copy of a handled fact is skipped; the counts
 * check its effect is there once).
 */
export function consumerKilledBeforeCommit(): Scenario {
  let files: HookFiles | undefined;
  let held: { topic: string; partition: number; offset: string } | undefined;
  return {
    name: 'consumer killed before commit',
    service: 'scheduling',
    async prepare(context) {
      files = await restartWithHold(context, { service: 'scheduling', mode: 'consumer-commit', name: topicOfService('client-intake') });
    },
    async inject(context) {
      held = (await killWhenHeld(context, 'scheduling', files!)) as unknown as typeof held;
      context.note(`held: scheduling's commit of ${held!.topic} partition ${held!.partition} offset ${held!.offset}`);
    },
    async verify(context) {
      const kafka = createKafka({ brokers: [context.world.infra.kafkaBrokers], clientId: 'fault-suite-offsets', logLevel: 0 });
      const admin = kafka.admin();
      await admin.connect();
      try {
        const [offsets] = await admin.fetchOffsets({ groupId: 'scheduling', topics: [held!.topic] });
        const committed = Number(offsets.partitions.find((p) => p.partition === held!.partition)?.offset ?? -1);
        if (committed > Number(held!.offset)) context.note(`offset ${held!.offset} came again after the restart and the group went past it, its effect once (group offset now ${committed})`);
        else context.finding('lost', { where: 'scheduling consumer group', what: `offset ${held!.offset} not handled after the restart (group offset ${committed})`, id: `${held!.topic}/${held!.partition}` });
      } finally {
        await admin.disconnect();
      }
    },
  };
}

interface HookFiles {
  arm: string;
  signal: string;
}
