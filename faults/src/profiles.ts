import { consumerKilledBeforeCommit, relayKilledBeforeCheckpoint } from './scenarios/held-processes';
import { eventStoreDiskFull, poisonMessage, secondInstance } from './scenarios/message-and-store-faults';
import { ferretDbKilled, kafkaKilled, kafkaStopped, serviceKilled } from './scenarios/process-faults';
import { sleep, type LoadSettings } from './scenarios/run-scenario';
import type { Scenario } from './scenarios/scenario';
import { SERVICES } from './world/service-fleet';

/** A scenario of the profile, or one it leaves out and why (printed as skipped, never dropped silently). */
export type Planned = { scenario: Scenario; leftOut?: string };

export interface Profile {
  name: 'full' | 'ci';
  settings: LoadSettings;
  plan: Planned[];
  /** Past this (from the start of the first scenario) the scenarios not yet run fail as not run: CI has a limit. */
  budgetMs?: number;
}

export const noFault: Scenario = {
  name: 'no fault (baseline)',
  async inject({ lifted }) {
    await sleep(3_000);
    lifted();
  },
};

const catchUpTimeoutMs = Number(process.env.FAULTS_CATCH_UP_TIMEOUT_MS ?? 180_000);
const journeyIntervalMs = Number(process.env.FAULTS_JOURNEY_INTERVAL_MS ?? 500);

/**
 * `full` (the default, `npm run test:faults`): every fault, each under 3 s of load before it
 * and 3 s after it is lifted, Kafka stopped for 30 s.
 *
 * `ci` (`FAULTS_PROFILE=ci`, what .ci/run runs: 5 to 8 minutes on a 2-core machine): every kind
 * of fault once, 2 s of load either side, Kafka stopped for 10 s; scenarios still to run after
 * 12 minutes (FAULTS_BUDGET_S=720) fail as not run, so a stuck run ends within the CI's limit. The kill -9 of services other than
 * client-intake is left out: each of them is the kill -9 and restart of a service with a relay,
 * projections and a consumer, which "consumer killed before commit" does to scheduling at the
 * worst moment, and each costs the ~30 s Kafka takes to notice the dead group member.
 */
export function profileOf(name = process.env.FAULTS_PROFILE ?? 'full'): Profile {
  if (name !== 'full' && name !== 'ci') throw new Error(`FAULTS_PROFILE must be full or ci, not ${name}`);
  const ci = name === 'ci';
  const killed = SERVICES.map((service): Planned => {
    const scenario = serviceKilled(service);
    return ci && service !== 'client-intake'
      ? { scenario, leftOut: 'CI profile: "consumer killed before commit" kills a service with a consumer; the full profile kills each' }
      : { scenario };
  });
  const budget = Number(process.env.FAULTS_BUDGET_S ?? (ci ? 720 : 0)) * 1000;
  return {
    name,
    ...(budget > 0 ? { budgetMs: budget } : {}),
    settings: { journeyIntervalMs, beforeFaultMs: ci ? 2_000 : 3_000, afterLiftMs: ci ? 2_000 : 3_000, catchUpTimeoutMs },
    plan: [
      { scenario: noFault },
      ...killed,
      { scenario: kafkaStopped(ci ? 10_000 : 30_000) },
      { scenario: kafkaKilled },
      { scenario: ferretDbKilled },
      { scenario: relayKilledBeforeCheckpoint() },
      { scenario: consumerKilledBeforeCommit() },
      { scenario: poisonMessage() },
      { scenario: eventStoreDiskFull() },
      { scenario: secondInstance('scheduling') },
    ],
  };
}

/**
 * FAULTS_ONLY=part[,part...] runs the baseline and the scenarios whose name contains a part
 * (`FAULTS_ONLY="FerretDB,poison"`): for looking at one fault while working on it.
 */
export function selectOnly(plan: readonly Planned[], only = process.env.FAULTS_ONLY): Planned[] {
  if (!only) return [...plan];
  const parts = only.split(',').map((part) => part.trim()).filter(Boolean);
  const selected = plan.filter(({ scenario }) => scenario === noFault || parts.some((part) => scenario.name.includes(part)));
  if (selected.length === 1) throw new Error(`FAULTS_ONLY=${only} names no scenario; they are: ${plan.map(({ scenario }) => scenario.name).join(', ')}`);
  return selected;
}
