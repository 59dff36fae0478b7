import type { RecordedEvent } from '@career/event-sourcing';
import { rowUpdateFor } from './clients.projection';
import { fromStoredCiphertext } from './client-row.schema';

const stored = (type: string, data: unknown): RecordedEvent => ({
  type,
  data,
  streamId: 'client-1',
  revision: 0,
  globalPosition: 1,
  metadata: {
    eventId: 'e',
    schemaVersion: 1,
    occurredAt: '2026-03-01T10:00:00.000Z',
    correlationId: 'c',
    causationId: 'c',
    actor: { id: 'a', role: 'advisor' },
    organisation: 'ORG',
    clientId: '1',
  },
});

describe('clients read model rows', () => {
  const ciphertext = { $enc: 'aes-256-gcm/v1', iv: 'aXY=', ct: 'Y3Q=', tag: 'dGFn' };

  it('copies the name only as ciphertext, stored without $-prefixed keys, and nothing else personal', () => {
    const update = rowUpdateFor(
      stored('ClientRegistered', {
        organisation: 'ORG',
        projectCode: 'S20738',
        preferredLanguage: 'sv',
        municipality: 'Vaasa',
        processNumber: 1,
        entryDate: '2026-03-01',
        registeredAt: '2026-03-01T10:00:00.000Z',
        firstName: ciphertext,
        lastName: ciphertext,
        personalIdentityCode: ciphertext,
        email: ciphertext,
      }),
    );
    expect(update.$set).toMatchObject({ status: 'active', organisation: 'ORG', firstEntryDate: '2026-03-01' });
    const name = update.$set.encryptedName as { firstName: never; lastName: never };
    expect(JSON.stringify(update)).not.toContain('$enc');
    expect(fromStoredCiphertext(name.firstName)).toEqual(ciphertext);
    expect(Object.keys(update.$set)).not.toContain('personalIdentityCode');
    expect(Object.keys(update.$set)).not.toContain('email');
  });

  it('marks exits and destruction (dropping the ciphertexts)', () => {
    expect(rowUpdateFor(stored('ClientExited', { exitDate: '2026-04-01', reason: 'employed', processNumber: 1 })).$set).toEqual({
      status: 'exited',
      lastExitDate: '2026-04-01',
      lastExitReason: 'employed',
    });
    expect(rowUpdateFor(stored('PersonalDataDestroyed', { scope: 'all', reason: 'other' }))).toEqual({
      $set: { status: 'destroyed', destroyedAt: '2026-03-01T10:00:00.000Z' },
      $unset: { encryptedName: '' },
    });
    expect(rowUpdateFor(stored('PersonalDataDestroyed', { scope: 'voluntary', reason: 'consent-withdrawn' }))).toEqual({ $set: {} });
  });
});
