import type { ClientEvent } from '../client.events';
import { finnishDateOf } from './calendar-date';
import { clientError } from './client-errors';
import type { DestroyPersonalData, RecordConsent, WithdrawConsent } from './client-commands';
import { requireLive } from './client-guards';
import type { ClientState, LiveClientState } from './client-state';
import { isRetentionOver, retentionEndsOn } from './retention';

/**
 * Consent covers only the voluntary questions (the rest rests on the public task and the
 * Structural Fund regulations, DOMAIN.md). Withdrawing it destroys the voluntary answers at
 * once: ConsentWithdrawn (the client's act) is followed by PersonalDataDestroyed with scope
 * 'voluntary' (the service destroys the `<clientId>:voluntary` key; other services drop the
 * categories they hold). Destruction has this one event type, whatever caused it.
 */
export function decideRecordConsent({ data }: RecordConsent, state: ClientState): ClientEvent[] {
  const client = requireLive(state);
  if (client.consent === 'given') throw clientError('CONSENT_ALREADY_GIVEN', 'Consent has already been given.', { scope: data.scope });
  return [{ type: 'ConsentRecorded', data: { scope: data.scope } }];
}

export function decideWithdrawConsent({ data }: WithdrawConsent, state: ClientState): ClientEvent[] {
  const client = requireLive(state);
  if (client.consent !== 'given') throw clientError('CONSENT_NOT_GIVEN', 'There is no consent to withdraw.', { scope: data.scope });
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
        throw clientError('INVALID_RETENTION_YEARS', 'The retention period must be a whole number of years.');
      }
      if (client.status === 'Active') {
        throw clientError('STILL_ACTIVE', 'Retention starts at exit; the client is still in a guidance process.');
      }
      const lastExitDate = client.lastExit.exitDate;
      if (!isRetentionOver(lastExitDate, data.retentionYears, finnishDateOf(metadata.now))) {
        throw clientError('RETENTION_NOT_ENDED', 'The retention period has not ended yet.', {
          retentionEndsOn: retentionEndsOn(lastExitDate, data.retentionYears),
        });
      }
      return [{ type: 'PersonalDataDestroyed', data: { reason: 'retention-ended', scope: 'all' } }];
    }
    case 'consent-withdrawn': {
      if (client.voluntaryData !== 'held') {
        throw clientError('NO_VOLUNTARY_DATA', 'There are no voluntary answers to destroy.');
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
