import { DomainError } from '@career/event-sourcing';

/** Unknown, or another organisation's: the caller cannot tell the two apart (tenancy). */
export function documentNotFound(): DomainError {
  return new DomainError('DOCUMENT.NOT_FOUND', 'No such document in your organisation.', {}, 'not-found');
}

export function versionNotFound(version: number): DomainError {
  return new DomainError('DOCUMENT.VERSION_NOT_FOUND', `The document has no version ${version}.`, { version }, 'not-found');
}
