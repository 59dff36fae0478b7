import { COMMAND_KINDS } from '../load/command-ledger';
import type { ServiceName } from '../world/service-fleet';
import { sleep } from './run-scenario';
import type { Scenario } from './scenario';

/**
 * kill -9 of one service mid-load, then a restart at once. Its recovery is its first
 * acknowledged command after the restart; a service the journeys send no command to
 * (notifications acts on facts only) recovers when the counts catch up.
 */
export function serviceKilled(service: ServiceName): Scenario {
  const takesCommands = Object.values(COMMAND_KINDS).some((kind) => kind.service === service);
  return {
    name: `kill -9 ${service}`,
    ...(takesCommands ? { service } : {}),
    async inject({ world, lifted, note }) {
      const killing = Date.now();
      await world.fleet.kill(service);
      lifted();
      const starting = Date.now();
      await world.fleet.start(service);
      note(`killed in ${starting - killing} ms; ready again ${((Date.now() - starting) / 1000).toFixed(1)} s after the restart`);
    },
  };
}

/** Kafka stopped cleanly (SIGTERM) for a while (30 s), then started again. */
export function kafkaStopped(forMs = 30_000): Scenario {
  return {
    name: `Kafka stopped ${forMs / 1000} s`,
    async inject({ world, lifted }) {
      await world.infra.stop('kafka');
      await sleep(forMs);
      lifted();
      await world.infra.up('kafka');
    },
  };
}

/** Kafka killed -9 (no clean shutdown: the broker recovers its logs at start), then started again. */
export const kafkaKilled: Scenario = {
  name: 'Kafka kill -9',
  async inject({ world, lifted }) {
    await world.infra.kill('kafka');
    await sleep(2_000);
    lifted();
    await world.infra.up('kafka');
  },
};

/** FerretDB killed -9 (the services' read models, checkpoints, idempotency keys, data keys), then restarted. */
export const ferretDbKilled: Scenario = {
  name: 'FerretDB kill -9',
  async inject({ world, lifted }) {
    await world.infra.kill('ferretdb');
    await sleep(2_000);
    lifted();
    await world.infra.up('ferretdb');
  },
};
