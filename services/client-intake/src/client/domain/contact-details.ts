import type { ClientEvent, ContactDetailsUpdated } from './client.events';
import { refuse } from '../../client-intake.errors';
import type { UpdateContactDetails } from './client-commands';
import { requireLive } from './client-guards';
import type { ClientState } from './client-state';
import { municipalityCodeOf } from './municipality';
import { hasText } from './text';

/**
 * Contact details change while the client is active or exited (the six-month follow-up still
 * needs them). The event carries only what actually changes; a request that changes nothing
 * decides nothing, so a repeated PATCH is harmless. Optimistic concurrency (If-Match) is the
 * service's: the decider sees the state the caller saw.
 */
export function decideUpdateContactDetails({ data }: UpdateContactDetails, state: ClientState): ClientEvent[] {
  const client = requireLive(state);
  if (data.email === undefined && data.phone === undefined && data.address === undefined && data.municipality === undefined) {
    throw refuse('CLIENT.NOTHING_TO_UPDATE');
  }
  if (data.municipality !== undefined && !hasText(data.municipality)) {
    throw refuse('CLIENT.MUNICIPALITY_REQUIRED', {}, 'The municipality cannot be removed.');
  }
  const municipality = data.municipality === undefined ? undefined : municipalityCodeOf(data.municipality);
  const email = data.email === undefined ? client.contact.email : data.email;
  const phone = data.phone === undefined ? client.contact.phone : data.phone;
  if (!hasText(email) && !hasText(phone)) {
    throw refuse('CLIENT.CONTACT_REQUIRED', {}, 'An email address or a phone number must remain.');
  }

  const changed: ContactDetailsUpdated['data'] = {};
  if (data.email !== undefined && (data.email ?? undefined) !== client.contact.email) changed.email = data.email;
  if (data.phone !== undefined && (data.phone ?? undefined) !== client.contact.phone) changed.phone = data.phone;
  if (data.address !== undefined && !sameJson(data.address ?? undefined, client.contact.address)) changed.address = data.address;
  if (municipality !== undefined && municipality !== client.municipality) changed.municipality = municipality;
  return Object.keys(changed).length === 0 ? [] : [{ type: 'ContactDetailsUpdated', data: changed }];
}

/** Field-by-field equality of two small JSON objects, independent of key order. */
function sameJson(a: object | undefined, b: object | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every(
    (key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key],
  );
}
