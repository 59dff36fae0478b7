import { randomBytes } from 'node:crypto';
import type { Finding, ScenarioCount } from '../count/reconcile';
import { CommandLedger } from '../load/command-ledger';
import { CommandSender } from '../load/command-sender';
import type { JourneyContext } from '../load/journey';
import type { ServiceName } from '../world/service-fleet';
import type { World } from '../world/world';

export interface ScenarioContext {
  world: World;
  organisation: string;
  ledger: CommandLedger;
  /** Marks the moment the fault is lifted (restart issued, server back, space returned). */
  lifted(): void;
  /** Sends a service's commands to another instance too (a second instance shares the load). */
  addInstance(service: ServiceName, instance: string): void;
  removeInstance(service: ServiceName, instance: string): void;
  /** ce_ids the scenario put on a topic itself (not from a stored event). */
  injectedIds: Set<string>;
  /** Lines for the report: what was seen (a refusal message, a DLQ header...). */
  note(line: string): void;
  /** A finding of the scenario's own checks (counted as lost, duplicated or unexpected). */
  finding(kind: 'lost' | 'duplicated' | 'unexpected', finding: Finding): void;
}

export interface Scenario {
  name: string;
  /** The service whose first successful command after the lift is the recovery time (any when omitted). */
  service?: ServiceName;
  /** Why it cannot run here, if it cannot: printed as skipped, with the reason. */
  skip?(world: World): string | undefined;
  /** Before the load starts, e.g. a service restarted with a test-only hook. */
  prepare?(context: ScenarioContext): Promise<void>;
  /** Injects the fault while the load runs and lifts it (calling `lifted()`), then returns. */
  inject(context: ScenarioContext): Promise<void>;
  /** Checks after the counts, e.g. that the dead letter is there. */
  verify?(context: ScenarioContext, count: ScenarioCount): Promise<void>;
}

export interface ScenarioResult {
  name: string;
  skipped?: string;
  count?: ScenarioCount;
  statuses?: Record<string, number>;
  /** ms from the lift to the first 2xx, and to all read models and topics caught up. */
  firstSuccessMs?: number;
  caughtUpMs?: number;
  notes: string[];
  error?: string;
}

export function scenarioOrganisation(index: number): string {
  return `FLT${index}${randomBytes(3).toString('hex').toUpperCase()}`;
}

export function makeJourneyContext(world: World, organisation: string, sender: CommandSender, instances: Map<ServiceName, string[]>, tag: string): JourneyContext {
  let turn = 0;
  return {
    organisation,
    sender,
    tag,
    advisorToken: (advisorId) => world.tokens.advisor(organisation, advisorId),
    route(service) {
      const list = instances.get(service) ?? [service];
      const instance = list[turn++ % list.length];
      return { instance, baseUrl: world.fleet.url(instance) };
    },
  };
}

export { CommandLedger, CommandSender };
