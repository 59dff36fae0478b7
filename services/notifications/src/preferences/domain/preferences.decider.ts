import { assertNever, type Command, type Decider } from '@career/event-sourcing';
import { refuse } from '../../notifications.errors';
import type { Channel } from '../../reminder/domain/reminder.events';
import type { ChosenBy, PreferencesEvent } from './preferences.events';

/** Opt out of some channels and back into others; a channel named in both is refused. */
export type ChangeChannels = Command<'ChangeChannels', { clientId: string; optOut: Channel[]; optIn: Channel[]; by: ChosenBy }>;
export type PreferencesCommand = ChangeChannels;

/** Every channel is on until the client (or staff for them) opts out of it. */
export interface PreferencesState {
  optedOut: Channel[];
}

/** A client's notification choices per channel (docs/domain.md#personal-data: a client may refuse messages). */
export const preferencesDecider: Decider<PreferencesState, PreferencesCommand, PreferencesEvent> = {
  initialState: () => ({ optedOut: [] }),

  decide(command, state) {
    switch (command.type) {
      case 'ChangeChannels': {
        const { clientId, optOut, optIn, by } = command.data;
        if (optOut.length + optIn.length === 0 || optOut.some((channel) => optIn.includes(channel))) throw refuse('PREFERENCES.NOTHING_TO_CHANGE');
        const at = command.metadata.now.toISOString();
        return [
          ...[...new Set(optOut)].filter((channel) => !state.optedOut.includes(channel)).map((channel): PreferencesEvent => ({ type: 'ChannelOptedOut', data: { clientId, channel, by, at } })),
          ...[...new Set(optIn)].filter((channel) => state.optedOut.includes(channel)).map((channel): PreferencesEvent => ({ type: 'ChannelOptedIn', data: { clientId, channel, by, at } })),
        ];
      }
      default:
        return assertNever(command.type);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ChannelOptedOut':
        return { optedOut: [...state.optedOut.filter((c) => c !== event.data.channel), event.data.channel] };
      case 'ChannelOptedIn':
        return { optedOut: state.optedOut.filter((c) => c !== event.data.channel) };
      default:
        return assertNever(event);
    }
  },
};
