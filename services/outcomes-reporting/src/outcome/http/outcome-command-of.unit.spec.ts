import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { flattenValidationErrors, RequestValidationError } from '@career/platform';
import { outcomeCommandOf } from './outcome-command-of';
import { RecordOutcomeDto } from './record-outcome.dto';

const clientId = '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11';
const target = { processId: '175b946f-5270-5c76-a07d-76f3fa3ff2b7', organisation: 'ORG-A' };
const now = new Date('2026-11-28T10:00:00Z');

/** What the global validation pipe does: whitelist, forbid unknown properties, transform. */
function validated(body: Record<string, unknown>): { dto: RecordOutcomeDto; errors: string[] } {
  const dto = plainToInstance(RecordOutcomeDto, body);
  const errors = flattenValidationErrors(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true })).map((e) => e.field);
  return { dto, errors: [...new Set(errors)].sort() };
}

function refusedFields(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof RequestValidationError) return error.errors.map((e) => e.field).sort();
    throw error;
  }
  throw new Error('not refused');
}

describe('RecordOutcomeDto and outcomeCommandOf', () => {
  it('turns an exit record into RecordExitOutcome with only the details of its status', () => {
    const { dto, errors } = validated({
      kind: 'exit',
      clientId,
      exitDate: '2026-06-30',
      outcome: { status: 'employed', workingTime: 'part-time', contract: 'fixed-term', startDate: '2026-07-01' },
      source: 'employer',
      gainedQualification: { kind: 'licence', code: 'forklift-licence' },
    });
    expect(errors).toEqual([]);
    expect(outcomeCommandOf(dto, target, now)).toEqual({
      type: 'RecordExitOutcome',
      data: {
        processId: target.processId,
        clientId,
        organisation: 'ORG-A',
        exitDate: '2026-06-30',
        outcome: { status: 'employed', workingTime: 'part-time', contract: 'fixed-term', startDate: '2026-07-01' },
        source: 'employer',
        gainedQualification: { kind: 'licence', code: 'forklift-licence' },
      },
      metadata: { now },
    });
  });

  it('names each field that is missing or wrong for the kind', () => {
    expect(validated({ kind: 'exit', clientId: 'nope', exitDate: '2026-02-30', source: 'neighbour' }).errors).toEqual(['clientId', 'exitDate', 'outcome', 'source']);
    expect(validated({ kind: 'follow-up', clientId, outcome: { status: 'retired' }, source: 'client' }).errors).toEqual(['followUpDate', 'outcome.status']);
    expect(validated({ kind: 'status-change-withdrawal', clientId }).errors).toEqual(['changeId', 'reason']);
    expect(validated({ kind: 'learning-outcomes', clientId, drewUpSkillsCv: 'yes' }).errors).toEqual([
      'drewUpSkillsCv',
      'improvedConfidence',
      'improvedSelfKnowledge',
      'learnedToIdentifySkills',
      'wroteJobApplication',
    ]);
    expect(validated({ kind: 'exit', clientId, exitDate: '2026-06-30', outcome: { status: 'other' }, source: 'client', name: 'x' }).errors).toEqual(['name']);
  });

  it('refuses fields of another kind or another status instead of storing them', () => {
    const exitWithFollowUpDate = validated({ kind: 'exit', clientId, exitDate: '2026-06-30', followUpDate: '2026-12-30', outcome: { status: 'other' }, source: 'client' });
    expect(refusedFields(() => outcomeCommandOf(exitWithFollowUpDate.dto, target, now))).toEqual(['followUpDate']);
    const employedWithBusinessId = validated({ kind: 'exit', clientId, exitDate: '2026-06-30', outcome: { status: 'employed', businessId: '1572860-0' }, source: 'client' });
    expect(refusedFields(() => outcomeCommandOf(employedWithBusinessId.dto, target, now))).toEqual(['outcome.businessId']);
  });

  it('maps every kind to its command', () => {
    const record = { outcome: { status: 'job-searching' }, source: 'client' };
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'exit-correction', exitDate: '2026-06-30', reason: 'entry-error', ...record }, 'CorrectExitOutcome'],
      [{ kind: 'follow-up', followUpDate: '2026-12-30', improvements: [], ...record }, 'RecordFollowUpOutcome'],
      [{ kind: 'follow-up-correction', followUpDate: '2026-12-30', reason: 'register-check', ...record }, 'CorrectFollowUpOutcome'],
      [{ kind: 'status-change', date: '2026-07-10', ...record }, 'RecordStatusChange'],
      [{ kind: 'status-change-withdrawal', changeId: clientId, reason: 'entry-error' }, 'WithdrawStatusChange'],
      [{ kind: 'learning-outcomes', learnedToIdentifySkills: true, drewUpSkillsCv: true, wroteJobApplication: false, improvedSelfKnowledge: false, improvedConfidence: true }, 'ConfirmLearningOutcomes'],
    ];
    for (const [body, type] of cases) {
      const { dto, errors } = validated({ clientId, ...body });
      expect({ type, errors }).toEqual({ type, errors: [] });
      expect(outcomeCommandOf(dto, target, now).type).toBe(type);
    }
    const change = outcomeCommandOf(validated({ clientId, kind: 'status-change', date: '2026-07-10', ...record }).dto, target, now);
    expect(change.data).toMatchObject({ changeId: expect.stringMatching(/^[0-9a-f-]{36}$/), date: '2026-07-10' });
  });
});
