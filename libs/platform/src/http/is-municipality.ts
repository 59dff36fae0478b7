import { CLASSIFICATION_YEAR, regionByCode, resolveMunicipality } from '@career/municipalities';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * A request field naming a municipality of Statistics Finland's classification in force
 * (libs/municipalities): its three-digit code, the code of a municipality merged into one, or
 * its Finnish or Swedish name. Anything else is a 400 naming the field; the value is never
 * echoed.
 */
export function IsMunicipality(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isMunicipality',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `must be a municipality of the ${CLASSIFICATION_YEAR} classification: its three-digit code or its Finnish or Swedish name`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && resolveMunicipality(value) !== undefined },
    });
}

/** A request field naming a region (maakunta) of the classification in force by its two-digit code ('17'). */
export function IsRegionCode(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isRegionCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `must be a region (maakunta) code of the ${CLASSIFICATION_YEAR} classification, two digits such as 01 or 17`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && regionByCode(value) !== undefined },
    });
}
