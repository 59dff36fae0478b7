import { topicOf } from '@career/contracts';
import { CONSUMED_EVENT_TYPES } from './participant-updates';

/** Every topic the participant rows read: one consumer group over all of them. */
export const CONSUMED_TOPICS: readonly string[] = Object.keys(CONSUMED_EVENT_TYPES).map(topicOf);
