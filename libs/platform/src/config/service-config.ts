import type { BaseServiceConfig } from './base-service.config';
import { loadConfig } from './load-config';

export interface ServiceIdentity {
  /** Kebab-case service name, e.g. `client-intake`. */
  serviceName: string;
  defaultPort: number;
}

/**
 * `loadConfig` plus the defaults that depend on which service is starting: its port and its
 * own MongoDB database `career-<service>` (each service owns its database: docs/architecture.md#what-runs).
 */
export function loadServiceConfig<T extends BaseServiceConfig>(
  schemaClass: new () => T,
  { serviceName, defaultPort }: ServiceIdentity,
  env: NodeJS.ProcessEnv = process.env,
): T {
  const serviceDefaults = {
    PORT: String(defaultPort),
    MONGO_URL: `mongodb://127.0.0.1:27017/career-${serviceName}`,
  };
  const withDefaults: NodeJS.ProcessEnv = { ...env };
  for (const [variable, value] of Object.entries(serviceDefaults)) {
    if (withDefaults[variable] === undefined || withDefaults[variable]?.trim() === '') withDefaults[variable] = value;
  }
  return loadConfig(schemaClass, withDefaults);
}
