import type { RecordedEvent } from '@career/event-sourcing';
import type { ClientEvent, ClientRegistered } from '../client/domain/client.events';
import type { RegisterClient } from '../client/domain/client-commands';

/**
 * Test data for the client decider's specs (pure values, no test framework). Every identity
 * code here was checked by hand: DDMMYY and the individual number as one integer N, the
 * check character is '0123456789ABCDEFHJKLMNPRSTUVWXY'[N mod 31].
 */

export const CLIENT_ID = '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11';

/** 09:15 UTC = 11:15 in Helsinki, the same calendar day. */
export const NOW = new Date('2026-02-03T09:15:00.000Z');
export const TODAY = '2026-02-03';

/** 010180020 = 31 * 328387 + 23 -> R */
export const CODE = '010180-020R';
export const DATE_OF_BIRTH = '1980-01-01';

export const at = (iso: string): { now: Date } => ({ now: new Date(iso) });

export function registerCommand(overrides: Partial<RegisterClient['data']> = {}, now: Date = NOW): RegisterClient {
  return {
    type: 'RegisterClient',
    data: {
      clientId: CLIENT_ID,
      organisation: 'KEHA-UUSIMAA',
      projectCode: 'S20738',
      firstName: 'Maija',
      lastName: 'Meikäläinen',
      personalIdentityCode: CODE,
      dateOfBirth: DATE_OF_BIRTH,
      email: 'maija@example.fi',
      phone: '+358401234567',
      municipality: '091',
      preferredLanguage: 'fi',
      referralSource: 'employment-services',
      entry: { gender: 'woman', labourMarketStatus: 'unemployed', unemploymentMonths: 7, highestEducationIsced: 3 },
      ...overrides,
    },
    metadata: { now },
  };
}

/** The ClientRegistered that registerCommand() with no overrides produces. */
export function registeredEvent(overrides: Partial<ClientRegistered['data']> = {}): ClientRegistered {
  return {
    type: 'ClientRegistered',
    data: {
      clientId: CLIENT_ID,
      organisation: 'KEHA-UUSIMAA',
      projectCode: 'S20738',
      preferredLanguage: 'fi',
      referralSource: 'employment-services',
      municipality: '091',
      firstName: 'Maija',
      lastName: 'Meikäläinen',
      personalIdentityCode: CODE,
      identityCodeTemporary: false,
      dateOfBirth: DATE_OF_BIRTH,
      email: 'maija@example.fi',
      phone: '+358401234567',
      entry: {
        gender: 'woman',
        labourMarketStatus: 'unemployed',
        unemploymentMonths: 7,
        highestEducationIsced: 3,
        ageAtEntry: 46,
      },
      entryDataComplete: true,
      processNumber: 1,
      entryDate: TODAY,
      registeredAt: NOW.toISOString(),
      ...overrides,
    },
  };
}

export const withVoluntaryAnswers: ClientEvent[] = [
  registeredEvent({ voluntary: { disability: 'yes', foreignBackground: 'no', minority: 'not-told' } }),
  { type: 'ConsentRecorded', data: { scope: 'voluntary-questions' } },
];

export const exited = (exitDate = '2026-02-03'): ClientEvent => ({
  type: 'ClientExited',
  data: { processNumber: 1, exitDate, reason: 'employed' },
});

export const destroyedAll: ClientEvent = { type: 'PersonalDataDestroyed', data: { reason: 'other', scope: 'all' } };

/** Domain events as the store returns them: one client's stream, revisions 0..n-1, a day apart from 3 February. */
export function recordedStream(events: readonly ClientEvent[]): RecordedEvent<ClientEvent>[] {
  return events.map((event, revision) => ({
    ...event,
    streamId: `client-${CLIENT_ID}`,
    revision,
    globalPosition: revision + 1,
    metadata: {
      eventId: `e${revision}`,
      schemaVersion: 1,
      occurredAt: `2026-02-0${Math.min(revision + 3, 9)}T09:00:00.000Z`,
      correlationId: 'c',
      causationId: 'c',
      actor: { id: 'advisor-1', role: 'advisor' },
      organisation: 'KEHA-UUSIMAA',
      clientId: CLIENT_ID,
    },
  }));
}
