/**
 * How often and how long a reminder is tried (docs/architecture.md#the-rules: time arrives in the
 * command, so the rules take `now` and compute; they never read a clock).
 */

/** Attempts per round, transient failures included; then the reminder has failed for good. */
export const MAX_ATTEMPTS = 5;

/** Wait before attempt n+1 after n transient failures: 1, 2, 4, 8 minutes... at most an hour. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, failedAttempts - 1));
}

/**
 * The Message-ID of a round of a reminder: derived from the reminder id alone, so every send of
 * the same round (a resend after a crash between the mail server's acceptance and the record)
 * carries the same one and the duplicate is recognisable; a later round (the meeting moved
 * after the reminder went out) is a new message.
 */
export function messageIdOf(reminderId: string, round: number, domain: string): string {
  return `reminder.${reminderId}.${round}@${domain}`;
}
