import { spawnSync } from 'node:child_process';
import { GenericContainer, Wait, type StartedTestContainer } from 'testcontainers';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { EsdbEventStore } from './esdb-event-store';

const ESDB_IMAGE = 'eventstore/eventstore:24.10';

type RuntimeProbe = { available: true; engine: string } | { available: false; reason: string };

/**
 * Asks testcontainers itself (in a child process, because Jest collects tests synchronously)
 * whether a container engine answers. Same answer the suite would get when starting ESDB.
 */
function probeContainerRuntime(): RuntimeProbe {
  const script = `
    require('testcontainers').getContainerRuntimeClient().then(
      (client) => console.log(JSON.stringify({ available: true, engine: String(client.info.engine.serverVersion) })),
      (error) => console.log(JSON.stringify({ available: false, reason: String(error && error.message) })),
    );`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  const line = result.stdout?.trim().split('\n').pop();
  if (result.status !== 0 || !line) {
    return { available: false, reason: `container runtime probe failed: ${result.error?.message ?? result.stderr}` };
  }
  return JSON.parse(line) as RuntimeProbe;
}

const runtime = probeContainerRuntime();

if (runtime.available) {
  describe(`EventStoreDB ${ESDB_IMAGE} in a container (engine ${runtime.engine})`, () => {
    let container: StartedTestContainer | undefined;
    let connectionString = '';

    beforeAll(async () => {
      container = await new GenericContainer(ESDB_IMAGE)
        .withEnvironment({
          EVENTSTORE_INSECURE: 'true',
          EVENTSTORE_RUN_PROJECTIONS: 'All',
          EVENTSTORE_START_STANDARD_PROJECTIONS: 'true',
          EVENTSTORE_MEM_DB: 'true',
        })
        .withExposedPorts(2113)
        .withWaitStrategy(Wait.forHttp('/health/live', 2113).forStatusCode(204))
        .withStartupTimeout(120_000)
        .start();
      connectionString = `esdb://${container.getHost()}:${container.getMappedPort(2113)}?tls=false`;
    }, 300_000);

    afterAll(async () => {
      await container?.stop();
    }, 60_000);

    describeEventStoreContract('esdb', async (options) => {
      const store = new EsdbEventStore({ connectionString, upcasters: options?.upcasters });
      return { store, cleanup: () => store.close() };
    });
  });
} else {
  // Honest about it: no Docker engine means EventStoreDB was NOT tested. Every contract test is
  // registered as skipped under a name that says why, so the run counts and prints them as
  // skipped (scripts/summarise-tests.mjs), never as passed.
  const reason = `no Docker engine: ${runtime.reason}`.replace(/\s+/g, ' ').slice(0, 200);
  console.warn(`EventStoreDB contract suite SKIPPED (${reason})`);
  describe.skip(`EventStoreDB contract suite SKIPPED (${reason})`, () => {
    describeEventStoreContract('esdb', async () => {
      throw new Error('not reached: the suite is skipped');
    });
  });
}
