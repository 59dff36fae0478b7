import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WORKSPACE_ROOT } from '@career/testing';
import { TOPICS } from './count/expectations';
import { ReadModelReader } from './count/read-models';
import { TopicTap } from './count/topic-tap';
import { failed, renderDetails, renderTable } from './report';
import { profileOf, selectOnly } from './profiles';
import { progress, runScenario, sleep } from './scenarios/run-scenario';
import type { ScenarioResult } from './scenarios/scenario';
import { EventStoreDisk } from './world/event-store-disk';
import { INFRA_SERVERS, PrivateInfra } from './world/private-infra';
import { assertBuilt, SERVICES, ServiceFleet } from './world/service-fleet';
import { TokenSource, type World } from './world/world';

/** `npm run test:faults`: see faults/README.md. */
async function main(): Promise<number> {
  assertBuilt();
  const profile = profileOf();
  const selected = selectOnly(profile.plan);
  if (selected.length < profile.plan.length) progress(`FAULTS_ONLY=${process.env.FAULTS_ONLY}: ${selected.length} of the ${profile.plan.length} scenarios`);
  const dir = path.join(WORKSPACE_ROOT, '.data/faults');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const disk = EventStoreDisk.prepare(path.join(dir, 'store'), 128);
  const infra = await PrivateInfra.create(path.join(dir, 'infra'));
  const started = Date.now();
  const results: ScenarioResult[] = [];
  let world: World | undefined;
  onInterrupt(async () => {
    // Ctrl-C or a CI timeout: the services die with the suite (libs/testing kills them on exit), the servers are stopped here.
    await infra.down();
    writeResults(dir, results);
  });
  try {
    progress(`private Kafka on ${infra.kafkaBrokers}, FerretDB on ${infra.ports.mongo}, Mailpit SMTP on ${infra.ports.smtp} (data in ${path.relative(WORKSPACE_ROOT, infra.dataDir)}); event store on a ${disk.why}`);
    await infra.up(...INFRA_SERVERS);
    const tokens = new TokenSource(dir);
    await tokens.get('admin', 'FLT', 'fault-suite'); // creates the run's dev key before any service reads it
    const storePath = path.join(disk.dir, 'events.sqlite');
    const fleet = new ServiceFleet({ infra, dir, storePath });
    await fleet.startAll();
    progress(`${SERVICES.length} services ready`);
    const tap = new TopicTap(infra.kafkaBrokers, [...TOPICS, ...TOPICS.map((topic) => `${topic}.dlq`)]);
    await tap.start();
    world = { dir, infra, fleet, storePath, disk, tap, readModels: new ReadModelReader(infra), tokens };
    progress(`profile ${profile.name}: ${JSON.stringify({ ...profile.settings, budgetMs: profile.budgetMs })}`);
    const firstStarted = Date.now();
    for (const [index, { scenario, leftOut }] of selected.entries()) {
      let result: ScenarioResult;
      try {
        if (leftOut) result = { name: scenario.name, skipped: leftOut, notes: [] };
        else if (profile.budgetMs !== undefined && Date.now() - firstStarted > profile.budgetMs) result = { name: scenario.name, notes: [], error: `not run: the profile's ${profile.budgetMs / 1000} s were spent (FAULTS_BUDGET_S)` };
        else result = await runScenario(world, scenario, index, profile.settings);
      } catch (error) {
        result = { name: scenario.name, notes: [], error: (error as Error).message };
      }
      results.push(result);
      progress(`${scenario.name}: ${failed(result) ? 'FAIL' : result.skipped ? 'skipped' : 'ok'}`);
      if (failed(result)) process.stdout.write(`${renderDetails([result])}\n`);
      writeResults(dir, results);
      await restore(world);
    }
  } finally {
    await world?.fleet.stopAll().catch(() => undefined);
    await world?.tap.stop();
    await world?.readModels.close();
    await infra.down();
    keepEvidence(dir, disk.dir, results);
  }
  process.stdout.write(`\nFault suite (profile ${profile.name}): ${results.length} scenarios in ${Math.round((Date.now() - started) / 1000)} s\n\n${renderTable(results)}\n\n${renderDetails(results)}\n`);
  const failures = results.filter(failed);
  process.stdout.write(failures.length === 0 ? '\nfaults: every acknowledged command has its effects once\n' : `\nfaults: ${failures.length} scenario(s) failed\n`);
  return failures.length === 0 ? 0 : 1;
}

/**
 * The store leaves with the suite's mount namespace: a copy of it and every finding stay in
 * .data/faults/evidence for a look afterwards (sqlite3, jq).
 */
function keepEvidence(dir: string, storeDir: string, results: readonly ScenarioResult[]): void {
  const evidence = path.join(dir, 'evidence');
  mkdirSync(evidence, { recursive: true });
  for (const file of ['events.sqlite', 'events.sqlite-wal', 'events.sqlite-shm']) {
    if (existsSync(path.join(storeDir, file))) copyFileSync(path.join(storeDir, file), path.join(evidence, file));
  }
  writeResults(dir, results);
}

/** Written after every scenario too, so an interrupted run leaves what it had counted. */
function writeResults(dir: string, results: readonly ScenarioResult[]): void {
  mkdirSync(path.join(dir, 'evidence'), { recursive: true });
  writeFileSync(path.join(dir, 'evidence/results.json'), JSON.stringify(results, null, 2));
}

/** After each scenario every service runs and is ready, and every server is up: the next starts clean. */
async function restore(world: World): Promise<void> {
  for (const server of INFRA_SERVERS) if (world.infra.pidOf(server) === undefined) await world.infra.up(server);
  for (const name of SERVICES) if (!world.fleet.isRunning(name)) await world.fleet.start(name);
  const deadline = Date.now() + 90_000;
  for (const name of SERVICES) {
    for (;;) {
      const ready = await fetch(`${world.fleet.url(name)}/health/ready`).then((r) => r.ok, () => false);
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`${name} is not ready 90 s after the scenario`);
      await sleep(500);
    }
  }
}

/** SIGINT/SIGTERM: clean up once, say what was counted so far, exit 130. */
function onInterrupt(cleanUp: () => Promise<void>): void {
  const handler = (signal: NodeJS.Signals) => {
    process.stderr.write(`\nfaults: ${signal}: stopping the private servers and the services; results so far in .data/faults/evidence/results.json\n`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`faults: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(2);
  },
);
