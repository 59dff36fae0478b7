import type { Channel } from '../reminder/domain/reminder.events';

/** One message as the channel sends it. Held in memory for the send only: never stored, never logged. */
export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
  /** Without angle brackets: `reminder.<id>.<round>@<domain>`. */
  messageId: string;
  language: string;
}

/** Why a channel did not take the message, as a code; `permanent` when sending again cannot help. */
export class ChannelRefusal extends Error {
  constructor(
    readonly reason: 'smtp-unavailable' | 'smtp-rejected',
    readonly permanent: boolean,
  ) {
    super(`message not accepted: ${reason}`);
    this.name = 'ChannelRefusal';
  }
}

/**
 * The port every channel sits behind (e-mail today; SMS would be one more adapter). `send`
 * resolves once the relay has accepted the message for delivery, and throws ChannelRefusal
 * otherwise.
 */
export interface MessageChannel {
  readonly channel: Channel;
  send(message: OutgoingMessage): Promise<void>;
  close(): void;
}

export const MESSAGE_CHANNEL = Symbol('MESSAGE_CHANNEL');
