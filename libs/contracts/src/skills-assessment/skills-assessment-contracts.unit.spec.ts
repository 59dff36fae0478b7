import { schemaFor, validateIntegrationEvent } from '../schema-registry';
import { SKILLS_ASSESSMENT_SCHEMAS } from './index';
import type { SkillAddedV1 } from './skill-added.v1';
import type { TargetSetV1 } from './target-set.v1';

const CLIENT = { clientId: '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11', organisation: 'KEHA-UUSIMAA' };
const RECORDED = { ...CLIENT, recordedBy: 'advisor', recordedAt: '2026-02-03T09:15:00.000Z' } as const;

const skillAdded: SkillAddedV1 = {
  ...RECORDED,
  skillId: 'b1e0c1d2-0000-4000-8000-000000000001',
  label: 'Trukin ajo',
  kind: 'skill',
  proficiency: 3,
  gainedIn: 'work',
  hasEvidence: true,
};

/** Every property of an object schema, at any depth, with the path that leads to it. */
function propertiesOf(schema: Record<string, unknown>, path = ''): Array<[string, Record<string, unknown>]> {
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const items = schema.items as Record<string, unknown> | undefined;
  return [
    ...Object.entries(properties).flatMap(([name, property]) => [[`${path}/${name}`, property] as [string, Record<string, unknown>], ...propertiesOf(property, `${path}/${name}`)]),
    ...(items ? propertiesOf(items, `${path}[]`) : []),
  ];
}

describe('skills-assessment contracts', () => {
  it('registers every event once, compiles under strict ajv and describes every field', () => {
    const keys = SKILLS_ASSESSMENT_SCHEMAS.map((s) => `${s.type}.v${s.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { type, version, schema } of SKILLS_ASSESSMENT_SCHEMAS) {
      expect(schemaFor(type, version)).toBe(schema);
      // Compiling happens on first validation; an invalid schema would throw here.
      expect(validateIntegrationEvent(type, version, {}).valid).toBe(false);
      expect(schema.additionalProperties).toBe(false);
      const undescribed = propertiesOf(schema as Record<string, unknown>).filter(([, p]) => typeof p.description !== 'string' || p.description === '');
      expect(undescribed.map(([path]) => `${type}${path}`)).toEqual([]);
    }
  });

  it('has no field for evidence, descriptions, employers or institutions', () => {
    for (const { schema } of SKILLS_ASSESSMENT_SCHEMAS) {
      const names = propertiesOf(schema as Record<string, unknown>).map(([path]) => path.split('/').at(-1));
      for (const personal of ['evidence', 'description', 'employer', 'institution', 'answers']) expect(names).not.toContain(personal);
    }
  });

  it('accepts a skill without its evidence and refuses one carrying it', () => {
    expect(validateIntegrationEvent('SkillAdded', 1, skillAdded)).toEqual({ valid: true, errors: [] });
    const leaked = validateIntegrationEvent('SkillAdded', 1, { ...skillAdded, evidence: 'Kolme vuotta Matin varastolla.' });
    expect(leaked.errors).toEqual(['/ must NOT have additional properties (evidence)']);
    expect(leaked.errors.join()).not.toContain('Matin');
  });

  it('checks the Holland code: three different RIASEC letters', () => {
    const recorded = { ...RECORDED, inventoryVersion: 'riasec-v1' };
    expect(validateIntegrationEvent('InterestInventoryRecorded', 1, { ...recorded, code: 'SEC' }).valid).toBe(true);
    expect(validateIntegrationEvent('InterestInventoryRecorded', 1, { ...recorded, code: 'SSE' }).valid).toBe(false);
    expect(validateIntegrationEvent('InterestInventoryRecorded', 1, { ...recorded, code: 'SEX' }).valid).toBe(false);
  });

  it('accepts a target with its requirements and refuses an out-of-range proficiency', () => {
    const target: TargetSetV1 = {
      ...RECORDED,
      targetId: 't1',
      target: { kind: 'occupation', label: 'Trukinkuljettaja', escoUri: 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755' },
      requirements: [{ requirementId: 'drive-a-forklift', label: 'trukin kuljettaminen', requiredProficiency: 3 }],
      requirementsSource: 'curated',
    };
    expect(validateIntegrationEvent('TargetSet', 1, target)).toEqual({ valid: true, errors: [] });
    const bad = { ...target, requirements: [{ ...target.requirements[0], requiredProficiency: 5 }] };
    expect(validateIntegrationEvent('TargetSet', 1, bad).errors).toEqual(['/requirements/0/requiredProficiency must be <= 4']);
  });

  it('carries the three self-assessment ratings and the phase', () => {
    const ratings = { phase: 'start', selfKnowledge: 2, identifyOwnSkills: 1, careerPlanningConfidence: 3 };
    expect(validateIntegrationEvent('SelfAssessmentRecorded', 1, { ...RECORDED, ...ratings }).valid).toBe(true);
    expect(validateIntegrationEvent('SelfAssessmentRecorded', 1, { ...RECORDED, ...ratings, selfKnowledge: 6 }).valid).toBe(false);
  });
});
