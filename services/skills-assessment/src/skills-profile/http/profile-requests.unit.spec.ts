import type { RequestContext } from '@career/auth';
import { RequestValidationError } from '@career/platform';
import type { ClosedAfterDestruction } from '../personal-data/closed-after-destruction';
import { ProfileRequests } from './profile-requests';

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
    expect(requests.staff(context, undefined)).toMatchObject({ context, access: { organisation: 'KEHA-UUSIMAA' }, aroundAppend: closed.aroundAppend });
  });

  it('takes If-Match by the one platform rule: a strong or weak ETag is the revision, * or none is no condition', () => {
    expect(requests.staff(context, '"3"').expectedRevision).toBe(3);
    expect(requests.staff(context, 'W/"12"').expectedRevision).toBe(12);
    expect(requests.staff(context, '*').expectedRevision).toBeUndefined();
    expect(requests.staff(context, undefined).expectedRevision).toBeUndefined();
  });

  it('refuses anything else with a 400 naming If-Match, also the bare numbers it once accepted', () => {
    for (const bad of ['0', '-1', '"-1"', '"abc"', '"1", "2"']) {
      let thrown: unknown;
      try {
        requests.staff(context, bad);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(RequestValidationError);
      expect((thrown as RequestValidationError).errors.map((e) => e.field)).toEqual(['If-Match']);
    }
  });
});
