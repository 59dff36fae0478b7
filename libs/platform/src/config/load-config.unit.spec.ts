import { IsBoolean, IsInt, IsString, Min } from 'class-validator';
import { BaseServiceConfig } from './base-service.config';
import { EnvBoolean } from './env-decorators';
import { ConfigValidationError, loadConfig } from './load-config';
import { loadServiceConfig } from './service-config';

class ExampleServiceConfig extends BaseServiceConfig {
  @IsString()
  REPORT_BUCKET: string = 'reports';

  @IsInt()
  @Min(1)
  BATCH_SIZE: number = 100;

  @EnvBoolean()
  @IsBoolean()
  FEATURE_X: boolean = false;
}

const problemsOf = (attempt: () => unknown) => {
  try {
    attempt();
  } catch (error) {
    if (error instanceof ConfigValidationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigValidationError');
};

describe('loadConfig', () => {
  it('gives the local defaults when nothing is set', () => {
    const config = loadConfig(BaseServiceConfig, {});
    expect(config).toBeInstanceOf(BaseServiceConfig);
    expect(config).toMatchObject({
      PORT: 3000,
      EVENT_STORE: 'sqlite',
      SQLITE_PATH: '.data/events.sqlite',
      ESDB_CONNECTION_STRING: 'esdb://127.0.0.1:2113?tls=false',
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      LOG_LEVEL: 'info',
      AUTH_ISSUER: 'career-dev',
      AUTH_AUDIENCE: 'career-api',
      AUTH_DEV_KEY_PATH: '.data/auth/dev-key.json',
      SHUTDOWN_TIMEOUT_MS: 10000,
    });
    expect(config.AUTH_JWKS_URL).toBeUndefined();
  });

  it('reads and converts what is set, treats empty as unset, ignores undeclared variables', () => {
    const config = loadConfig(ExampleServiceConfig, {
      PORT: '8080',
      EVENT_STORE: 'esdb',
      KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092,',
      AUTH_JWKS_URL: 'https://login.example.fi/.well-known/jwks.json',
      LOG_LEVEL: '',
      BATCH_SIZE: '25',
      FEATURE_X: 'true',
      HOME: '/root',
    });
    expect(config).toBeInstanceOf(ExampleServiceConfig);
    expect(config).toMatchObject({
      PORT: 8080,
      EVENT_STORE: 'esdb',
      KAFKA_BROKERS: ['kafka-1:9092', 'kafka-2:9092'],
      AUTH_JWKS_URL: 'https://login.example.fi/.well-known/jwks.json',
      LOG_LEVEL: 'info',
      BATCH_SIZE: 25,
      FEATURE_X: true,
      REPORT_BUCKET: 'reports',
    });
    expect(config).not.toHaveProperty('HOME');
    expect(loadConfig(ExampleServiceConfig, { FEATURE_X: 'no' }).FEATURE_X).toBe(false);
  });

  it('lists every bad variable once with its reasons, and never a value', () => {
    const error = problemsOf(() =>
      loadConfig(ExampleServiceConfig, {
        PORT: '99999',
        KAFKA_BROKERS: 'kafka-1',
        MONGO_URL: 'postgres://admin:hunter2@db/x',
        AUTH_JWKS_URL: 'not a url',
        FEATURE_X: 'maybe',
        BATCH_SIZE: 'lots',
      }),
    );
    expect(error.problems.map((p) => p.variable)).toEqual(
      expect.arrayContaining(['PORT', 'KAFKA_BROKERS', 'MONGO_URL', 'AUTH_JWKS_URL', 'FEATURE_X', 'BATCH_SIZE']),
    );
    expect(error.problems).toHaveLength(6);
    expect(error.problems.find((p) => p.variable === 'PORT')?.reasons).toEqual(['must not be greater than 65535']);
    expect(error.problems.find((p) => p.variable === 'KAFKA_BROKERS')?.reasons).toEqual(['must be a comma-separated list of host:port']);
    expect(error.message).toMatch(/^Invalid configuration \(6 variables\):\n {2}- /);
    for (const value of ['99999', 'hunter2', 'not a url', 'maybe', 'lots', 'kafka-1']) expect(error.message).not.toContain(value);
  });
});

describe('loadServiceConfig', () => {
  it("defaults PORT to the service's port and MONGO_URL to its own database", () => {
    const config = loadServiceConfig(BaseServiceConfig, { serviceName: 'client-intake', defaultPort: 3001 }, {});
    expect(config.PORT).toBe(3001);
    expect(config.MONGO_URL).toBe('mongodb://127.0.0.1:27017/career-client-intake');
  });

  it('lets the environment win', () => {
    const config = loadServiceConfig(
      BaseServiceConfig,
      { serviceName: 'scheduling', defaultPort: 3002 },
      { PORT: '4002', MONGO_URL: 'mongodb://mongo:27017/scheduling' },
    );
    expect(config).toMatchObject({ PORT: 4002, MONGO_URL: 'mongodb://mongo:27017/scheduling' });
  });

  it('refuses to start in production without an identity provider, naming the variable (no development signing key)', () => {
    const error = problemsOf(() => loadConfig(BaseServiceConfig, { NODE_ENV: 'production' }));
    expect(error.problems).toEqual([{ variable: 'AUTH_JWKS_URL', reasons: [expect.stringContaining('is required when NODE_ENV=production')] }]);
    expect(loadConfig(BaseServiceConfig, { NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example.fi/jwks.json' }).AUTH_JWKS_URL).toBe(
      'https://idp.example.fi/jwks.json',
    );
    expect(loadConfig(BaseServiceConfig, {}).AUTH_JWKS_URL).toBeUndefined();
    expect(problemsOf(() => loadConfig(BaseServiceConfig, { AUTH_JWKS_URL: 'not a url' })).problems[0].variable).toBe('AUTH_JWKS_URL');
  });
});
