import { silentLogger, type Logger } from '@career/platform';
import { Kafka, logLevel, type LogEntry, type logCreator } from 'kafkajs';
import { fixKafkajsIdleTimer } from './kafkajs-idle-timer-fix';

/**
 * The one place that constructs the Kafka client. Everything else takes the `Kafka` instance,
 * so swapping kafkajs for its API-compatible successor (@confluentinc/kafka-javascript's
 * KafkaJS mode) means changing this file and the imports of the type.
 */
export interface CreateKafkaOptions {
  brokers: string[];
  clientId: string;
  logger?: Logger;
  /** kafkajs' own verbosity; INFO shows group joins and reconnects. */
  logLevel?: logLevel;
}

export { type Kafka } from 'kafkajs';

/** `KAFKA_BROKERS=host1:9092,host2:9092` -> `['host1:9092', 'host2:9092']`. */
export function brokersFromEnv(value = process.env.KAFKA_BROKERS, fallback = '127.0.0.1:9092'): string[] {
  return (value || fallback)
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
}

export function createKafka(options: CreateKafkaOptions): Kafka {
  fixKafkajsIdleTimer();
  const logger = options.logger ?? silentLogger;
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    logLevel: options.logLevel ?? logLevel.INFO,
    logCreator: kafkaLogCreator(logger),
  });
}

/**
 * kafkajs log entries carry arbitrary extra fields; only these are passed on, so nothing
 * that could hold message keys, values or headers reaches the log.
 */
const SAFE_FIELDS = [
  'broker',
  'clientId',
  'groupId',
  'memberId',
  'generationId',
  'topic',
  'partition',
  'retryCount',
  'retryTime',
  'correlationId',
  'apiName',
  'isLeader',
] as const;

/** Routes kafkajs' log entries to `logger`, keeping only the SAFE_FIELDS. */
export function kafkaLogCreator(logger: Logger): logCreator {
  return () => (entry) => routeLog(logger, entry);
}

function routeLog(logger: Logger, entry: LogEntry): void {
  const { message, ...extra } = entry.log as unknown as { message: string } & Record<string, unknown>;
  const fields: Record<string, unknown> = { kafkajs: entry.namespace };
  for (const key of SAFE_FIELDS) if (extra[key] !== undefined) fields[key] = extra[key];
  // `error` is sometimes a string, sometimes an Error; keep its message only.
  if (extra.error !== undefined) fields.error = extra.error instanceof Error ? extra.error.message : String(extra.error);
  switch (entry.level) {
    case logLevel.ERROR:
      return logger.error(fields, message);
    case logLevel.WARN:
      return logger.warn(fields, message);
    case logLevel.INFO:
      return logger.info(fields, message);
    default:
      return logger.debug(fields, message);
  }
}
