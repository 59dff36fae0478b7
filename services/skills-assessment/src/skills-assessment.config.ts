import { BaseServiceConfig, EnvHttpUrl } from '@career/platform';

/** The service's name: its logs, metrics, Kafka topic and consumer group, and the actor of what it does on its own. */
export const SERVICE_NAME = 'skills-assessment';

/** HTTP port when PORT is not set (docs/architecture.md#what-runs). */
export const DEFAULT_PORT = 3003;

/**
 * skills-assessment's configuration, validated at start-up: what every service reads
 * (BaseServiceConfig), the privacy master key (libs/privacy), and its own variables here.
 */
export class SkillsAssessmentConfig extends BaseServiceConfig {
  /** client-intake, which resolves a signed-in client to their own record (the client's own channel, `@Me()`). */
  @EnvHttpUrl()
  CLIENT_INTAKE_URL: string = 'http://127.0.0.1:3001';
}
