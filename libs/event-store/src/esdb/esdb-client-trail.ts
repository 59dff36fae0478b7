import type { ResolvedEvent } from '@eventstore/db-client';
import type { RecordedEvent } from '@career/event-sourcing';
import { toRecordedEvent } from './esdb-mapping';

/**
 * The audit trail on EventStoreDB: a continuous user projection links every event whose
 * metadata names a client to that client's own stream `$client-<clientId>` (as the system
 * projections link to `$ce-<category>` and `$bc-<correlationId>`), so reading a trail is one
 * stream read with links resolved, never a scan of $all.
 *
 * - `$`-prefixed like the system link streams: they hold links, not data, and no category
 *   subscription (`client-` prefix) or non-system filter (`^[^$]`) ever sees them. With ACLs
 *   on, the service's user must be allowed to read `$client-*` (system streams are $admins by
 *   default).
 * - The projection runs asynchronously: a trail read right after an append may not show that
 *   append yet (typically milliseconds). The contract test allows for it.
 * - It needs the projection subsystem (`--run-projections=All`); without it, construct the
 *   store with `clientTrail: 'scan'`, which filters $all on the client side (slow, but exact).
 */
export const CLIENT_TRAIL_PROJECTION = 'career-client-trail';

/** Prefix of the per-client link streams. */
export const CLIENT_TRAIL_STREAM_PREFIX = '$client-';

export function clientTrailStream(clientId: string): string {
  return `${CLIENT_TRAIL_STREAM_PREFIX}${clientId}`;
}

/**
 * The projection's source (ESDB's JavaScript projection API). Skips system streams (its own
 * links included, so it never feeds on itself) and events without a string clientId.
 */
export const CLIENT_TRAIL_PROJECTION_QUERY = `
fromAll().when({
  $any: function (state, event) {
    if (!event || typeof event.streamId !== 'string' || event.streamId.charAt(0) === '$') return state;
    if (typeof event.eventType !== 'string' || event.eventType.charAt(0) === '$') return state;
    var metadata = event.metadata;
    if ((!metadata || typeof metadata !== 'object') && typeof event.metadataRaw === 'string') {
      try { metadata = JSON.parse(event.metadataRaw); } catch (e) { metadata = null; }
    }
    var clientId = metadata && metadata.clientId;
    if (typeof clientId === 'string' && clientId.length > 0) linkTo('${CLIENT_TRAIL_STREAM_PREFIX}' + clientId, event);
    return state;
  }
});
`;

export interface TrailPage {
  /** Exclusive global position. */
  after?: number;
  maxCount?: number;
}

/**
 * Resolved links of a trail stream -> the linked events, oldest first. A link whose event is
 * gone (stream deleted/scavenged) has no `event` and is skipped; a link written twice (the
 * projection re-emitting after a restart) is kept once.
 */
export function eventsOfTrail(resolved: Iterable<ResolvedEvent>, page: TrailPage = {}): RecordedEvent[] {
  const after = page.after ?? -1;
  const max = page.maxCount ?? Number.MAX_SAFE_INTEGER;
  const seen = new Set<string>();
  const events: RecordedEvent[] = [];
  for (const entry of resolved) {
    if (events.length >= max) break;
    // Positions come from the linked event itself, not from the link record.
    const event = toRecordedEvent({ event: entry.event, commitPosition: entry.event?.position?.commit });
    if (!event || seen.has(event.metadata.eventId)) continue;
    seen.add(event.metadata.eventId);
    if (event.globalPosition !== -1 && event.globalPosition <= after) continue;
    events.push(event);
  }
  return events;
}
