import { schemaFor, validateIntegrationEvent } from '../schema-registry';
import { SCHEDULING_SCHEMAS } from './index';

function undescribed(schema: Record<string, unknown>, path = ''): string[] {
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(properties).flatMap(([name, property]) => [
    ...(typeof property.description === 'string' && property.description.length > 0 ? [] : [`${path}/${name}`]),
    ...undescribed(property, `${path}/${name}`),
  ]);
}

const ids = {
  processId: '6d3c1b2a-9e8f-5a7b-8c6d-5e4f3a2b1c0d',
  clientId: '0b0f6f4c-5f3e-4a7d-9a43-1d2c3b4a5f60',
  organisation: 'KEHA-01',
  meetingId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
};

describe('scheduling contracts', () => {
  it('registers every event once, under its own type, and every field is described', () => {
    const keys = SCHEDULING_SCHEMAS.map((s) => `${s.type}.v${s.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(22);
    for (const { type, version, schema } of SCHEDULING_SCHEMAS) {
      expect(schemaFor(type, version)).toBe(schema);
      expect(schema.title).toBe(`${type} v${version}`);
      expect(undescribed(schema)).toEqual([]);
    }
  });

  it('accepts a meeting held without notes and refuses one that tries to carry them, naming the field only', () => {
    const held = { ...ids, recordedAt: '2026-03-03T08:00:00.000Z' };
    expect(validateIntegrationEvent('MeetingHeld', 1, held)).toEqual({ valid: true, errors: [] });
    const leaky = validateIntegrationEvent('MeetingHeld', 1, { ...held, notes: 'Asiakas kertoi terveydestään' });
    expect(leaky).toEqual({ valid: false, errors: ['/ must NOT have additional properties (notes)'] });
  });

  it('publishes a licence as a credential fact only: no licence identifier', () => {
    const completed = { ...ids, referralId: ids.meetingId, licenceCode: 'forklift-licence', passed: true, validUntil: '2031-03-02', completedAt: '2026-03-03T08:00:00.000Z' };
    const { meetingId: _m, ...data } = completed;
    expect(validateIntegrationEvent('TrainingCompleted', 1, data).valid).toBe(true);
    expect(validateIntegrationEvent('TrainingCompleted', 1, { ...data, licenceIdentifier: 'TK-1' }).errors).toEqual(['/ must NOT have additional properties (licenceIdentifier)']);
  });

  it('publishes a career plan’s agreement and its goals and steps by kind, owner and date only: no what, no title, no reason', () => {
    const plan = { planId: ids.processId, processId: ids.processId, clientId: ids.clientId, organisation: ids.organisation };
    const agreed = { ...plan, version: 2, goalKinds: ['employment', 'study'], agreedAt: '2026-03-03T08:00:00.000Z' };
    expect(validateIntegrationEvent('CareerPlanAgreed', 1, agreed)).toEqual({ valid: true, errors: [] });
    expect(validateIntegrationEvent('CareerPlanAgreed', 1, { ...agreed, goalKinds: [] }).valid).toBe(false);
    const goal = { ...plan, goalId: ids.meetingId, kind: 'own-business', targetDate: '2026-09-30', version: 1, setAt: '2026-03-03T08:00:00.000Z' };
    expect(validateIntegrationEvent('CareerGoalSet', 1, goal).valid).toBe(true);
    expect(validateIntegrationEvent('CareerGoalSet', 1, { ...goal, what: 'Kahvila' }).errors).toEqual(['/ must NOT have additional properties (what)']);
    const dropped = { ...plan, stepId: ids.meetingId, goalId: ids.meetingId, owner: 'client', dueDate: '2026-04-15', version: 1, droppedAt: '2026-03-03T08:00:00.000Z' };
    expect(validateIntegrationEvent('CareerStepDropped', 1, dropped).valid).toBe(true);
    expect(validateIntegrationEvent('CareerStepDropped', 1, { ...dropped, reason: 'x', title: 'y' }).valid).toBe(false);
  });
});
