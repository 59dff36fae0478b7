import { IsInt, Max, Min } from 'class-validator';
import { BaseServiceConfig, EnvHttpUrl } from '@career/platform';

/** Scheduling's own variables on top of the shared ones (validated at start-up). */
export class SchedulingConfig extends BaseServiceConfig {
  /** How often the overdue job sweeps open initial assessments. */
  @IsInt()
  @Min(1_000)
  @Max(86_400_000)
  OVERDUE_CHECK_INTERVAL_MS: number = 15 * 60_000;

  /**
   * How long an advisor's booking lease lasts when its holder dies mid-booking; a live holder
   * releases it within milliseconds.
   */
  @IsInt()
  @Min(1_000)
  @Max(120_000)
  ADVISOR_BOOKING_LEASE_MS: number = 15_000;

  /** client-intake, which resolves a signed-in client to their own record (the client's own channel, `@Me()`). */
  @EnvHttpUrl()
  CLIENT_INTAKE_URL: string = 'http://127.0.0.1:3001';
}
