import type { ClientEvent } from '../domain/client.events';
import { CODE, exited, recordedStream, withVoluntaryAnswers } from '../../test-support/client.test-fixtures';
import { clientDetailsOf } from './client-details';
import { ownDetailsOf, ownExportEventOf } from './own-details';

describe("the client's own view of their record", () => {
  const events = recordedStream([
    ...withVoluntaryAnswers,
    { type: 'AdvisorAssigned', data: { advisorId: 'advisor-7' } },
    { ...exited(), data: { ...exited().data, note: 'Neuvojan muistiinpano' } } as ClientEvent,
  ]);

  it('shows their details without the identity code and without the advisor’s exit note', () => {
    const own = ownDetailsOf(clientDetailsOf(events, 3).details);
    expect(own).toMatchObject({ firstName: 'Maija', email: 'maija@example.fi', advisorId: 'advisor-7', identityCodeOnRecord: true });
    expect(own.lastExit).toEqual({ exitDate: '2026-02-03', reason: 'employed' });
    expect(own).not.toHaveProperty('personalIdentityCode');
    expect(JSON.stringify(own)).not.toContain(CODE);
    expect(JSON.stringify(own)).not.toContain('muistiinpano');
  });

  it('exports each event with the identity code and the exit note withheld, and says so', () => {
    const exported = events.map(ownExportEventOf);
    expect(exported[0]).toMatchObject({ type: 'ClientRegistered', withheld: ['personalIdentityCode'], data: { firstName: 'Maija' } });
    expect(exported[0].data).not.toHaveProperty('personalIdentityCode');
    const exit = exported.find((e) => e.type === 'ClientExited');
    expect(exit).toMatchObject({ withheld: ['note'], data: { reason: 'employed' } });
    expect(exported.find((e) => e.type === 'AdvisorAssigned')).not.toHaveProperty('withheld');
    expect(JSON.stringify(exported)).not.toContain(CODE);
    expect(JSON.stringify(exported)).not.toContain('muistiinpano');
  });
});
