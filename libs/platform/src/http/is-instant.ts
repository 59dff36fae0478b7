import { INSTANT_FORMAT, isInstant } from '@career/calendar';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * A request field that must be an ISO 8601 date-time with an offset naming a real moment, read
 * by the one calendar (libs/calendar): 2027-02-30T10:00+02:00 and T24:00 are refused (a 400
 * naming the field), never rolled over.
 */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isInstant',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `must be ${INSTANT_FORMAT}`, ...options },
      validator: { validate: (value: unknown) => isInstant(value) },
    });
}
