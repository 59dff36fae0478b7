import type { MessageInput } from '../messages/domain/render-message';
import type { FailureReason } from '../reminder/domain/reminder.events';

/**
 * What the dispatcher gathered for one send, before anything is recorded: whom to write to, what
 * the message says, or why it cannot be written. Held in memory only.
 */
export type Prepared =
  | { kind: 'message'; to: string; input: MessageInput; notAfter?: string; nothingToReport?: boolean }
  | { kind: 'opted-out' }
  | { kind: 'too-late'; notAfter: string }
  | { kind: 'failure'; reason: FailureReason; permanent: boolean };
