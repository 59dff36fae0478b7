import { exitOutcomeOf, inParallel, registrationOf, type Stack, until } from './scenario';

/** Clients registered for the command benchmarks, with what the other services made of them. */
export interface Fixture {
  clientId: string;
  processId: string;
  /** The next free week for a meeting in this process (one meeting a week in the initial assessment). */
  nextWeek: number;
}

/** Numbers the synthetic people of one run: every registration takes the next one. */
export class People {
  private next = 0;
  take(): number {
    return this.next++;
  }
  get registered(): number {
    return this.next;
  }
}

/**
 * Registers `count` clients, each with an advisor of their own (a booking serialises one
 * advisor's meetings), and waits until scheduling opened their process, skills-assessment their
 * profile and outcomes-reporting knows them; records an exit outcome for each (status changes
 * are recorded after it).
 */
export async function registerFixtures(stack: Stack, people: People, count: number, label: string, timeoutMs = 120_000): Promise<Fixture[]> {
  const clientIds = await inParallel(Array.from({ length: count }, (_, i) => i), 16, async (i) => {
    const created = await stack.expect('client-intake', registrationOf(people.take(), `bench-${label}-advisor-${i}`), 201);
    return created.clientId as string;
  });
  return inParallel(clientIds, 8, async (clientId) => {
    const processId = await until(() => stack.processOf(clientId), timeoutMs, `the process of ${clientId}`, 200);
    await until(() => stack.profileExists(clientId), timeoutMs, `the skills profile of ${clientId}`, 200);
    await until(() => stack.participantKnown(clientId), timeoutMs, `outcomes-reporting knowing ${clientId}`, 200);
    await stack.expect('outcomes-reporting', exitOutcomeOf(clientId), 201);
    return { clientId, processId, nextWeek: 0 };
  });
}
