import type { RecordedEvent } from '@career/event-sourcing';
import type { Model } from 'mongoose';

/** The row keeps the decider's state and the stream revision it was evolved to. The evolving half of a decider, and how a stored event becomes one of its events. */
export interface StateEvolution<S, E> {
  category: string;
  initialState(): S;
  evolve(state: S, event: E): S;
  eventOf(recorded: RecordedEvent): E;
}

/**
 * For read models that store the decider's own state (so their figures come from the rules that
 * decide, not a copy of them): the state after `recorded`, evolved from the row's stored state.
 * Undefined for another category's event, or when the row already holds this revision (a
 * replay). The caller writes the row with applyGuarded, which holds against a concurrent writer.
 */
export async function evolvedStateAfter<S, E, Row extends { state: S; revision: number }>(
  model: Model<Row>,
  recorded: RecordedEvent,
  evolution: StateEvolution<S, E>,
): Promise<{ id: string; state: S; event: E } | undefined> {
  const prefix = `${evolution.category}-`;
  if (!recorded.streamId.startsWith(prefix)) return undefined;
  const id = recorded.streamId.slice(prefix.length);
  const current = await model.findById(id, { state: 1, revision: 1 }).lean<Row>();
  if (current && current.revision >= recorded.revision) return undefined;
  const event = evolution.eventOf(recorded);
  return { id, event, state: evolution.evolve(current?.state ?? evolution.initialState(), event) };
}
