import type { RecordedEvent } from '@career/event-sourcing';
import { ERASED, isErased } from '@career/privacy';
import { dataKeyScopesDestroyedBy, PERSONAL_FIELDS_BY_KEY, type ClientEvent, type DataKeyScope } from '../domain/client.events';

/**
 * Every personal field encrypted under a key that the stream says was destroyed becomes
 * ERASED, whether or not the key is already gone from the key store. A crash between appending
 * PersonalDataDestroyed and deleting the key (repaired later by the destruction projection)
 * must not let a read in between show the data: the event is the decision, the key deletion
 * only its execution.
 */
export function eraseDestroyedFields(events: readonly RecordedEvent<ClientEvent>[]): RecordedEvent<ClientEvent>[] {
  const destroyed = new Set<DataKeyScope>(events.flatMap((event) => dataKeyScopesDestroyedBy(event as unknown as ClientEvent)));
  if (destroyed.size === 0) return [...events];
  return events.map((event) => {
    const paths = [...destroyed].flatMap((scope) => PERSONAL_FIELDS_BY_KEY[scope][event.type] ?? []);
    const data = { ...(event.data as Record<string, unknown>) };
    let changed = false;
    for (const path of paths) {
      if (path.includes('.')) throw new Error(`nested personal field paths are not supported here: ${path}`);
      const value = data[path];
      if (value === undefined || value === null || isErased(value)) continue;
      data[path] = { ...ERASED };
      changed = true;
    }
    return changed ? ({ ...event, data } as RecordedEvent<ClientEvent>) : event;
  });
}
