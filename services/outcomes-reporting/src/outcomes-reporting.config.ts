import { IsInt, Max, Min } from 'class-validator';
import { BaseServiceConfig } from '@career/platform';

export const SERVICE_NAME = 'outcomes-reporting';

/** outcomes-reporting's own variables, on top of what every service reads (docs/architecture.md#conventions, Config). */
export class OutcomesReportingConfig extends BaseServiceConfig {
  /**
   * How long a rebuild may take to replay the topics before it is abandoned (the live read
   * model stays in place). Replaying is fast; the limit is for a broker that stops answering.
   */
  @IsInt()
  @Min(1_000)
  @Max(24 * 3600 * 1000)
  REBUILD_TIMEOUT_MS: number = 10 * 60 * 1000;
}
