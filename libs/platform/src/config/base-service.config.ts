import { ArrayNotEmpty, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, isURL, Matches, Max, Min, ValidateBy } from 'class-validator';
import { EnvList } from './env-decorators';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/** AUTH_JWKS_URL: an http(s) URL when set; required when NODE_ENV=production. */
function IdentityProviderUrl(): PropertyDecorator {
  return ValidateBy({
    name: 'identityProviderUrl',
    validator: {
      validate: (value: unknown, args) =>
        value === undefined
          ? (args?.object as BaseServiceConfig).NODE_ENV !== 'production'
          : typeof value === 'string' && isURL(value, { require_tld: false, require_protocol: true, protocols: ['http', 'https'] }),
      defaultMessage: (args) =>
        args?.value === undefined ? 'is required when NODE_ENV=production (the development signing key is refused in production)' : 'must be an http(s) URL',
    },
  });
}

export const EVENT_STORE_KINDS = ['sqlite', 'esdb'] as const;
export type EventStoreKind = (typeof EVENT_STORE_KINDS)[number];

/**
 * The variables every service reads (docs/architecture.md#conventions), with defaults that work on a developer's
 * machine. A service extends it with its own variables and passes the subclass to
 * `bootstrapService({ config })`. `PORT` and `MONGO_URL` get per-service defaults there
 * (see `loadServiceConfig`).
 */
export class BaseServiceConfig {
  /** `production` turns every development fallback (signing key, privacy secrets) into a start-up error. */
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsIn(EVENT_STORE_KINDS)
  EVENT_STORE: EventStoreKind = 'sqlite';

  @IsString()
  @IsNotEmpty()
  SQLITE_PATH: string = '.data/events.sqlite';

  @Matches(/^esdb(\+discover)?:\/\/\S+$/, { message: 'must be an esdb:// or esdb+discover:// connection string' })
  ESDB_CONNECTION_STRING: string = 'esdb://127.0.0.1:2113?tls=false';

  @EnvList()
  @IsArray()
  @ArrayNotEmpty({ message: 'must list at least one broker' })
  @Matches(/^[^\s:,/]+:\d{1,5}$/, { each: true, message: 'must be a comma-separated list of host:port' })
  KAFKA_BROKERS: string[] = ['127.0.0.1:9092'];

  /** The service's consumer group; defaults to the service name (one group per service). */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'must be 1-200 letters, digits, dots, dashes or underscores' })
  KAFKA_GROUP_ID?: string;

  /**
   * A prefix for every Kafka topic name (`<namespace>.career.<service>.events.v1`), so test runs
   * sharing one local broker each read only their own history. Unset in production.
   */
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'must be 1-40 lower-case letters, digits or dashes' })
  KAFKA_TOPIC_NAMESPACE?: string;

  @Matches(/^mongodb(\+srv)?:\/\/\S+$/, { message: 'must be a mongodb:// or mongodb+srv:// URL' })
  MONGO_URL: string = 'mongodb://127.0.0.1:27017/career';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /**
   * The identity provider's keys. When unset, tokens are verified against the local dev key
   * (AUTH_DEV_KEY_PATH), which is refused in production: a forgotten variable must fail
   * closed, not accept tokens signed by a key generated inside the container.
   */
  @IdentityProviderUrl()
  AUTH_JWKS_URL?: string;

  @IsString()
  @IsNotEmpty()
  AUTH_ISSUER: string = 'career-dev';

  @IsString()
  @IsNotEmpty()
  AUTH_AUDIENCE: string = 'career-api';

  @IsString()
  @IsNotEmpty()
  AUTH_DEV_KEY_PATH: string = '.data/auth/dev-key.json';

  /**
   * Service identities (the `sub` of their `service` tokens) that may read records of every
   * organisation on internal routes. Every other service token is held to the organisation it
   * names, like the user the call is made for (docs/architecture.md#conventions). Empty by
   * default: no service of this backend needs it.
   */
  @EnvList()
  @IsArray()
  @Matches(/^[A-Za-z0-9._:-]{1,128}$/, { each: true, message: 'must be a comma-separated list of service names' })
  CROSS_ORGANISATION_SERVICES: string[] = [];

  /**
   * A subscriber (relay, projection) failing on the same event for this long is stuck:
   * readiness fails naming it, and an operator may park the event (docs/architecture.md#the-rules).
   */
  @IsInt()
  @Min(100)
  @Max(86_400_000)
  SUBSCRIBER_STUCK_AFTER_MS: number = 60_000;

  /** Requests a second one token may make on average (per instance); 0 turns the limit off. */
  @IsInt()
  @Min(0)
  @Max(100_000)
  RATE_LIMIT_PER_SECOND: number = 50;

  /** How many requests one token may make at once before the rate applies. */
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_BURST: number = 200;

  /** After a SIGTERM/SIGINT, the process exits 1 if shutting down takes longer than this. */
  @IsInt()
  @Min(100)
  @Max(600_000)
  SHUTDOWN_TIMEOUT_MS: number = 10_000;
}
