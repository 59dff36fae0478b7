import type { RequestContext } from '@career/auth';
import { RequestValidationError } from '@career/platform';
import type { ClosedAfterDestruction } from '../personal-data/closed-after-destruction';
import { personMetadata, ProfileRequests } from './profile-requests';

const context = {
  user: { id: 'advisor-1', role: 'advisor', organisation: 'KEHA-UUSIMAA' },
  actor: { id: 'advisor-1', role: 'advisor' },
  organisation: 'KEHA-UUSIMAA',
  correlationId: 'c',
  causationId: 'c',
  now: new Date('2026-03-10T09:00:00.000Z'),
} as RequestContext;
const closed = { aroundAppend: async () => Promise.reject(new Error('not called here')) } as unknown as ClosedAfterDestruction;
const requests = new ProfileRequests(closed);

describe('a staff change to a profile', () => {
  it("sees only the caller's organisation and is closed once the client's data is destroyed", () => {
    expect(requests.change(context, undefined)).toMatchObject({ context, access: { organisation: 'KEHA-UUSIMAA' }, aroundAppend: closed.aroundAppend });
  });

  it('takes If-Match by the one platform rule: a strong or weak ETag is the revision, * or none is no condition', () => {
    expect(requests.change(context, '"3"').expectedRevision).toBe(3);
    expect(requests.change(context, 'W/"12"').expectedRevision).toBe(12);
    expect(requests.change(context, '*').expectedRevision).toBeUndefined();
    expect(requests.change(context, undefined).expectedRevision).toBeUndefined();
  });

  it('refuses anything else with a 400 naming If-Match, also the bare numbers it once accepted', () => {
    for (const bad of ['0', '-1', '"-1"', '"abc"', '"1", "2"']) {
      let thrown: unknown;
      try {
        requests.change(context, bad);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(RequestValidationError);
      expect((thrown as RequestValidationError).errors.map((e) => e.field)).toEqual(['If-Match']);
    }
  });
});

describe('who entered a change (recordedBy), from the actor', () => {
  const client = { ...context, user: { id: 'person-1', role: 'client', organisation: 'KEHA-UUSIMAA', clientId: 'c-1' } } as RequestContext;

  it('is always the client on the client’s own token, whatever a body might say', () => {
    expect(personMetadata(client)).toEqual({ now: context.now, recordedBy: 'client' });
    expect(personMetadata(client, 'advisor').recordedBy).toBe('client');
  });

  it('is the advisor on a staff token unless the body says the client entered it with them', () => {
    expect(personMetadata(context).recordedBy).toBe('advisor');
    expect(personMetadata(context, 'client').recordedBy).toBe('client');
  });

  it('gives the client access to their own profile only', () => {
    expect(requests.change(client, undefined).access).toEqual({ organisation: 'KEHA-UUSIMAA', clientId: 'c-1' });
  });
});
