import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { BaseServiceConfig, EnvBoolean } from '@career/platform';

/** client-intake's own variables, on top of what every service reads (docs/architecture.md#conventions, Config). */
export class ClientIntakeConfig extends BaseServiceConfig {
  /**
   * Whole years personal data is kept after a client's last exit; then the retention job
   * destroys it (docs/domain.md#personal-data). The default 5 is a placeholder for
   * the organisation's information management plan (tiedonohjaussuunnitelma), which decides
   * the real period: set it per deployment.
   */
  @IsInt()
  @Min(0)
  @Max(100)
  RETENTION_YEARS_AFTER_EXIT: number = 5;

  /** How often the retention job looks for data whose retention has ended; 0 turns it off. */
  @IsInt()
  @Min(0)
  @Max(7 * 24 * 3600 * 1000)
  RETENTION_JOB_INTERVAL_MS: number = 60 * 60 * 1000;

  /**
   * Lets `POST /internal/v1/retention/run?now=` run the job as of another instant. For test
   * environments only: in production a caller could otherwise destroy data early.
   */
  @EnvBoolean()
  @IsBoolean()
  RETENTION_ALLOW_TIME_OVERRIDE: boolean = false;

  /**
   * A duplicate-detection claim whose registration has not reached the event store after this
   * long is taken to belong to a registration that crashed, and may be taken over. Far above
   * the time one registration takes.
   */
  @IsInt()
  @Min(1_000)
  @Max(3_600_000)
  IDENTITY_CLAIM_GRACE_MS: number = 30_000;
}
