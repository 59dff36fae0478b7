import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isCalendarDate } from '../outcome/calendar-date';

/** A real calendar day `YYYY-MM-DD` (not 2026-02-30). */
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
