import { IsInt, IsUrl, Max, Min } from 'class-validator';
import { BaseServiceConfig } from '@career/platform';

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

  /**
   * client-intake, asked which client record a signed-in person's own is
   * (`POST /internal/v1/clients/resolve`) on the client's own routes (`/api/v1/me/...`).
   */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }, { message: 'must be an http(s) URL' })
  CLIENT_INTAKE_URL: string = 'http://127.0.0.1:3001';
}
