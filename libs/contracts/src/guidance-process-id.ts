import { createHash } from 'node:crypto';

/**
 * Fixed namespace of guidance-process ids. Never change it: scheduling's streams
 * (`guidance-process-<id>`) and outcomes-reporting's (`outcome-<id>`) are named by the ids it gives.
 */
const GUIDANCE_PROCESS_ID_NAMESPACE = '6f1c2a4e-3b7d-5e90-8a21-4c6d9e0f1b35';

/**
 * Part of the public contract: the id of guidance process `processNumber` of a client.
 * client-intake's events (ClientRegistered, ClientReentered, ...) name a process by client id and
 * process number (1 at registration, 2 after the first re-entry...); scheduling's events name it by
 * this id. Any consumer can therefore derive the process id from a ClientRegistered/ClientReentered
 * event and join both. Deterministic, so a redelivered event lands on the same stream and opens
 * nothing twice.
 */
export function guidanceProcessIdOf(clientId: string, processNumber: number): string {
  if (!Number.isInteger(processNumber) || processNumber < 1) throw new RangeError('processNumber must be a positive integer');
  return nameBasedUuid(GUIDANCE_PROCESS_ID_NAMESPACE, `${clientId}:${processNumber}`);
}

/**
 * RFC 9562 version 5 (SHA-1, name-based) UUID: the same namespace and name always give the same id.
 */
export function nameBasedUuid(namespace: string, name: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (namespaceBytes.length !== 16) throw new Error('namespace must be a UUID');
  const bytes = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
