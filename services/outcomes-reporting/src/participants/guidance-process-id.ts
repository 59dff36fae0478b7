import { createHash } from 'node:crypto';

/**
 * The guidance-process id scheduling gives process `processNumber` of a client: an RFC 9562
 * version 5 UUID of `<clientId>:<processNumber>` in scheduling's fixed namespace. Scheduling's
 * events name the process by this id and client-intake's by the client and number, so both
 * land on the same participant row, and the outcome stream is `outcome-<this id>`.
 *
 * It repeats services/scheduling/src/guidance-process/process-id.ts (a service may not import
 * another's code); the unit test pins known values so a drift shows. Its proper home is
 * libs/contracts, beside the events that carry it.
 */
const SCHEDULING_PROCESS_ID_NAMESPACE = '6f1c2a4e-3b7d-5e90-8a21-4c6d9e0f1b35';

export function guidanceProcessIdOf(clientId: string, processNumber: number): string {
  if (!Number.isInteger(processNumber) || processNumber < 1) throw new RangeError('processNumber must be a positive integer');
  const namespace = Buffer.from(SCHEDULING_PROCESS_ID_NAMESPACE.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(namespace).update(`${clientId}:${processNumber}`, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
