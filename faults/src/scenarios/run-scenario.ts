import { DatabaseSync } from 'node:sqlite';
import { createKafka } from '@career/messaging';
import { reconcile, type Finding, type ScenarioCount } from '../count/reconcile';
import { readStoredEvents } from '../count/store-reader';
import { TOPICS } from '../count/expectations';
import { SteadyLoad } from '../load/steady-load';
import { SERVICES, type ServiceName } from '../world/service-fleet';
import type { World } from '../world/world';
import { CommandLedger, CommandSender, makeJourneyContext, scenarioOrganisation, type Scenario, type ScenarioContext, type ScenarioResult } from './scenario';

export interface LoadSettings {
  /** A new client journey every this many ms (6 commands each). */
  journeyIntervalMs: number;
  /** Load before the fault is injected, and after it is lifted. */
  beforeFaultMs: number;
  afterLiftMs: number;
  /** How long the read models and topics may take to catch up after the load has drained. */
  catchUpTimeoutMs: number;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One fault under a steady load: the load starts, the fault is injected and lifted, the load
 * goes on a little and drains, then the counts are taken again and again until every effect is
 * there (or the time is up), and the last count is the scenario's row.
 */
export async function runScenario(world: World, scenario: Scenario, index: number, settings: LoadSettings): Promise<ScenarioResult> {
  const notes: string[] = [];
  const skipped = scenario.skip?.(world);
  if (skipped) return { name: scenario.name, skipped, notes };

  const organisation = scenarioOrganisation(index);
  const ledger = new CommandLedger();
  const sender = new CommandSender(ledger, { retryBudgetMs: 120_000, attemptTimeoutMs: 15_000 });
  const instances = new Map<ServiceName, string[]>(SERVICES.map((service) => [service, [service]]));
  const own: { lost: Finding[]; duplicated: Finding[]; unexpected: Finding[] } = { lost: [], duplicated: [], unexpected: [] };
  let liftedAt: number | undefined;
  const context: ScenarioContext = {
    world,
    organisation,
    ledger,
    injectedIds: new Set(),
    lifted: () => (liftedAt ??= Date.now()),
    addInstance: (service, instance) => instances.get(service)!.push(instance),
    removeInstance: (service, instance) => instances.set(service, instances.get(service)!.filter((i) => i !== instance)),
    note: (line) => notes.push(line),
    finding: (kind, finding) => own[kind].push(finding),
  };
  const load = new SteadyLoad(makeJourneyContext(world, organisation, sender, instances, `s${index}`), settings.journeyIntervalMs);
  await scenario.prepare?.(context);
  progress(`${scenario.name}: load on (organisation ${organisation})`);
  load.start();
  try {
    await sleep(settings.beforeFaultMs);
    progress(`${scenario.name}: injecting`);
    await scenario.inject(context);
    context.lifted();
    progress(`${scenario.name}: lifted`);
    await sleep(settings.afterLiftMs);
  } finally {
    load.stop();
  }
  await load.drain();
  progress(`${scenario.name}: load drained (${load.journeys} journeys, ${ledger.records.length} commands); counting`);

  const lifted = liftedAt!;
  // Counted again and again while anything is off: the pipeline is asynchronous, so a count
  // taken while it still moves may be short; one that stays off until the time is up is the finding.
  const findings = (count: ScenarioCount) => count.lost.length + count.duplicated.length + count.unexpected.length;
  let count = await countNow(world, context, ledger);
  const deadline = Date.now() + settings.catchUpTimeoutMs;
  while (findings(count) > 0 && Date.now() < deadline) {
    await sleep(1_000);
    count = await countNow(world, context, ledger);
  }
  const caughtUpAt = findings(count) === 0 ? Date.now() : undefined;
  if (caughtUpAt === undefined) notes.push(...(await subscriberStates(world)), ...(await consumerLags(world)));
  await scenario.verify?.(context, count);
  count.lost.push(...own.lost);
  count.duplicated.push(...own.duplicated);
  count.unexpected.push(...own.unexpected);
  notes.push(...describeCommands(ledger));
  const statuses = ledger.statusCounts();
  if (statuses['500']) count.unexpected.push({ where: 'HTTP', what: `${statuses['500']} answers 500`, id: scenario.name });
  const firstSuccess = ledger.firstSuccessSince(lifted, scenario.service);
  return {
    name: scenario.name,
    count,
    statuses,
    firstSuccessMs: firstSuccess === undefined ? undefined : Math.max(0, firstSuccess - lifted),
    caughtUpMs: caughtUpAt === undefined ? undefined : caughtUpAt - lifted,
    notes,
  };
}

/**
 * One count. Taken from the far end back to the store: the topics first, then the read models,
 * then the store. Everything flows from the store outwards, so whatever a snapshot is missing
 * because it moved on meanwhile shows as "lost" (counted again), never as a message or a row
 * with no event behind it.
 */
async function countNow(world: World, context: ScenarioContext, ledger: CommandLedger): Promise<ScenarioCount> {
  for (let attempt = 1; ; attempt++) {
    try {
      // The clients to look up: those stored so far (also registrations whose answer was lost).
      const clientIds = new Set(readStoredEvents(world.storePath, context.organisation).map((event) => event.clientId));
      const topics = Object.fromEntries([...TOPICS, ...TOPICS.map((t) => `${t}.dlq`)].map((topic) => [topic, world.tap.messages(topic, context.organisation)]));
      const readModels = await world.readModels.snapshot(context.organisation, [...clientIds]);
      const stored = readStoredEvents(world.storePath, context.organisation);
      return reconcile({ commands: ledger.records, stored, topics, readModels, injectedIds: context.injectedIds });
    } catch (error) {
      if (attempt >= 10) throw error;
      await sleep(1_000);
    }
  }
}

export function progress(line: string): void {
  process.stdout.write(`[faults ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

/** Per kind of command: how long it took (first attempt to answer, median), its attempts, and why the others were not acknowledged. */
function describeCommands(ledger: CommandLedger): string[] {
  const lines: string[] = [];
  const kinds = [...new Set(ledger.records.map((r) => r.kind))];
  for (const kind of kinds) {
    const records = ledger.records.filter((r) => r.kind === kind);
    const spans = records.map((r) => (r.attempts.at(-1)?.endedAt ?? 0) - (r.attempts[0]?.startedAt ?? 0)).sort((a, b) => a - b);
    const single = records.flatMap((r) => r.attempts.map((a) => a.endedAt - a.startedAt)).sort((a, b) => a - b);
    const others: Record<string, number> = {};
    for (const r of records.filter((r) => r.outcome !== 'acknowledged')) {
      const last = r.attempts.at(-1);
      const why = `${r.outcome} ${last?.status ?? last?.error ?? '?'}${last?.code ? ` ${last.code}` : ''}`;
      others[why] = (others[why] ?? 0) + 1;
    }
    const median = (list: number[]) => list[Math.floor(list.length / 2)] ?? 0;
    lines.push(
      `${kind}: ${records.length} sent, median ${median(spans)} ms to its answer, ${single.length} attempts (median ${median(single)} ms)${Object.keys(others).length ? `; not acknowledged: ${JSON.stringify(others)}` : ''}`,
    );
  }
  return lines;
}

/** Where each service's subscribers stand (GET /api/v1/admin/subscribers): why a count did not catch up. */
async function subscriberStates(world: World): Promise<string[]> {
  const token = await world.tokens.get('admin', 'FLT', 'fault-suite');
  const lines: string[] = [];
  for (const service of SERVICES) {
    try {
      const response = await fetch(`${world.fleet.url(service)}/api/v1/admin/subscribers`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) });
      const { subscribers } = (await response.json()) as { subscribers: Array<{ name: string; status: string; checkpoint?: number; handled: number; failing?: { type: string; error: string } }> };
      for (const s of subscribers) lines.push(`subscriber ${s.name}: ${s.status} at ${s.checkpoint ?? '-'} (${s.handled} handled)${s.failing ? `, failing on ${s.failing.type}: ${s.failing.error}` : ''}`);
    } catch (error) {
      lines.push(`subscribers of ${service}: ${(error as Error).message}`);
    }
  }
  const head = readHead(world.storePath);
  if (head !== undefined) lines.push(`event store: last position ${head}`);
  return lines;
}

/** How far each consumer group is behind on each topic it reads: why a consumer's effects did not catch up. */
async function consumerLags(world: World): Promise<string[]> {
  const admin = createKafka({ brokers: [world.infra.kafkaBrokers], clientId: 'fault-suite-lag', logLevel: 0 }).admin();
  const lines: string[] = [];
  try {
    await admin.connect();
    const ends = new Map<string, Map<number, number>>();
    for (const topic of TOPICS) ends.set(topic, new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)])));
    for (const groupId of SERVICES) {
      const committed = await admin.fetchOffsets({ groupId, topics: [...TOPICS] });
      for (const { topic, partitions } of committed) {
        // A topic the group never committed on is one it does not read.
        if (partitions.every((p) => Number(p.offset) < 0)) continue;
        const behind = partitions.reduce((sum, p) => sum + Math.max(0, (ends.get(topic)?.get(p.partition) ?? 0) - Math.max(0, Number(p.offset))), 0);
        if (behind > 0) lines.push(`consumer group ${groupId}: ${behind} messages behind on ${topic}`);
      }
    }
  } catch (error) {
    lines.push(`consumer lag: ${(error as Error).message}`);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
  return lines;
}

function readHead(storePath: string): number | undefined {
  try {
    const db = new DatabaseSync(storePath, { readOnly: true });
    try {
      return (db.prepare('SELECT MAX(position) AS head FROM events').get() as { head: number }).head;
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}
