import { BaseServiceConfig, EnvHttpUrl } from '@career/platform';
import { IsInt, Max, Min } from 'class-validator';

/**
 * document-generation's own variables: where the three services it asks at render time listen
 * (their internal APIs), and how long it waits for them. Validated at start-up.
 */
export class DocumentGenerationConfig extends BaseServiceConfig {
  /** client-intake: contact details and preferred language (`GET /internal/v1/clients/:id/contact`). */
  @EnvHttpUrl()
  CLIENT_INTAKE_URL: string = 'http://127.0.0.1:3001';

  /** skills-assessment: the decrypted skills profile (`GET /internal/v1/skills-profiles/:clientId`). */
  @EnvHttpUrl()
  SKILLS_ASSESSMENT_URL: string = 'http://127.0.0.1:3003';

  /** scheduling: an agreed version of a career plan (`GET /internal/v1/career-plans/:planId/versions/:version`). */
  @EnvHttpUrl()
  SCHEDULING_URL: string = 'http://127.0.0.1:3002';

  /** Per call to another service; past it the request fails with 503 instead of hanging. */
  @IsInt()
  @Min(100)
  @Max(60_000)
  DEPENDENCY_TIMEOUT_MS: number = 5_000;
}
