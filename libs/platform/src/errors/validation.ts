import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from './problem-details';

/** A request whose body, query or params failed the DTO's rules; becomes a 400 problem. */
export class RequestValidationError extends BadRequestException {
  constructor(readonly errors: FieldError[]) {
    super(`${errors.length} field${errors.length === 1 ? '' : 's'} failed validation`);
    this.name = 'RequestValidationError';
  }
}

/** class-validator's tree -> flat `{ field: 'address.postalCode', reason: 'must be a string' }`. */
export function flattenValidationErrors(errors: readonly ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      reason: reasonOf(message, error.property),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Messages name the property first ("firstName must be a string"); the field is named already. */
function reasonOf(message: string, property: string): string {
  for (const prefix of [`property ${property} `, `${property} `]) {
    if (message.startsWith(prefix)) return message.slice(prefix.length);
  }
  const eachPrefix = `each value in ${property} `;
  if (message.startsWith(eachPrefix)) return `each value ${message.slice(eachPrefix.length)}`;
  return message;
}

/**
 * The global pipe: unknown properties are refused (not silently dropped), payloads become DTO
 * instances, and failures carry field names but never the rejected values.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
  });
}
