import { randomUUID } from 'node:crypto';
import { RequestValidationError } from '@career/platform';
import type { IscedLevel, Requirement, TargetSpec } from '../domain/skills-profile.events';
import type { RequirementDto, TargetSpecDto } from './dto/target.dto';

const FIELDS_OF_KIND: Readonly<Record<TargetSpecDto['kind'], ReadonlyArray<keyof TargetSpecDto>>> = {
  occupation: ['label', 'escoUri'],
  studies: ['field', 'level'],
  entrepreneurship: ['businessArea'],
};

/**
 * The flat request shape -> the domain's target union. A field of another kind is refused
 * (400 naming it) rather than silently stored; missing required fields are the decider's to
 * refuse, also with the field named.
 */
export function toTargetSpec(dto: TargetSpecDto): TargetSpec {
  const allowed = FIELDS_OF_KIND[dto.kind];
  const foreign = (Object.keys(dto) as Array<keyof TargetSpecDto>).filter((key) => key !== 'kind' && dto[key] !== undefined && !allowed.includes(key));
  if (foreign.length > 0) {
    throw new RequestValidationError(foreign.map((key) => ({ field: `target.${key}`, reason: `is not a field of a ${dto.kind} target` })));
  }
  switch (dto.kind) {
    case 'occupation':
      return { kind: 'occupation', label: dto.label as string, ...(dto.escoUri !== undefined && { escoUri: dto.escoUri }) };
    case 'studies':
      return { kind: 'studies', field: dto.field as string, level: dto.level as IscedLevel };
    case 'entrepreneurship':
      return { kind: 'entrepreneurship', ...(dto.businessArea !== undefined && { businessArea: dto.businessArea }) };
  }
}

/** A requirement as listed in a request; an id is generated when none is given. */
export function toRequirement(dto: RequirementDto): Requirement {
  return {
    requirementId: dto.requirementId ?? randomUUID(),
    label: dto.label,
    ...(dto.escoUri !== undefined && { escoUri: dto.escoUri }),
    requiredProficiency: dto.requiredProficiency,
  };
}
