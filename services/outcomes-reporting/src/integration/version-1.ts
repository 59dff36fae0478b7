/**
 * A handler of version 1 of an event type. A later version, which this build's contracts do
 * not know yet, arrives under the same type unvalidated: it is acknowledged and left alone
 * rather than read as version 1, and the rows read it once a handler for it is written.
 */
export function version1<E extends { version: number }>(handle: (event: E) => Promise<void>): (event: E) => Promise<void> {
  return async (event) => {
    if (event.version === 1) await handle(event);
  };
}
