import { BaseServiceConfig } from '@career/platform';

/** The service's name: its logs, metrics, Kafka topic and consumer group, and the actor of what it does on its own. */
export const SERVICE_NAME = 'skills-assessment';

/** HTTP port when PORT is not set (docs/architecture.md#what-runs). */
export const DEFAULT_PORT = 3003;

/**
 * skills-assessment's configuration, validated at start-up. It has no variables of its own:
 * what it reads is shared by every service (BaseServiceConfig) and the privacy master key
 * (libs/privacy); an own variable goes here.
 */
export class SkillsAssessmentConfig extends BaseServiceConfig {}
