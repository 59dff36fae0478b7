import { defineErrors } from '@career/event-sourcing';

/**
 * Every refusal the notifications service answers with, by code (docs/architecture.md#the-rules,
 * Errors). Messages never carry personal data: no address, no name.
 */
export const refuse = defineErrors({
  'REMINDER.NOT_FOUND': { kind: 'not-found', message: 'No such reminder.' },
  'CLIENT.NOT_FOUND': {
    kind: 'not-found',
    message: 'No such client in your organisation (a client registered just now may take a moment to reach the notifications service).',
  },
  'PREFERENCES.NOTHING_TO_CHANGE': { kind: 'invalid', message: 'Name at least one channel to opt out of or back into.' },
  'DIRECTORY.NOT_FOUND': { kind: 'not-found', message: 'No directory entry for this advisor in your organisation.' },
  'RUN.TIME_OVERRIDE_NOT_ALLOWED': { kind: 'invalid', message: 'now cannot be set in this environment.' },
});

export type NotificationsErrorCode = keyof typeof refuse.catalogue;
