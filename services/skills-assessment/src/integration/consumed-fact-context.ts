import type { CommandSideContext } from '@career/event-sourcing';
import { SERVICE_NAME } from '../skills-assessment.config';

/**
 * The audit facts of a command another service's event caused: this service acts (as `system`),
 * the event is both cause and correlation, so the audit trail leads back to it.
 */
export function consumedFactContext(eventId: string, organisation: string, now: Date): CommandSideContext {
  return { actor: { id: SERVICE_NAME, role: 'system' }, organisation, correlationId: eventId, causationId: eventId, now };
}
