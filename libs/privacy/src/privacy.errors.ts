import { DATA_KEY_DESTROYED } from '@career/event-sourcing';

/**
 * Errors of the privacy library. Messages name the client (a random UUID, not personal data)
 * and the field path at most: never a key, a secret or a plaintext value.
 */
export abstract class PrivacyError extends Error {
  abstract readonly code: string;
}

/** A client's data key was destroyed: nothing new may be encrypted for them. */
export class DataKeyDestroyedError extends PrivacyError {
  readonly code = DATA_KEY_DESTROYED;
  constructor(readonly clientId: string) {
    super(`the data key of client ${clientId} has been destroyed`);
  }
}

/**
 * Encrypted data exists but neither a key nor a tombstone does: the store is not the one the
 * data was written with (wrong database, restored backup). Never treated as erased, because
 * that would silently hide a misconfiguration.
 */
export class DataKeyNotFoundError extends PrivacyError {
  readonly code = 'PRIVACY.DATA_KEY_NOT_FOUND';
  constructor(readonly clientId: string) {
    super(`no data key and no tombstone for client ${clientId}`);
  }
}

/** Authentication failed: the ciphertext was altered, or belongs to another client or field. */
export class PersonalDataIntegrityError extends PrivacyError {
  readonly code = 'PRIVACY.INTEGRITY';
  constructor(
    readonly clientId: string,
    readonly fieldPath: string,
  ) {
    super(`encrypted value for client ${clientId} at "${fieldPath}" failed authentication`);
  }
}

/** A wrapped data key could not be unwrapped: wrong or unknown master key, or a tampered record. */
export class DataKeyUnwrapError extends PrivacyError {
  readonly code = 'PRIVACY.DATA_KEY_UNWRAP';
  constructor(
    readonly clientId: string,
    reason: string,
  ) {
    super(`the data key of client ${clientId} could not be unwrapped: ${reason}`);
  }
}

/** Missing or malformed secret configuration. Never includes the value it rejected. */
export class PrivacyConfigError extends PrivacyError {
  readonly code = 'PRIVACY.CONFIG';
}
