import { isCalendarDate } from '@career/calendar';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * A request field that must be a real calendar day written `YYYY-MM-DD`, read by the one
 * calendar (libs/calendar): 2026-02-30 is refused (a 400 naming the field), never rolled over.
 */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be a calendar date YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
}
