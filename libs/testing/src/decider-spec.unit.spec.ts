import { assertNever, DomainError, type Decider, type DomainEvent } from '@career/event-sourcing';
import { given } from './decider-spec';

// A tiny decider: a door that can be opened once it exists, and never twice in a row.
type DoorEvent = DomainEvent<'DoorInstalled', { doorId: string }> | DomainEvent<'DoorOpened', { at: string }>;
type DoorCommand = { type: 'InstallDoor'; doorId: string } | { type: 'OpenDoor'; now: string };
type DoorState = { status: 'Empty' } | { status: 'Closed' } | { status: 'Open'; since: string };

const door: Decider<DoorState, DoorCommand, DoorEvent> = {
  initialState: () => ({ status: 'Empty' }),
  decide(command, state) {
    switch (command.type) {
      case 'InstallDoor':
        if (state.status !== 'Empty') throw new DomainError('DOOR.ALREADY_INSTALLED', 'door already installed');
        return [{ type: 'DoorInstalled', data: { doorId: command.doorId } }];
      case 'OpenDoor':
        if (state.status === 'Empty') throw new DomainError('DOOR.NOT_INSTALLED', 'no door', {}, 'not-found');
        if (state.status === 'Open') throw new DomainError('DOOR.ALREADY_OPEN', 'door already open');
        return [{ type: 'DoorOpened', data: { at: command.now } }];
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'DoorInstalled':
        return { status: 'Closed' };
      case 'DoorOpened':
        return { status: 'Open', since: event.data.at };
      default:
        return assertNever(event);
    }
  },
};

const installed: DoorEvent = { type: 'DoorInstalled', data: { doorId: 'd1' } };
const opened: DoorEvent = { type: 'DoorOpened', data: { at: '2025-01-15T09:30:00.000Z' } };
const open: DoorCommand = { type: 'OpenDoor', now: '2025-01-15T09:30:00.000Z' };

describe('given/when/then for deciders', () => {
  it('passes when the command produces exactly the expected events', () => {
    given(door, []).when({ type: 'InstallDoor', doorId: 'd1' }).then([installed]);
    given(door, [installed]).when(open).then([opened]);
  });

  it('fails when the events differ', () => {
    expect(() => given(door, [installed]).when(open).then([installed])).toThrow();
    expect(() => given(door, [installed]).when(open).then([])).toThrow();
  });

  it('fails `then` with the refusal when the command was refused', () => {
    expect(() => given(door, [installed, opened]).when(open).then([opened])).toThrow(/refused: DomainError DOOR.ALREADY_OPEN/);
  });

  it('passes thenThrows on the DomainError code or a predicate', () => {
    given(door, [installed, opened]).when(open).thenThrows('DOOR.ALREADY_OPEN');
    given(door, []).when(open).thenThrows((error) => error.kind === 'not-found' && error.code === 'DOOR.NOT_INSTALLED');
  });

  it('fails thenThrows on another code, a failed predicate, or no refusal at all', () => {
    expect(() => given(door, []).when(open).thenThrows('DOOR.ALREADY_OPEN')).toThrow();
    expect(() => given(door, []).when(open).thenThrows((error) => error.kind === 'conflict')).toThrow(/did not match/);
    expect(() => given(door, [installed]).when(open).thenThrows('DOOR.ALREADY_OPEN')).toThrow(/produced \["DoorOpened"\]/);
  });

  it('fails thenThrows when the decider throws something other than a DomainError', () => {
    const broken: typeof door = {
      ...door,
      decide: () => {
        throw new TypeError('bug');
      },
    };
    expect(() => given(broken, []).when(open).thenThrows('DOOR.NOT_INSTALLED')).toThrow(/expected a DomainError, got TypeError: bug/);
  });

  it('refuses to be awaited like a promise', async () => {
    const awaited = given(door, []).when(open) as unknown as PromiseLike<void>;
    await expect(Promise.resolve(awaited)).rejects.toThrow(/not a promise/);
  });
});
