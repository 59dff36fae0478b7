import { brokersFromEnv } from '@career/messaging';
import { assertKafkaReachable as assertBrokerReachable } from '@career/testing';

/** The real servers the integration tests use (infra/local/up.sh starts them). */
export const KAFKA_BROKERS = brokersFromEnv();

/** Fails fast and clearly when no broker listens: an integration test must not pass without one. */
export const assertKafkaReachable = (broker = KAFKA_BROKERS[0]): Promise<void> => assertBrokerReachable(broker);
