import { given as givenHistory } from '@career/testing';
import { preferencesDecider as decider } from './preferences.decider';
import type { PreferencesEvent } from './preferences.events';

const given = (events: PreferencesEvent[]) => givenHistory(decider, events);
const AT = '2026-05-01T08:00:00.000Z';
const change = (optOut: 'email'[], optIn: 'email'[], by: 'client' | 'staff' = 'client') => ({
  type: 'ChangeChannels' as const,
  data: { clientId: 'c-1', optOut, optIn, by },
  metadata: { now: new Date(AT) },
});
const optedOut: PreferencesEvent = { type: 'ChannelOptedOut', data: { clientId: 'c-1', channel: 'email', by: 'client', at: AT } };

describe('notification preferences decider', () => {
  it('opts a channel out once and back in once; repeats change nothing', () => {
    given([]).when(change(['email'], [])).then([optedOut]);
    given([optedOut]).when(change(['email'], [])).then([]);
    given([optedOut]).when(change([], ['email'], 'staff')).then([{ type: 'ChannelOptedIn', data: { clientId: 'c-1', channel: 'email', by: 'staff', at: AT } }]);
    given([]).when(change([], ['email'])).then([]);
  });

  it('refuses a request that names no channel, or one channel both ways', () => {
    given([]).when(change([], [])).thenThrows('PREFERENCES.NOTHING_TO_CHANGE');
    given([]).when(change(['email'], ['email'])).thenThrows('PREFERENCES.NOTHING_TO_CHANGE');
  });
});
