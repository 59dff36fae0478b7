import type { Logger } from '@career/platform';
import { logLevel } from 'kafkajs';
import { brokersFromEnv, kafkaLogCreator } from './kafka';

function recordingLogger() {
  const lines: { level: string; fields: object; msg?: string }[] = [];
  const at = (level: string) => (fields: object, msg?: string) => lines.push({ level, fields, msg });
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { logger, lines };
}

describe('kafkajs log routing', () => {
  it('maps levels and keeps only safe fields', () => {
    const { logger, lines } = recordingLogger();
    const log = kafkaLogCreator(logger)(logLevel.DEBUG);
    log({
      namespace: 'Producer',
      level: logLevel.ERROR,
      label: 'ERROR',
      log: {
        timestamp: '2026-01-01T00:00:00.000Z',
        logger: 'kafkajs',
        message: 'Failed to send',
        broker: '127.0.0.1:9092',
        topic: 'career.x.events.v1',
        retryCount: 2,
        error: new Error('connection refused'),
        // Fields that could carry payloads must never reach the log.
        messages: [{ key: 'client-1', value: '{"name":"Maija"}' }],
        stack: 'Error: ...',
      } as never,
    });
    log({ namespace: 'Consumer', level: logLevel.INFO, label: 'INFO', log: { timestamp: '', logger: 'kafkajs', message: 'joined', groupId: 'g' } as never });
    log({ namespace: 'Connection', level: logLevel.WARN, label: 'WARN', log: { timestamp: '', logger: 'kafkajs', message: 'slow' } as never });
    log({ namespace: 'Connection', level: logLevel.DEBUG, label: 'DEBUG', log: { timestamp: '', logger: 'kafkajs', message: 'req' } as never });

    expect(lines).toEqual([
      {
        level: 'error',
        msg: 'Failed to send',
        fields: { kafkajs: 'Producer', broker: '127.0.0.1:9092', topic: 'career.x.events.v1', retryCount: 2, error: 'connection refused' },
      },
      { level: 'info', msg: 'joined', fields: { kafkajs: 'Consumer', groupId: 'g' } },
      { level: 'warn', msg: 'slow', fields: { kafkajs: 'Connection' } },
      { level: 'debug', msg: 'req', fields: { kafkajs: 'Connection' } },
    ]);
    expect(JSON.stringify(lines)).not.toContain('Maija');
  });

  it('reads brokers from a comma-separated list', () => {
    expect(brokersFromEnv(' a:9092, b:9093 ,')).toEqual(['a:9092', 'b:9093']);
    expect(brokersFromEnv('')).toEqual(['127.0.0.1:9092']);
  });
});
