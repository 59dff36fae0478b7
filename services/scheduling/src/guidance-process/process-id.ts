import { nameBasedUuid } from '../shared/name-based-uuid';

/** Fixed namespace of guidance-process ids; never change it (existing streams are named by it). */
const PROCESS_ID_NAMESPACE = '6f1c2a4e-3b7d-5e90-8a21-4c6d9e0f1b35';

/**
 * One guidance process per client and process number (client-intake's count: 1 at
 * registration, 2 after the first re-entry...). Deterministic, so a redelivered
 * ClientRegistered/AdvisorAssigned, or an advisor opening the process explicitly as well,
 * lands on the same stream and opens nothing twice.
 */
export function processIdOf(clientId: string, processNumber: number): string {
  return nameBasedUuid(PROCESS_ID_NAMESPACE, `${clientId}:${processNumber}`);
}
