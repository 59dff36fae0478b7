import { ERASED } from '@career/privacy';
import type { ClientEvent } from '../domain/client.events';
import { CODE, exited, recordedStream, registeredEvent, withVoluntaryAnswers } from '../../test-support/client.test-fixtures';
import { eraseDestroyedFields } from '../personal-data/erase-destroyed-fields';
import { clientDetailsOf, personalItemsIn } from './client-details';

describe('client details (the decrypted view of one stream)', () => {
  it('shows every personal field and reports what was shown', () => {
    const events = recordedStream([
      ...withVoluntaryAnswers,
      { type: 'AdvisorAssigned', data: { advisorId: 'advisor-7' } },
      { type: 'ContactDetailsUpdated', data: { phone: null, email: 'new@example.fi' } },
      { ...exited(), data: { ...exited().data, note: 'Sai työpaikan' } } as ClientEvent,
    ]);
    const { details, shown } = clientDetailsOf(events, 4);
    expect(details).toMatchObject({
      status: 'exited',
      firstName: 'Maija',
      personalIdentityCode: CODE,
      email: 'new@example.fi',
      phone: null,
      advisorId: 'advisor-7',
      voluntaryAnswers: { disability: 'yes', foreignBackground: 'no', minority: 'not-told' },
      consent: { status: 'given' },
      lastExit: { exitDate: '2026-02-03', reason: 'employed', note: 'Sai työpaikan' },
      erased: [],
      revision: 4,
    });
    expect(shown.sort()).toEqual(['dateOfBirth', 'email', 'exitNotes', 'name', 'personalIdentityCode', 'voluntaryAnswers'].sort());
  });

  it('shows erased fields as null and names them, and shows nothing then', () => {
    const erased = registeredEvent({
      firstName: { ...ERASED } as never,
      lastName: { ...ERASED } as never,
      personalIdentityCode: { ...ERASED } as never,
      dateOfBirth: { ...ERASED } as never,
      email: { ...ERASED } as never,
      phone: { ...ERASED } as never,
    });
    const { details, shown } = clientDetailsOf(recordedStream([erased, { type: 'PersonalDataDestroyed', data: { reason: 'other', scope: 'all' } }]), 1);
    expect(details).toMatchObject({ status: 'destroyed', firstName: null, email: null, destructions: [{ scope: 'all', reason: 'other' }] });
    expect(details.erased).toEqual(['name', 'personalIdentityCode', 'dateOfBirth', 'email', 'phone']);
    expect(shown).toEqual([]);
  });

  it('erases the fields of destroyed keys even while the keys still exist (a crash before their deletion)', () => {
    const events = recordedStream([...withVoluntaryAnswers, { type: 'PersonalDataDestroyed', data: { reason: 'consent-withdrawn', scope: 'voluntary' } }]);
    const afterVoluntary = clientDetailsOf(eraseDestroyedFields(events), 2);
    expect(afterVoluntary.details).toMatchObject({ firstName: 'Maija', voluntaryAnswers: null, erased: ['voluntaryAnswers'] });

    const all = eraseDestroyedFields(recordedStream([...withVoluntaryAnswers, { type: 'PersonalDataDestroyed', data: { reason: 'other', scope: 'all' } }]));
    const { details, shown } = clientDetailsOf(all, 2);
    expect(details).toMatchObject({ status: 'destroyed', firstName: null, personalIdentityCode: null, voluntaryAnswers: null });
    expect(shown).toEqual([]);
    expect(personalItemsIn(all)).toEqual([]);
    expect(JSON.stringify(all)).not.toContain('Maija');
  });

  it('lists the personal items an export discloses', () => {
    expect(personalItemsIn(recordedStream(withVoluntaryAnswers)).sort()).toEqual(
      ['dateOfBirth', 'email', 'name', 'personalIdentityCode', 'phone', 'voluntaryAnswers'].sort(),
    );
  });
});
