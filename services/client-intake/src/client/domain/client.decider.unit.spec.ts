import { DomainError, fold } from '@career/event-sourcing';
import { given } from '@career/testing';
import { clientDecider, entryCategories, type ClientCommand, type ClientState } from './client.decider';
import type { ClientEvent } from './client.events';
import {
  at,
  CLIENT_ID,
  CODE,
  destroyedAll,
  exited,
  NOW,
  registerCommand,
  registeredEvent,
  TODAY,
  withVoluntaryAnswers,
} from '../../test-support/client.test-fixtures';

const stateAfter = (events: ClientEvent[]): ClientState => fold(clientDecider, events);

/** The refusal itself, for checks beyond its code (kind, details, no personal value). */
function refusal(events: ClientEvent[], command: ClientCommand): DomainError {
  try {
    clientDecider.decide(command, stateAfter(events));
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const registered = registeredEvent();
const assignAdvisor = (advisorId: string, now = NOW): ClientCommand => ({ type: 'AssignAdvisor', data: { advisorId }, metadata: { now } });
const exitClient = (exitDate: string, now = NOW, note?: string): ClientCommand => ({
  type: 'ExitClient',
  data: { exitDate, reason: 'employed', ...(note !== undefined ? { note } : {}) },
  metadata: { now },
});
const reenter = (now: Date, data: Extract<ClientCommand, { type: 'ReenterClient' }>['data'] = {}): ClientCommand => ({
  type: 'ReenterClient',
  data,
  metadata: { now },
});
const destroyForRetention = (retentionYears: number, now: Date): ClientCommand => ({
  type: 'DestroyPersonalData',
  data: { reason: 'retention-ended', retentionYears },
  metadata: { now },
});
const view: ClientCommand = { type: 'RecordPersonalDataViewed', data: { fields: ['name', 'email'], purpose: 'guidance' }, metadata: { now: NOW } };

describe('client decider', () => {
  describe('RegisterClient', () => {
    it('records the whole intake with the age at entry, the completeness and process number 1', () => {
      given(clientDecider, []).when(registerCommand()).then([registered]);
    });

    it('records consent and the advisor as their own events, after the registration (which names the advisor too)', () => {
      given(clientDecider, [])
        .when(registerCommand({ voluntary: { disability: 'yes' }, voluntaryConsent: true, advisorId: 'advisor-1' }))
        .then([
          registeredEvent({ voluntary: { disability: 'yes' }, advisorId: 'advisor-1' }),
          { type: 'ConsentRecorded', data: { scope: 'voluntary-questions' } },
          { type: 'AdvisorAssigned', data: { advisorId: 'advisor-1' } },
        ]);
    });

    it('refuses a second registration of the same stream', () => {
      given(clientDecider, [registered]).when(registerCommand()).thenThrows('CLIENT.ALREADY_REGISTERED');
      given(clientDecider, [registered, exited()]).when(registerCommand()).thenThrows('CLIENT.ALREADY_REGISTERED');
    });

    it('refuses registering a stream whose data was destroyed', () => {
      given(clientDecider, [registered, destroyedAll]).when(registerCommand()).thenThrows('CLIENT.DATA_DESTROYED');
    });

    it.each([
      ['format', '010180-020r'],
      ['format', ' 010180-020R'],
      ['century-sign', '010180G020R'],
      ['date', '290201E321X'],
      ['individual-number', '010110V0001'],
      ['check-character', '010180-020S'],
    ])('refuses an invalid identity code (%s) with the reason and never the value', (reason, code) => {
      const error = refusal([], registerCommand({ personalIdentityCode: code }));
      expect(error.code).toBe('CLIENT.INVALID_IDENTITY_CODE');
      expect(error.kind).toBe('invalid');
      expect(error.details).toEqual({ reason });
      expect(`${error.message} ${JSON.stringify(error.details)}`).not.toContain(code.trim());
    });

    describe('date of birth against the identity code, for every century sign', () => {
      // 150305123 = 31 * 4848552 + 11 -> B: the check character does not depend on the sign.
      const centuryOf: Record<string, string> = { '+': '1805', '-': '1905', Y: '1905', X: '1905', W: '1905', V: '1905', U: '1905' };
      for (const sign of ['A', 'B', 'C', 'D', 'E', 'F']) centuryOf[sign] = '2005';

      it.each(Object.entries(centuryOf))("accepts '%s' with the date of birth in %s", (sign, year) => {
        const events = clientDecider.decide(
          registerCommand({ personalIdentityCode: `150305${sign}123B`, dateOfBirth: `${year}-03-15` }),
          stateAfter([]),
        );
        expect(events[0]).toMatchObject({ data: { personalIdentityCode: `150305${sign}123B`, dateOfBirth: `${year}-03-15` } });
      });

      it.each(Object.entries(centuryOf))("refuses '%s' with a date of birth in another century", (sign, year) => {
        for (const other of ['1805', '1905', '2005'].filter((candidate) => candidate !== year)) {
          given(clientDecider, [])
            .when(registerCommand({ personalIdentityCode: `150305${sign}123B`, dateOfBirth: `${other}-03-15` }))
            .thenThrows('CLIENT.DATE_OF_BIRTH_MISMATCH');
        }
      });

      it('refuses a different day or month in the right century', () => {
        given(clientDecider, []).when(registerCommand({ dateOfBirth: '1980-01-02' })).thenThrows('CLIENT.DATE_OF_BIRTH_MISMATCH');
        given(clientDecider, []).when(registerCommand({ dateOfBirth: '1980-02-01' })).thenThrows('CLIENT.DATE_OF_BIRTH_MISMATCH');
      });

      it('does not echo the code or the date in the mismatch refusal', () => {
        const error = refusal([], registerCommand({ dateOfBirth: '1981-01-01' }));
        expect(error.kind).toBe('invalid');
        expect(`${error.message} ${JSON.stringify(error.details)}`).not.toMatch(/010180|1981|1980/);
      });
    });

    it.each(['1980-1-1', '1980-02-30', '01.01.1980', '1980-01-01T00:00:00Z'])('refuses a malformed date of birth %s', (dateOfBirth) => {
      given(clientDecider, []).when(registerCommand({ dateOfBirth })).thenThrows('CLIENT.INVALID_DATE_OF_BIRTH');
    });

    it('refuses a date of birth after the registration date', () => {
      // 010130123 = 31 * 326778 + 5 -> 5: born 2030-01-01 by the code.
      given(clientDecider, [])
        .when(registerCommand({ personalIdentityCode: '010130A1235', dateOfBirth: '2030-01-01' }))
        .thenThrows('CLIENT.DATE_OF_BIRTH_IN_FUTURE');
    });

    it.each([
      ['150305-901E', '1905-03-15'], // 150305901 = 31 * 4848577 + 14 -> E
      ['010181-900C', '1981-01-01'], // first temporary number
      ['281199U999P', '1999-11-28'], // last temporary number
    ])('flags the temporary code %s', (personalIdentityCode, dateOfBirth) => {
      const [event] = clientDecider.decide(registerCommand({ personalIdentityCode, dateOfBirth }), stateAfter([]));
      expect(event).toMatchObject({ type: 'ClientRegistered', data: { identityCodeTemporary: true } });
    });

    it('does not flag an ordinary code (899 is the last one)', () => {
      const [event] = clientDecider.decide(registerCommand({ personalIdentityCode: '311222D899B', dateOfBirth: '2022-12-31' }), stateAfter([]));
      expect(event).toMatchObject({ data: { identityCodeTemporary: false } });
    });

    it('stores the code exactly as given: codes differing only by the sign stay different', () => {
      const dash = clientDecider.decide(registerCommand({ personalIdentityCode: '131052-308T', dateOfBirth: '1952-10-13' }), stateAfter([]));
      const y = clientDecider.decide(registerCommand({ personalIdentityCode: '131052Y308T', dateOfBirth: '1952-10-13' }), stateAfter([]));
      expect(dash[0]).toMatchObject({ data: { personalIdentityCode: '131052-308T' } });
      expect(y[0]).toMatchObject({ data: { personalIdentityCode: '131052Y308T' } });
    });

    describe('contact and municipality', () => {
      it('needs an email or a phone', () => {
        given(clientDecider, []).when(registerCommand({ email: undefined, phone: undefined })).thenThrows('CLIENT.CONTACT_REQUIRED');
        given(clientDecider, []).when(registerCommand({ email: '  ', phone: undefined })).thenThrows('CLIENT.CONTACT_REQUIRED');
      });

      it('takes either one alone, and an address', () => {
        const { email: _email, ...phoneOnly } = registered.data;
        given(clientDecider, []).when(registerCommand({ email: undefined })).then([{ type: 'ClientRegistered', data: phoneOnly }]);
        const { phone: _phone, ...emailOnly } = registered.data;
        given(clientDecider, []).when(registerCommand({ phone: undefined })).then([{ type: 'ClientRegistered', data: emailOnly }]);
        const address = { street: 'Esimerkkikatu 1 A 2', postalCode: '00100', postOffice: 'Helsinki' };
        given(clientDecider, []).when(registerCommand({ address })).then([registeredEvent({ address })]);
      });

      it('needs the municipality', () => {
        given(clientDecider, []).when(registerCommand({ municipality: ' ' })).thenThrows('CLIENT.MUNICIPALITY_REQUIRED');
      });

      it("stores the municipality as its code in the classification, whether given as a code, a former code or a Finnish or Swedish name", () => {
        for (const municipality of ['564', 'Oulu', 'Uleåborg', ' OULU ', '084']) {
          given(clientDecider, []).when(registerCommand({ municipality })).then([registeredEvent({ municipality: '564' })]);
        }
        given(clientDecider, []).when(registerCommand({ municipality: 'Helsingfors' })).then([registeredEvent({ municipality: '091' })]);
      });

      it('refuses a municipality the classification does not know, naming the field and not the value', () => {
        for (const municipality of ['91', 'Hki', 'Haukipudas', 'Kunta X']) {
          given(clientDecider, []).when(registerCommand({ municipality })).thenThrows('CLIENT.UNKNOWN_MUNICIPALITY');
        }
        expect(() => clientDecider.decide(registerCommand({ municipality: 'Kunta X' }), clientDecider.initialState())).toThrow(
          expect.objectContaining({ details: { field: 'municipality' } }),
        );
      });

      it('reads a municipality stored as a name before it was validated as its code (the log is never rewritten)', () => {
        given(clientDecider, [registeredEvent({ municipality: 'Vaasa' })])
          .when({ type: 'UpdateContactDetails', data: { municipality: '905' }, metadata: { now: NOW } })
          .then([]);
        given(clientDecider, [registeredEvent({ municipality: 'Kunta X' })])
          .when({ type: 'UpdateContactDetails', data: { municipality: 'Vasa' }, metadata: { now: NOW } })
          .then([{ type: 'ContactDetailsUpdated', data: { municipality: '905' } }]);
      });
    });

    describe('entry data', () => {
      it('needs the unemployment duration for the unemployed statuses', () => {
        for (const labourMarketStatus of ['unemployed', 'long-term-unemployed'] as const) {
          given(clientDecider, [])
            .when(registerCommand({ entry: { gender: 'man', labourMarketStatus, highestEducationIsced: 3 } }))
            .thenThrows('CLIENT.UNEMPLOYMENT_MONTHS_REQUIRED');
        }
      });

      it('refuses a duration for the other statuses', () => {
        for (const labourMarketStatus of ['employed', 'self-employed', 'inactive', 'in-education'] as const) {
          given(clientDecider, [])
            .when(registerCommand({ entry: { gender: 'man', labourMarketStatus, unemploymentMonths: 3 } }))
            .thenThrows('CLIENT.UNEMPLOYMENT_MONTHS_NOT_APPLICABLE');
        }
        given(clientDecider, [])
          .when(registerCommand({ entry: { gender: 'man', unemploymentMonths: 3 } }))
          .thenThrows('CLIENT.UNEMPLOYMENT_MONTHS_NOT_APPLICABLE');
      });

      it.each([-1, 2.5, Number.NaN])('refuses %s months', (unemploymentMonths) => {
        given(clientDecider, [])
          .when(registerCommand({ entry: { gender: 'man', labourMarketStatus: 'unemployed', unemploymentMonths } }))
          .thenThrows('CLIENT.INVALID_UNEMPLOYMENT_MONTHS');
      });

      it('takes a long-term unemployed client with months, and zero months', () => {
        const entry = { gender: 'man' as const, labourMarketStatus: 'long-term-unemployed' as const, unemploymentMonths: 14, highestEducationIsced: 2 as const };
        given(clientDecider, [])
          .when(registerCommand({ entry }))
          .then([registeredEvent({ entry: { ...entry, ageAtEntry: 46 } })]);
        const justUnemployed = { gender: 'man' as const, labourMarketStatus: 'unemployed' as const, unemploymentMonths: 0, highestEducationIsced: 2 as const };
        given(clientDecider, [])
          .when(registerCommand({ entry: justUnemployed }))
          .then([registeredEvent({ entry: { ...justUnemployed, ageAtEntry: 46 } })]);
      });

      it.each([-1, 9, 3.5])('refuses ISCED level %s', (level) => {
        given(clientDecider, [])
          .when(registerCommand({ entry: { gender: 'woman', highestEducationIsced: level as 0 } }))
          .thenThrows('CLIENT.INVALID_ISCED_LEVEL');
      });

      it.each([
        ['complete with non-binary gender', { gender: 'non-binary', labourMarketStatus: 'employed', highestEducationIsced: 0 }, true],
        ['incomplete when gender is not told', { gender: 'not-told', labourMarketStatus: 'employed', highestEducationIsced: 6 }, false],
        ['incomplete without labour-market status', { gender: 'woman', highestEducationIsced: 6 }, false],
        ['incomplete without education', { gender: 'woman', labourMarketStatus: 'inactive' }, false],
      ] as const)('is %s', (_why, entry, complete) => {
        given(clientDecider, [])
          .when(registerCommand({ entry }))
          .then([registeredEvent({ entry: { ...entry, ageAtEntry: 46 }, entryDataComplete: complete })]);
      });
    });

    describe('age at entry (Finnish calendar date of registration)', () => {
      const ageWhenRegistered = (now: string, personalIdentityCode = CODE, dateOfBirth = '1980-01-01'): unknown => {
        const [event] = clientDecider.decide(registerCommand({ personalIdentityCode, dateOfBirth }, new Date(now)), stateAfter([]));
        return (event as { data: { entry: { ageAtEntry: number }; entryDate: string } }).data;
      };

      it('counts the birthday itself as completed, the day before not', () => {
        expect(ageWhenRegistered('2025-12-31T10:00:00Z')).toMatchObject({ entry: { ageAtEntry: 45 }, entryDate: '2025-12-31' });
        expect(ageWhenRegistered('2026-01-01T10:00:00Z')).toMatchObject({ entry: { ageAtEntry: 46 }, entryDate: '2026-01-01' });
      });

      it('uses the date in Helsinki, not in UTC', () => {
        // 22:30 UTC on 31 December is 00:30 on 1 January in Helsinki: already the birthday.
        expect(ageWhenRegistered('2025-12-31T22:30:00Z')).toMatchObject({ entry: { ageAtEntry: 46 }, entryDate: '2026-01-01' });
      });

      it('makes someone born on 29 February a year older on 1 March in common years', () => {
        // 290200101 = 31 * 9361293 + 18 -> K
        expect(ageWhenRegistered('2026-02-28T10:00:00Z', '290200A101K', '2000-02-29')).toMatchObject({ entry: { ageAtEntry: 25 } });
        expect(ageWhenRegistered('2026-03-01T10:00:00Z', '290200A101K', '2000-02-29')).toMatchObject({ entry: { ageAtEntry: 26 } });
        expect(ageWhenRegistered('2028-02-29T10:00:00Z', '290200A101K', '2000-02-29')).toMatchObject({ entry: { ageAtEntry: 28 } });
      });

      it('registers a newborn (the registration day is the birthday) as age 0', () => {
        // 030226123 = 31 * 975036 + 7 -> 7
        expect(ageWhenRegistered('2026-02-03T10:00:00Z', '030226A1237', '2026-02-03')).toMatchObject({ entry: { ageAtEntry: 0 } });
      });
    });

    describe('voluntary questions', () => {
      it('needs consent for a yes or a no', () => {
        given(clientDecider, []).when(registerCommand({ voluntary: { homelessness: 'no' } })).thenThrows('CLIENT.CONSENT_REQUIRED');
        given(clientDecider, [])
          .when(registerCommand({ voluntary: { minority: 'yes' }, voluntaryConsent: false }))
          .thenThrows('CLIENT.CONSENT_REQUIRED');
      });

      it("keeps 'does not want to answer' without consent: it reveals nothing", () => {
        const voluntary = { disability: 'not-told', thirdCountryNational: 'not-told' } as const;
        given(clientDecider, []).when(registerCommand({ voluntary })).then([registeredEvent({ voluntary })]);
      });

      it('leaves the field out when nothing was asked', () => {
        given(clientDecider, []).when(registerCommand({ voluntary: {} })).then([registered]);
      });

      it('records consent without answers too', () => {
        given(clientDecider, [])
          .when(registerCommand({ voluntaryConsent: true }))
          .then([registered, { type: 'ConsentRecorded', data: { scope: 'voluntary-questions' } }]);
      });
    });
  });

  describe('ReenterClient', () => {
    const later = new Date('2026-05-04T08:00:00Z');

    it('starts process 2 after an exit, linking the previous exit', () => {
      given(clientDecider, [registered, exited('2026-03-31')])
        .when(reenter(later))
        .then([{ type: 'ClientReentered', data: { processNumber: 2, entryDate: '2026-05-04', previousExitDate: '2026-03-31' } }]);
    });

    it('records the status now beside, not instead of, the first entry data', () => {
      const statusAtReentry = { labourMarketStatus: 'employed' as const };
      given(clientDecider, [registered, exited('2026-03-31')])
        .when(reenter(later, { statusAtReentry }))
        .then([{ type: 'ClientReentered', data: { processNumber: 2, entryDate: '2026-05-04', previousExitDate: '2026-03-31', statusAtReentry } }]);

      const state = stateAfter([
        registered,
        exited('2026-03-31'),
        { type: 'ClientReentered', data: { processNumber: 2, entryDate: '2026-05-04', previousExitDate: '2026-03-31', statusAtReentry } },
      ]);
      expect(state).toMatchObject({
        status: 'Active',
        process: { number: 2, entryDate: '2026-05-04', statusAtReentry },
        firstEntry: { entryDate: TODAY, facts: registered.data.entry, complete: true },
      });
      expect(entryCategories(state)).toEqual(entryCategories(stateAfter([registered])));
      expect(entryCategories(state)).toMatchObject({ labourMarketStatus: 'unemployed', unemploymentMonths: 7, entryDate: TODAY });
    });

    it('counts processes on: the third entry links the second exit', () => {
      given(clientDecider, [
        registered,
        exited('2026-03-31'),
        { type: 'ClientReentered', data: { processNumber: 2, entryDate: '2026-05-04', previousExitDate: '2026-03-31' } },
        { type: 'ClientExited', data: { processNumber: 2, exitDate: '2026-06-30', reason: 'no-contact' } },
      ])
        .when(reenter(new Date('2026-09-01T08:00:00Z')))
        .then([{ type: 'ClientReentered', data: { processNumber: 3, entryDate: '2026-09-01', previousExitDate: '2026-06-30' } }]);
    });

    it('assigns a new advisor as its own event, and says nothing when the advisor stays', () => {
      const history: ClientEvent[] = [registered, { type: 'AdvisorAssigned', data: { advisorId: 'a-1' } }, exited('2026-03-31')];
      const reentered: ClientEvent = { type: 'ClientReentered', data: { processNumber: 2, entryDate: '2026-05-04', previousExitDate: '2026-03-31' } };
      given(clientDecider, history)
        .when(reenter(later, { advisorId: 'a-2' }))
        .then([reentered, { type: 'AdvisorAssigned', data: { advisorId: 'a-2', previousAdvisorId: 'a-1' } }]);
      given(clientDecider, history).when(reenter(later, { advisorId: 'a-1' })).then([reentered]);
    });

    it('checks the status at re-entry like the entry data', () => {
      given(clientDecider, [registered, exited('2026-03-31')])
        .when(reenter(later, { statusAtReentry: { labourMarketStatus: 'unemployed' } }))
        .thenThrows('CLIENT.UNEMPLOYMENT_MONTHS_REQUIRED');
    });

    it('refuses an active client, an unknown one and a destroyed one', () => {
      given(clientDecider, [registered]).when(reenter(later)).thenThrows('CLIENT.STILL_ACTIVE');
      given(clientDecider, []).when(reenter(later)).thenThrows('CLIENT.NOT_FOUND');
      given(clientDecider, [registered, exited(), destroyedAll]).when(reenter(later)).thenThrows('CLIENT.DATA_DESTROYED');
    });
  });

  describe('AssignAdvisor', () => {
    it('assigns the first advisor', () => {
      given(clientDecider, [registered]).when(assignAdvisor('a-1')).then([{ type: 'AdvisorAssigned', data: { advisorId: 'a-1' } }]);
    });

    it('changes the advisor, naming the previous one', () => {
      given(clientDecider, [registered, { type: 'AdvisorAssigned', data: { advisorId: 'a-1' } }])
        .when(assignAdvisor('a-2'))
        .then([{ type: 'AdvisorAssigned', data: { advisorId: 'a-2', previousAdvisorId: 'a-1' } }]);
    });

    it('refuses the advisor already assigned', () => {
      given(clientDecider, [registered, { type: 'AdvisorAssigned', data: { advisorId: 'a-1' } }])
        .when(assignAdvisor('a-1'))
        .thenThrows('CLIENT.ADVISOR_UNCHANGED');
    });

    it('refuses an exited, an unknown and a destroyed client', () => {
      given(clientDecider, [registered, exited()]).when(assignAdvisor('a-1')).thenThrows('CLIENT.NOT_ACTIVE');
      given(clientDecider, []).when(assignAdvisor('a-1')).thenThrows('CLIENT.NOT_FOUND');
      given(clientDecider, [registered, destroyedAll]).when(assignAdvisor('a-1')).thenThrows('CLIENT.DATA_DESTROYED');
    });
  });

  describe('UpdateContactDetails', () => {
    const update = (data: Extract<ClientCommand, { type: 'UpdateContactDetails' }>['data']): ClientCommand => ({
      type: 'UpdateContactDetails',
      data,
      metadata: { now: NOW },
    });
    const address = { street: 'Esimerkkikatu 1 A 2', postalCode: '00100', postOffice: 'Helsinki' };

    it('records only what changes', () => {
      given(clientDecider, [registered])
        .when(update({ email: 'new@example.fi', phone: '+358401234567', municipality: '091' }))
        .then([{ type: 'ContactDetailsUpdated', data: { email: 'new@example.fi' } }]);
      given(clientDecider, [registered])
        .when(update({ municipality: '049', address }))
        .then([{ type: 'ContactDetailsUpdated', data: { municipality: '049', address } }]);
    });

    it('decides nothing when nothing changes (a repeated PATCH is harmless)', () => {
      given(clientDecider, [registered]).when(update({ email: 'maija@example.fi' })).then([]);
      const reordered = { postOffice: 'Helsinki', postalCode: '00100', street: 'Esimerkkikatu 1 A 2' };
      given(clientDecider, [registered, { type: 'ContactDetailsUpdated', data: { address } }]).when(update({ address: reordered })).then([]);
    });

    it('clears a field with null while the other contact remains', () => {
      given(clientDecider, [registered]).when(update({ phone: null })).then([{ type: 'ContactDetailsUpdated', data: { phone: null } }]);
    });

    it('keeps at least one of email and phone, counting earlier changes', () => {
      given(clientDecider, [registered]).when(update({ phone: null, email: null })).thenThrows('CLIENT.CONTACT_REQUIRED');
      given(clientDecider, [registered]).when(update({ phone: null, email: ' ' })).thenThrows('CLIENT.CONTACT_REQUIRED');
      given(clientDecider, [registered, { type: 'ContactDetailsUpdated', data: { phone: null } }])
        .when(update({ email: null }))
        .thenThrows('CLIENT.CONTACT_REQUIRED');
    });

    it('refuses an empty request and an empty municipality', () => {
      given(clientDecider, [registered]).when(update({})).thenThrows('CLIENT.NOTHING_TO_UPDATE');
      given(clientDecider, [registered]).when(update({ municipality: '' })).thenThrows('CLIENT.MUNICIPALITY_REQUIRED');
      given(clientDecider, [registered]).when(update({ municipality: 'Atlantis' })).thenThrows('CLIENT.UNKNOWN_MUNICIPALITY');
    });

    it('stores a new municipality as its code, and a name of the current one changes nothing', () => {
      given(clientDecider, [registered]).when(update({ municipality: 'Helsingfors' })).then([]);
      given(clientDecider, [registered]).when(update({ municipality: 'Esbo' })).then([{ type: 'ContactDetailsUpdated', data: { municipality: '049' } }]);
    });

    it('works after exit (the six-month follow-up needs them) but not after destruction', () => {
      given(clientDecider, [registered, exited()])
        .when(update({ email: 'new@example.fi' }))
        .then([{ type: 'ContactDetailsUpdated', data: { email: 'new@example.fi' } }]);
      given(clientDecider, [registered, destroyedAll]).when(update({ email: 'x@example.fi' })).thenThrows('CLIENT.DATA_DESTROYED');
      given(clientDecider, []).when(update({ email: 'x@example.fi' })).thenThrows('CLIENT.NOT_FOUND');
    });
  });

  describe('consent to the voluntary questions', () => {
    const record: ClientCommand = { type: 'RecordConsent', data: { scope: 'voluntary-questions' }, metadata: { now: NOW } };
    const withdraw: ClientCommand = { type: 'WithdrawConsent', data: { scope: 'voluntary-questions' }, metadata: { now: NOW } };
    const consentWithdrawn: ClientEvent = { type: 'ConsentWithdrawn', data: { scope: 'voluntary-questions' } };
    const voluntaryDestroyed: ClientEvent = { type: 'PersonalDataDestroyed', data: { reason: 'consent-withdrawn', scope: 'voluntary' } };

    it('records consent once', () => {
      given(clientDecider, [registered]).when(record).then([{ type: 'ConsentRecorded', data: { scope: 'voluntary-questions' } }]);
      given(clientDecider, withVoluntaryAnswers).when(record).thenThrows('CLIENT.CONSENT_ALREADY_GIVEN');
    });

    it('destroys the voluntary answers when consent is withdrawn', () => {
      given(clientDecider, withVoluntaryAnswers).when(withdraw).then([consentWithdrawn, voluntaryDestroyed]);
    });

    it('withdraws a consent that covered no answers without destroying anything', () => {
      given(clientDecider, [registered, { type: 'ConsentRecorded', data: { scope: 'voluntary-questions' } }])
        .when(withdraw)
        .then([consentWithdrawn]);
    });

    it('refuses withdrawing a consent never given or already withdrawn', () => {
      given(clientDecider, [registered]).when(withdraw).thenThrows('CLIENT.CONSENT_NOT_GIVEN');
      given(clientDecider, [...withVoluntaryAnswers, consentWithdrawn, voluntaryDestroyed]).when(withdraw).thenThrows('CLIENT.CONSENT_NOT_GIVEN');
    });

    it('after withdrawal: answers gone, categories not told, the client otherwise untouched', () => {
      const history = [...withVoluntaryAnswers, consentWithdrawn, voluntaryDestroyed];
      const state = stateAfter(history);
      expect(state).toMatchObject({ status: 'Active', consent: 'withdrawn', voluntaryData: 'destroyed', contact: { email: 'maija@example.fi' } });
      expect(state).not.toHaveProperty('voluntaryAnswers');
      expect(entryCategories(state)?.voluntary).toEqual({
        disability: 'not-told',
        foreignBackground: 'not-told',
        thirdCountryNational: 'not-told',
        minority: 'not-told',
        homelessness: 'not-told',
      });
      given(clientDecider, history).when(assignAdvisor('a-1')).then([{ type: 'AdvisorAssigned', data: { advisorId: 'a-1' } }]);
      given(clientDecider, history).when(record).then([{ type: 'ConsentRecorded', data: { scope: 'voluntary-questions' } }]);
    });

    it('allows withdrawal after exit, refuses both after destruction', () => {
      given(clientDecider, [...withVoluntaryAnswers, exited()]).when(withdraw).then([consentWithdrawn, voluntaryDestroyed]);
      given(clientDecider, [...withVoluntaryAnswers, destroyedAll]).when(withdraw).thenThrows('CLIENT.DATA_DESTROYED');
      given(clientDecider, [registered, destroyedAll]).when(record).thenThrows('CLIENT.DATA_DESTROYED');
      given(clientDecider, []).when(record).thenThrows('CLIENT.NOT_FOUND');
    });
  });

  describe('ExitClient', () => {
    it('ends the current process with the date, reason and note', () => {
      given(clientDecider, [registered])
        .when(exitClient(TODAY, NOW, 'Starts at the warehouse on Monday.'))
        .then([{ type: 'ClientExited', data: { processNumber: 1, exitDate: TODAY, reason: 'employed', note: 'Starts at the warehouse on Monday.' } }]);
    });

    it('numbers the exit with the current process', () => {
      const later = new Date('2026-06-01T08:00:00Z');
      given(clientDecider, [
        registered,
        exited('2026-03-31'),
        { type: 'ClientReentered', data: { processNumber: 2, entryDate: '2026-05-04', previousExitDate: '2026-03-31' } },
      ])
        .when(exitClient('2026-05-29', later))
        .then([{ type: 'ClientExited', data: { processNumber: 2, exitDate: '2026-05-29', reason: 'employed' } }]);
    });

    it('takes an exit date between the process entry and today (in Helsinki)', () => {
      // 22:30 UTC on 3 February is already 4 February in Helsinki.
      given(clientDecider, [registered])
        .when(exitClient('2026-02-04', new Date('2026-02-03T22:30:00Z')))
        .then([{ type: 'ClientExited', data: { processNumber: 1, exitDate: '2026-02-04', reason: 'employed' } }]);
      given(clientDecider, [registered]).when(exitClient('2026-02-04', NOW)).thenThrows('CLIENT.EXIT_DATE_IN_FUTURE');
      given(clientDecider, [registered]).when(exitClient('2026-02-02', NOW)).thenThrows('CLIENT.EXIT_BEFORE_ENTRY');
    });

    it.each(['2026-2-3', '2026-02-30', 'today'])('refuses the malformed exit date %s', (exitDate) => {
      given(clientDecider, [registered]).when(exitClient(exitDate)).thenThrows('CLIENT.INVALID_EXIT_DATE');
    });

    it('refuses a client not in a process', () => {
      given(clientDecider, [registered, exited()]).when(exitClient(TODAY)).thenThrows('CLIENT.NOT_ACTIVE');
      given(clientDecider, []).when(exitClient(TODAY)).thenThrows('CLIENT.NOT_FOUND');
      given(clientDecider, [registered, destroyedAll]).when(exitClient(TODAY)).thenThrows('CLIENT.DATA_DESTROYED');
    });
  });

  describe('DestroyPersonalData', () => {
    const destroyed = (reason: 'retention-ended' | 'other'): ClientEvent => ({ type: 'PersonalDataDestroyed', data: { reason, scope: 'all' } });

    describe('retention ended', () => {
      const exitedOn = (exitDate: string): ClientEvent[] => [registered, exited(exitDate)];

      it('refuses while the client is in a process', () => {
        given(clientDecider, [registered]).when(destroyForRetention(5, new Date('2040-01-01T12:00:00Z'))).thenThrows('CLIENT.STILL_ACTIVE');
      });

      it('keeps the data through the anniversary day and destroys it the day after', () => {
        const error = refusal(exitedOn('2026-03-15'), destroyForRetention(5, new Date('2031-03-15T12:00:00Z')));
        expect(error.code).toBe('CLIENT.RETENTION_NOT_ENDED');
        expect(error.details).toEqual({ retentionEndsOn: '2031-03-15' });
        given(clientDecider, exitedOn('2026-03-15')).when(destroyForRetention(5, new Date('2031-03-16T12:00:00Z'))).then([destroyed('retention-ended')]);
      });

      it('counts from an exit on 29 February to 28 February of a common year', () => {
        const history = exitedOn('2028-02-29');
        const error = refusal(history, destroyForRetention(1, new Date('2029-02-28T12:00:00Z')));
        expect(error.details).toEqual({ retentionEndsOn: '2029-02-28' });
        given(clientDecider, history).when(destroyForRetention(1, new Date('2029-03-01T12:00:00Z'))).then([destroyed('retention-ended')]);
      });

      it('counts from an exit on 29 February to 29 February when the end year is a leap year', () => {
        const history = exitedOn('2028-02-29');
        given(clientDecider, history).when(destroyForRetention(4, new Date('2032-02-29T12:00:00Z'))).thenThrows('CLIENT.RETENTION_NOT_ENDED');
        given(clientDecider, history).when(destroyForRetention(4, new Date('2032-03-01T12:00:00Z'))).then([destroyed('retention-ended')]);
      });

      it('keeps whole calendar years across a leap day (not 365-day years)', () => {
        // 2027-03-01 + 1 year spans 29 Feb 2028: 366 days, still ends on 2028-03-01.
        const history = exitedOn('2027-03-01');
        given(clientDecider, history).when(destroyForRetention(1, new Date('2028-03-01T12:00:00Z'))).thenThrows('CLIENT.RETENTION_NOT_ENDED');
        given(clientDecider, history).when(destroyForRetention(1, new Date('2028-03-02T12:00:00Z'))).then([destroyed('retention-ended')]);
      });

      it("judges 'today' by the Helsinki calendar", () => {
        // 22:30 UTC on the last day of retention is already the next day in Helsinki.
        given(clientDecider, exitedOn('2026-03-15'))
          .when(destroyForRetention(5, new Date('2031-03-15T22:30:00Z')))
          .then([destroyed('retention-ended')]);
        given(clientDecider, exitedOn('2026-03-15'))
          .when(destroyForRetention(5, new Date('2031-03-15T21:30:00Z')))
          .thenThrows('CLIENT.RETENTION_NOT_ENDED');
      });

      it('counts from the last exit after a re-entry', () => {
        const history: ClientEvent[] = [
          registered,
          exited('2026-03-31'),
          { type: 'ClientReentered', data: { processNumber: 2, entryDate: '2026-05-04', previousExitDate: '2026-03-31' } },
          { type: 'ClientExited', data: { processNumber: 2, exitDate: '2027-06-30', reason: 'studies' } },
        ];
        const error = refusal(history, destroyForRetention(5, new Date('2031-04-01T12:00:00Z')));
        expect(error.details).toEqual({ retentionEndsOn: '2032-06-30' });
        given(clientDecider, history).when(destroyForRetention(5, new Date('2032-07-01T12:00:00Z'))).then([destroyed('retention-ended')]);
      });

      it.each([-1, 1.5, Number.NaN])('refuses a retention of %s years', (years) => {
        given(clientDecider, exitedOn('2026-03-15')).when(destroyForRetention(years, NOW)).thenThrows('CLIENT.INVALID_RETENTION_YEARS');
      });
    });

    describe('consent withdrawn (the voluntary answers only)', () => {
      const command: ClientCommand = { type: 'DestroyPersonalData', data: { reason: 'consent-withdrawn' }, metadata: { now: NOW } };
      const voluntaryDestroyed: ClientEvent = { type: 'PersonalDataDestroyed', data: { reason: 'consent-withdrawn', scope: 'voluntary' } };

      it('withdraws the consent too when it was still given', () => {
        given(clientDecider, withVoluntaryAnswers)
          .when(command)
          .then([{ type: 'ConsentWithdrawn', data: { scope: 'voluntary-questions' } }, voluntaryDestroyed]);
      });

      it("destroys 'not told' answers kept without consent", () => {
        given(clientDecider, [registeredEvent({ voluntary: { disability: 'not-told' } })]).when(command).then([voluntaryDestroyed]);
      });

      it('refuses when there are no answers, or they are already destroyed', () => {
        given(clientDecider, [registered]).when(command).thenThrows('CLIENT.NO_VOLUNTARY_DATA');
        given(clientDecider, [...withVoluntaryAnswers, { type: 'ConsentWithdrawn', data: { scope: 'voluntary-questions' } }, voluntaryDestroyed])
          .when(command)
          .thenThrows('CLIENT.NO_VOLUNTARY_DATA');
      });
    });

    it("destroys everything for 'other', also while active", () => {
      const command: ClientCommand = { type: 'DestroyPersonalData', data: { reason: 'other' }, metadata: { now: NOW } };
      given(clientDecider, [registered]).when(command).then([destroyed('other')]);
      given(clientDecider, [registered, exited()]).when(command).then([destroyed('other')]);
    });

    it('refuses an unknown client and a second destruction', () => {
      const command: ClientCommand = { type: 'DestroyPersonalData', data: { reason: 'other' }, metadata: { now: NOW } };
      given(clientDecider, []).when(command).thenThrows('CLIENT.NOT_FOUND');
      given(clientDecider, [registered, destroyedAll]).when(command).thenThrows('CLIENT.DATA_DESTROYED');
    });
  });

  describe('after all personal data is destroyed', () => {
    const history: ClientEvent[] = [
      ...withVoluntaryAnswers,
      { type: 'AdvisorAssigned', data: { advisorId: 'a-1' } },
      exited('2026-02-03'),
      { type: 'PersonalDataDestroyed', data: { reason: 'retention-ended', scope: 'all' } },
    ];

    it.each<[string, ClientCommand]>([
      ['RegisterClient', registerCommand()],
      ['ReenterClient', reenter(NOW)],
      ['AssignAdvisor', assignAdvisor('a-2')],
      ['UpdateContactDetails', { type: 'UpdateContactDetails', data: { email: 'x@example.fi' }, metadata: { now: NOW } }],
      ['RecordConsent', { type: 'RecordConsent', data: { scope: 'voluntary-questions' }, metadata: { now: NOW } }],
      ['WithdrawConsent', { type: 'WithdrawConsent', data: { scope: 'voluntary-questions' }, metadata: { now: NOW } }],
      ['ExitClient', exitClient(TODAY)],
      ['DestroyPersonalData', destroyForRetention(0, new Date('2040-01-01T00:00:00Z'))],
    ])('refuses %s', (_name, command) => {
      given(clientDecider, history).when(command).thenThrows('CLIENT.DATA_DESTROYED');
    });

    it('still records a read (the log of use goes on)', () => {
      given(clientDecider, history).when(view).then([{ type: 'PersonalDataViewed', data: { fields: ['name', 'email'], purpose: 'guidance' } }]);
    });

    it('keeps no personal data in the state, only what reports and refusals need', () => {
      const state = stateAfter(history);
      expect(state).toEqual({
        status: 'Destroyed',
        clientId: CLIENT_ID,
        organisation: 'KEHA-UUSIMAA',
        projectCode: 'S20738',
        preferredLanguage: 'fi',
        firstEntry: { entryDate: TODAY, facts: registered.data.entry, complete: true },
        processNumber: 1,
        lastExit: { exitDate: '2026-02-03', reason: 'employed' },
        destruction: { reason: 'retention-ended', whileStatus: 'Exited' },
      });
      expect(entryCategories(state)).toMatchObject({ ageAtEntry: 46, gender: 'woman', voluntary: { disability: 'not-told' } });
    });

    it('folds a stream whose personal fields were decoded as ERASED markers', () => {
      const erased = { $erased: true };
      const decodedAfterShredding = {
        ...registered,
        data: { ...registered.data, firstName: erased, personalIdentityCode: erased, dateOfBirth: erased, email: erased, phone: erased, voluntary: erased },
      } as unknown as ClientEvent;
      expect(stateAfter([decodedAfterShredding, destroyedAll])).toMatchObject({ status: 'Destroyed', clientId: CLIENT_ID });
      const beforeDestruction = stateAfter([decodedAfterShredding]);
      expect(beforeDestruction).toMatchObject({ contact: {}, voluntaryData: 'held' });
      expect(beforeDestruction).not.toHaveProperty('dateOfBirth');
      expect(beforeDestruction).not.toHaveProperty('voluntaryAnswers');
    });
  });

  describe('RecordPersonalDataViewed', () => {
    it('records which items were read and why', () => {
      given(clientDecider, [registered]).when(view).then([{ type: 'PersonalDataViewed', data: { fields: ['name', 'email'], purpose: 'guidance' } }]);
    });

    it('records a read without a stated purpose, also after exit', () => {
      given(clientDecider, [registered, exited()])
        .when({ type: 'RecordPersonalDataViewed', data: { fields: ['personalIdentityCode'] }, metadata: at('2026-02-04T08:00:00Z') })
        .then([{ type: 'PersonalDataViewed', data: { fields: ['personalIdentityCode'] } }]);
    });

    it('refuses an unknown client and an empty list', () => {
      given(clientDecider, []).when(view).thenThrows('CLIENT.NOT_FOUND');
      given(clientDecider, [registered])
        .when({ type: 'RecordPersonalDataViewed', data: { fields: [] }, metadata: { now: NOW } })
        .thenThrows('CLIENT.NO_FIELDS_VIEWED');
    });
  });

  it('puts no actor or organisation of the person acting into any event (they go to metadata)', () => {
    const events = clientDecider.decide(
      registerCommand({ advisorId: 'a-1', voluntary: { minority: 'no' }, voluntaryConsent: true }),
      stateAfter([]),
    );
    for (const event of events) expect(Object.keys(event.data as object)).not.toEqual(expect.arrayContaining(['actor']));
    expect(events.map((event) => event.type)).toEqual(['ClientRegistered', 'ConsentRecorded', 'AdvisorAssigned']);
  });
});
