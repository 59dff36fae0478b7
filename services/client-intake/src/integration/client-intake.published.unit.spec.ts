import { validateIntegrationEvent } from '@career/contracts';
import type { RecordedEvent } from '@career/event-sourcing';
import { unproducedFields } from '@career/testing';
import { clientDecider, type ClientCommand } from '../client/domain/client.decider';
import type { ClientEvent } from '../client/domain/client.events';
import { CLIENT_ID, recordedStream, registerCommand } from '../test-support/client.test-fixtures';
import { toIntegrationEvents } from './client-intake.published';

/**
 * One client's life as the decider writes it (registration with an advisor and voluntary
 * answers, a change of advisor, exit, re-entry with a status, consent withdrawn, destruction),
 * recorded as the relay reads it: voluntary answers decoded, the rest of the payload as stored.
 */
function lifeOfOneClient(): RecordedEvent<ClientEvent>[] {
  const at = (iso: string) => ({ now: new Date(iso) });
  const commands: ClientCommand[] = [
    registerCommand({ advisorId: 'advisor-1', voluntary: { disability: 'no', foreignBackground: 'yes' }, voluntaryConsent: true }),
    { type: 'AssignAdvisor', data: { advisorId: 'advisor-2' }, metadata: at('2026-02-05T10:00:00Z') },
    { type: 'ExitClient', data: { exitDate: '2026-02-10', reason: 'employed', note: 'Sai paikan' }, metadata: at('2026-02-10T10:00:00Z') },
    {
      type: 'ReenterClient',
      data: { statusAtReentry: { labourMarketStatus: 'unemployed', unemploymentMonths: 2 } },
      metadata: at('2026-04-01T10:00:00Z'),
    },
    { type: 'WithdrawConsent', data: { scope: 'voluntary-questions' }, metadata: at('2026-04-02T10:00:00Z') },
    { type: 'DestroyPersonalData', data: { reason: 'other' }, metadata: at('2026-04-03T10:00:00Z') },
  ];
  const events: ClientEvent[] = [];
  let state = clientDecider.initialState();
  for (const command of commands) {
    for (const event of clientDecider.decide(command, state)) {
      events.push(event);
      state = clientDecider.evolve(state, event);
    }
  }
  return recordedStream(events);
}

describe('what client-intake publishes', () => {
  const published = lifeOfOneClient().flatMap(toIntegrationEvents);

  it('produces every field its contracts declare', () => {
    expect(unproducedFields('client-intake', published)).toEqual([]);
  });

  it('publishes only valid facts, keyed by the client', () => {
    for (const event of published) {
      expect(validateIntegrationEvent(event.type, event.version, event.data)).toMatchObject({ valid: true });
      expect(event.subject).toBe(CLIENT_ID);
    }
  });

  it("names the registration's advisor in ClientRegistered, and the assignment in AdvisorAssigned", () => {
    expect(published.map((event) => event.type)).toEqual([
      'ClientRegistered',
      'AdvisorAssigned',
      'AdvisorAssigned',
      'ClientExited',
      'ClientReentered',
      'PersonalDataDestroyed',
      'PersonalDataDestroyed',
    ]);
    expect(published[0].data).toMatchObject({ advisorId: 'advisor-1', processNumber: 1, municipalityCode: '091', regionCode: '01' });
    expect(published[1].data).toMatchObject({ advisorId: 'advisor-1' });
    expect(published[2].data).toMatchObject({ advisorId: 'advisor-2', previousAdvisorId: 'advisor-1' });
  });

  it('publishes the municipality at entry as its current code with its region; a stored name reads as its code, one naming nothing is left out', () => {
    const [registration] = lifeOfOneClient();
    const registrationStoring = (municipality: string) =>
      toIntegrationEvents({ ...registration, data: { ...registration.data, municipality } } as RecordedEvent)[0].data;
    expect(registrationStoring('Uleåborg')).toMatchObject({ municipalityCode: '564', regionCode: '17' });
    expect(registrationStoring('084')).toMatchObject({ municipalityCode: '564', regionCode: '17' });
    const unknown = registrationStoring('Kunta X');
    expect(unknown).not.toHaveProperty('municipalityCode');
    expect(unknown).not.toHaveProperty('regionCode');
    expect(validateIntegrationEvent('ClientRegistered', 1, unknown)).toMatchObject({ valid: true });
  });

  it('carries no name, identity code, date of birth, contact detail or note', () => {
    const text = JSON.stringify(published);
    for (const plaintext of ['Maija', 'Meikäläinen', '010180-020R', '1980-01-01', 'maija@example.fi', '358401234567', 'Sai paikan']) {
      expect(text).not.toContain(plaintext);
    }
  });
});
