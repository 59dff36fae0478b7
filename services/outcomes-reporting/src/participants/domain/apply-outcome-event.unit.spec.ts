import { fold } from '@career/event-sourcing';
import type { OutcomeCommand } from '../../outcome/domain/outcome.commands';
import { outcomeDecider } from '../../outcome/domain/outcome.decider';
import type { OutcomeEvent } from '../../outcome/domain/outcome.events';
import { applyOutcomeEvent, emptyOutcomeRowFields, type OutcomeRowFields } from './apply-outcome-event';

/** Runs commands through the decider and projects the events, as the service will. */
function decideAll(commands: OutcomeCommand[]): OutcomeEvent[] {
  const events: OutcomeEvent[] = [];
  for (const command of commands) events.push(...outcomeDecider.decide(command, fold(outcomeDecider, events)));
  return events;
}
const project = (events: OutcomeEvent[]): OutcomeRowFields => events.reduce((fields, event, revision) => applyOutcomeEvent(fields, event, revision), emptyOutcomeRowFields());
const meta = { now: new Date('2026-12-01T10:00:00Z') };

describe('applyOutcomeEvent: outcome events -> the row fields the indicators read', () => {
  const exit: OutcomeCommand = {
    type: 'RecordExitOutcome',
    data: { processId: 'p-1', clientId: 'c-1', organisation: 'ORG', exitDate: '2026-03-10', outcome: { status: 'job-searching' }, source: 'client' },
    metadata: meta,
  };

  it('turns the exit record, a status change and the follow-up into dated labour-market events', () => {
    const fields = project(
      decideAll([
        exit,
        { type: 'RecordStatusChange', data: { changeId: 'job', date: '2026-03-30', outcome: { status: 'employed', workingTime: 'full-time', contract: 'permanent', startDate: '2026-04-06' }, source: 'employer' }, metadata: meta },
        { type: 'RecordFollowUpOutcome', data: { followUpDate: '2026-09-10', outcome: { status: 'employed', workingTime: 'full-time', contract: 'permanent', startDate: '2026-04-06' }, source: 'register' }, metadata: meta },
        { type: 'ConfirmLearningOutcomes', data: { learnedToIdentifySkills: true, drewUpSkillsCv: false, wroteJobApplication: false, improvedSelfKnowledge: true, improvedConfidence: true }, metadata: meta },
      ]),
    );
    expect(fields.labourMarketEvents).toEqual([
      { key: 'exit', date: '2026-03-10', status: 'job-searching', sequence: 0 },
      { key: 'change:job', date: '2026-04-06', status: 'employed', sequence: 1 }, // from the job's start date, not the day it was reported
      { key: 'follow-up', date: '2026-04-06', status: 'employed', sequence: 2 },
    ]);
    expect(fields.exitOutcome).toEqual({ exitDate: '2026-03-10', outcome: { status: 'job-searching' }, source: 'client' });
    expect(fields.sixMonthOutcome).toMatchObject({ followUpDate: '2026-09-10', improvements: [], source: 'register' });
    expect(fields.learningOutcomes).toEqual({ learnedToIdentifySkills: true, drewUpSkillsCv: false, wroteJobApplication: false, improvedSelfKnowledge: true, improvedConfidence: true });
  });

  it('a correction replaces the record and its event; a withdrawn change disappears', () => {
    const fields = project(
      decideAll([
        exit,
        { type: 'RecordStatusChange', data: { changeId: 'oops', date: '2026-03-20', outcome: { status: 'inactive' }, source: 'client' }, metadata: meta },
        { type: 'CorrectExitOutcome', data: { exitDate: '2026-03-12', outcome: { status: 'in-training' }, source: 'register', gainedQualification: { kind: 'licence', code: 'forklift' }, reason: 'register-check' }, metadata: meta },
        { type: 'WithdrawStatusChange', data: { changeId: 'oops', reason: 'entry-error' }, metadata: meta },
      ]),
    );
    expect(fields.labourMarketEvents).toEqual([
      { key: 'exit', date: '2026-03-12', status: 'in-training', sequence: 2, gainedQualification: { kind: 'licence', code: 'forklift' } },
    ]);
    expect(fields.exitOutcome).toMatchObject({ exitDate: '2026-03-12', gainedQualification: { kind: 'licence', code: 'forklift' } });
  });
});
