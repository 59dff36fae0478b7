import type { RecordedEvent } from '@career/event-sourcing';
import type { ClientEvent } from '../domain/client.events';
import type { PersonalDataItem } from '../domain/client-vocabulary';
import type { ClientDetails } from './client-details';
import { exportedEventOf, type ExportedEvent } from './export-client.query';

/**
 * The client's own record as the client sees it (`GET /api/v1/me`): everything staff see of
 * it except two things. The identity code is never shown back: the person signed in with it,
 * and it must appear in no response of the channel (docs/domain.md#personal-data); the answer
 * says only whether one is on record. The advisor's exit note is the advisor's working note,
 * not the client's data as they gave it, and advisors' notes never reach the client.
 */
export type OwnClientDetails = Omit<ClientDetails, 'personalIdentityCode' | 'lastExit'> & {
  identityCodeOnRecord: boolean;
  lastExit: { exitDate: string; reason: NonNullable<ClientDetails['lastExit']>['reason'] } | null;
};

/** Items of the record the client never gets back from their channel. */
const NOT_SHOWN_TO_THE_CLIENT: readonly PersonalDataItem[] = ['exitNotes'];

export function ownDetailsOf(details: ClientDetails): OwnClientDetails {
  const { personalIdentityCode, lastExit, erased, ...rest } = details;
  return {
    ...rest,
    identityCodeOnRecord: personalIdentityCode !== null,
    lastExit: lastExit ? { exitDate: lastExit.exitDate, reason: lastExit.reason } : null,
    erased: erased.filter((item) => !NOT_SHOWN_TO_THE_CLIENT.includes(item)),
  };
}

/** Fields of the client's events an own export leaves out, and why (see ownDetailsOf). */
const WITHHELD_FIELDS: Partial<Record<ClientEvent['type'], readonly string[]>> = {
  ClientRegistered: ['personalIdentityCode'],
  ClientExited: ['note'],
};

export interface OwnExportEvent extends ExportedEvent {
  data: Record<string, unknown>;
  /** Fields of this event left out of the client's copy (the identity code, an advisor's note). */
  withheld?: string[];
}

/** One event of the client's stream, decrypted, as the client's own export shows it. */
export function ownExportEventOf(event: RecordedEvent<ClientEvent>): OwnExportEvent {
  const withheldFields = WITHHELD_FIELDS[event.type as ClientEvent['type']] ?? [];
  const data = { ...(event.data as Record<string, unknown>) };
  const withheld = withheldFields.filter((field) => field in data);
  for (const field of withheld) delete data[field];
  return { ...exportedEventOf(event), data, ...(withheld.length > 0 ? { withheld } : {}) };
}
