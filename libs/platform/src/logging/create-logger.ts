import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/base-service.config';
import { REDACTED_PATHS, REDACTION_CENSOR, scrubPersonalData } from './redaction';

export interface CreateLoggerOptions {
  /** Added to every line as `service`. */
  service: string;
  level?: LogLevel;
  /** Where lines go; stdout when omitted. Tests pass a stream to read what was logged. */
  destination?: DestinationStream;
}

/**
 * The root JSON logger of a process. Personal data is redacted from everything logged, at any
 * depth (see PERSONAL_DATA_KEYS and scrubPersonalData), child bindings included.
 */
export function createLogger({ service, level = 'info', destination }: CreateLoggerOptions): Logger {
  const logger = pino(
    {
      level,
      base: { service, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => scrubPersonalData(object),
        bindings: (bindings) => scrubPersonalData(bindings),
      },
      redact: { paths: [...REDACTED_PATHS], censor: REDACTION_CENSOR },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
  // pino applies `formatters.bindings` to the root's base only; children (request loggers,
  // `logger.child({...})`, nestjs-pino's assign) inherit this method, so their bindings pass here.
  const child = logger.child;
  logger.child = function scrubbedChild(this: Logger, bindings, options) {
    return child.call(this, scrubPersonalData(bindings), options);
  } as Logger['child'];
  return logger;
}
