import { RequestValidationError } from '@career/platform';
import type { TargetSpecDto } from './dto/target.dto';
import { toRequirement, toTargetSpec } from './target-spec';

const dto = (fields: Partial<TargetSpecDto>) => fields as TargetSpecDto;

describe('toTargetSpec', () => {
  it('maps each kind to the domain target with only its own fields', () => {
    expect(toTargetSpec(dto({ kind: 'occupation', label: 'Kokki' }))).toEqual({ kind: 'occupation', label: 'Kokki' });
    expect(toTargetSpec(dto({ kind: 'studies', field: 'logistiikka', level: 3 }))).toEqual({ kind: 'studies', field: 'logistiikka', level: 3 });
    expect(toTargetSpec(dto({ kind: 'entrepreneurship' }))).toEqual({ kind: 'entrepreneurship' });
  });

  it('refuses fields of another kind, naming each', () => {
    let thrown: unknown;
    try {
      toTargetSpec(dto({ kind: 'studies', field: 'logistiikka', level: 3, label: 'x', businessArea: 'y' }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RequestValidationError);
    expect((thrown as RequestValidationError).errors.map((e) => e.field)).toEqual(['target.label', 'target.businessArea']);
  });
});

describe('toRequirement', () => {
  it('keeps a given id and generates one otherwise', () => {
    expect(toRequirement({ requirementId: 'r1', label: 'Tiimityö', requiredProficiency: 2 })).toEqual({ requirementId: 'r1', label: 'Tiimityö', requiredProficiency: 2 });
    expect(toRequirement({ label: 'Tiimityö', requiredProficiency: 2 }).requirementId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
