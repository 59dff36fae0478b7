import type { DomainEvent } from '@career/event-sourcing';
import type { Channel } from '../../reminder/domain/reminder.events';

/** Streams are `notificationPreferences-<clientId>`: the client's own choices, in their audit trail. */
export const PREFERENCES_CATEGORY = 'notificationPreferences';

/** Who made the choice: the client in their own channel, or staff on their behalf. */
export type ChosenBy = 'client' | 'staff';

export type ChannelOptedOut = DomainEvent<'ChannelOptedOut', { clientId: string; channel: Channel; by: ChosenBy; at: string }>;
export type ChannelOptedIn = DomainEvent<'ChannelOptedIn', { clientId: string; channel: Channel; by: ChosenBy; at: string }>;

export type PreferencesEvent = ChannelOptedOut | ChannelOptedIn;

export const PREFERENCES_SCHEMA_VERSIONS: Record<PreferencesEvent['type'], number> = { ChannelOptedOut: 1, ChannelOptedIn: 1 };
