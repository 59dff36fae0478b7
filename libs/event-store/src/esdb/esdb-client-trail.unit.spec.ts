import { runInNewContext } from 'node:vm';
import type { ResolvedEvent } from '@eventstore/db-client';
import { CLIENT_TRAIL_PROJECTION_QUERY, clientTrailStream, eventsOfTrail } from './esdb-client-trail';

/** Runs the projection source as ESDB would (fromAll().when(handlers)) and records its links. */
function runProjection(events: Array<Record<string, unknown>>): Array<{ stream: string; eventType: unknown }> {
  const links: Array<{ stream: string; eventType: unknown }> = [];
  let handlers: Record<string, (state: unknown, event: unknown) => unknown> = {};
  runInNewContext(CLIENT_TRAIL_PROJECTION_QUERY, {
    fromAll: () => ({
      when: (given: typeof handlers) => {
        handlers = given;
      },
    }),
    linkTo: (stream: string, event: { eventType: unknown }) => links.push({ stream, eventType: event.eventType }),
  });
  let state: unknown = {};
  for (const event of events) state = handlers.$any(state, event);
  return links;
}

describe('EventStoreDB client trail', () => {
  it('names the link stream after the client, as a system stream', () => {
    expect(clientTrailStream('8d1c')).toBe('$client-8d1c');
  });

  it('the projection links events whose metadata names a client, and nothing else', () => {
    const links = runProjection([
      { streamId: 'client-1', eventType: 'ClientRegistered', metadata: { clientId: 'c1' } },
      { streamId: 'guidanceProcess-9', eventType: 'MeetingHeld', metadata: { clientId: 'c1' } },
      // Metadata only as raw JSON (ESDB gives both for JSON metadata; older versions only raw).
      { streamId: 'document-3', eventType: 'DocumentGenerated', metadataRaw: JSON.stringify({ clientId: 'c2' }) },
      { streamId: 'client-1', eventType: 'NoClient', metadata: { organisation: 'X' } },
      { streamId: 'client-1', eventType: 'EmptyClient', metadata: { clientId: '' } },
      { streamId: 'client-1', eventType: 'BrokenMetadata', metadataRaw: '{not json' },
      // System streams (its own links among them) and system events are never linked.
      { streamId: '$client-c1', eventType: '$>', metadata: { clientId: 'c1' } },
      { streamId: 'client-1', eventType: '$metadata', metadata: { clientId: 'c1' } },
    ]);
    expect(links).toEqual([
      { stream: '$client-c1', eventType: 'ClientRegistered' },
      { stream: '$client-c1', eventType: 'MeetingHeld' },
      { stream: '$client-c2', eventType: 'DocumentGenerated' },
    ]);
  });

  const linked = (eventId: string, streamId: string, commit: bigint | undefined): ResolvedEvent => ({
    event: {
      streamId,
      id: eventId,
      isJson: true,
      revision: 0n,
      type: 'Something',
      created: new Date(0),
      data: { n: 1 },
      metadata: { eventId, clientId: 'c1' },
      ...(commit === undefined ? {} : { position: { commit, prepare: commit } }),
    },
    link: {
      streamId: '$client-c1',
      id: `link-${eventId}`,
      isJson: false,
      revision: 0n,
      type: '$>',
      created: new Date(0),
      data: new Uint8Array(),
      metadata: undefined,
    },
  } as unknown as ResolvedEvent);

  it('maps resolved links to the linked events: their own stream and position, duplicates and dead links dropped', () => {
    const trail = eventsOfTrail([
      linked('e1', 'client-1', 100n),
      linked('e2', 'guidanceProcess-9', 250n),
      { link: linked('gone', 'x-1', 1n).link } as ResolvedEvent, // the linked event was deleted
      linked('e2', 'guidanceProcess-9', 250n), // re-emitted link
      linked('e3', 'client-1', 400n),
    ]);
    expect(trail.map((e) => [e.metadata.eventId, e.streamId, e.globalPosition, e.type])).toEqual([
      ['e1', 'client-1', 100, 'Something'],
      ['e2', 'guidanceProcess-9', 250, 'Something'],
      ['e3', 'client-1', 400, 'Something'],
    ]);
  });

  it('pages by exclusive position and maxCount', () => {
    const all = [linked('e1', 'client-1', 100n), linked('e2', 'client-1', 250n), linked('e3', 'client-1', 400n)];
    expect(eventsOfTrail(all, { after: 100, maxCount: 1 }).map((e) => e.metadata.eventId)).toEqual(['e2']);
    expect(eventsOfTrail(all, { after: 400 })).toEqual([]);
    expect(eventsOfTrail(all, { maxCount: 0 })).toEqual([]);
  });
});
