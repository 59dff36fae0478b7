import { helsinkiDate } from '@career/calendar';
import type { ClientEvent } from './client.events';
import { refuse } from '../../client-intake.errors';
import type { DestroyPersonalData, RecordConsent, WithdrawConsent } from './client-commands';
import { requireLive } from './client-guards';
import type { ClientState, LiveClientState } from './client-state';
import { isRetentionOver, retentionEndsOn } from './retention';

/**
 * Consent covers only the voluntary questions (the rest rests on the public task and the
 * Structural Fund regulations, docs/domain.md#personal-data). Withdrawing it destroys the voluntary answers at
 * once: ConsentWithdrawn (the client's act) is followed by PersonalDataDestroyed with scope
 * 'voluntary' (the service destroys the `<clientId>:voluntary` key; other services drop the
 * categories they hold). Destruction has this one event type, whatever caused it.
 */
export function decideRecordConsent({ data }: RecordConsent, state: ClientState): ClientEvent[] {
  const client = requireLive(state);
  if (client.consent === 'given') throw refuse('CLIENT.CONSENT_ALREADY_GIVEN', { scope: data.scope });
  return [{ type: 'ConsentRecorded', data: { scope: data.scope } }];
}

export function decideWithdrawConsent({ data }: WithdrawConsent, state: ClientState): ClientEvent[] {
  const client = requireLive(state);
  if (client.consent !== 'given') throw refuse('CLIENT.CONSENT_NOT_GIVEN', { scope: data.scope });
  return [{ type: 'ConsentWithdrawn', data: { scope: data.scope } }, ...destroyVoluntaryIfHeld(client)];
}

/**
 * - retention-ended: only after the last exit, and only once the retention period has ended;
 * - consent-withdrawn: the voluntary answers only (withdrawing the consent too if still given);
 * - other (registered by mistake, an authority's order): everything, in any state.
 * After scope 'all' the record is closed: every command but recording a view is refused.
 */
export function decideDestroyPersonalData({ data, metadata }: DestroyPersonalData, state: ClientState): ClientEvent[] {
  const client = requireLive(state);
  switch (data.reason) {
    case 'retention-ended': {
      if (!(Number.isInteger(data.retentionYears) && data.retentionYears >= 0)) {
        throw refuse('CLIENT.INVALID_RETENTION_YEARS');
      }
      if (client.status === 'Active') {
        throw refuse('CLIENT.STILL_ACTIVE', {}, 'Retention starts at exit; the client is still in a guidance process.');
      }
      const lastExitDate = client.lastExit.exitDate;
      if (!isRetentionOver(lastExitDate, data.retentionYears, helsinkiDate(metadata.now))) {
        throw refuse('CLIENT.RETENTION_NOT_ENDED', {
          retentionEndsOn: retentionEndsOn(lastExitDate, data.retentionYears),
        });
      }
      return [{ type: 'PersonalDataDestroyed', data: { reason: 'retention-ended', scope: 'all' } }];
    }
    case 'consent-withdrawn': {
      if (client.voluntaryData !== 'held') {
        throw refuse('CLIENT.NO_VOLUNTARY_DATA');
      }
      return [
        ...(client.consent === 'given'
          ? [{ type: 'ConsentWithdrawn' as const, data: { scope: 'voluntary-questions' as const } }]
          : []),
        ...destroyVoluntaryIfHeld(client),
      ];
    }
    case 'other':
      return [{ type: 'PersonalDataDestroyed', data: { reason: 'other', scope: 'all' } }];
  }
}

function destroyVoluntaryIfHeld(client: LiveClientState): ClientEvent[] {
  return client.voluntaryData === 'held'
    ? [{ type: 'PersonalDataDestroyed', data: { reason: 'consent-withdrawn', scope: 'voluntary' } }]
    : [];
}
