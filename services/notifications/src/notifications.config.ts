import { BaseServiceConfig, EnvBoolean, EnvHttpUrl } from '@career/platform';
import { IsBoolean, IsInt, IsNotEmpty, IsString, Matches, Max, Min, ValidateBy } from 'class-validator';

/** REMINDERS_ALLOW_TIME_OVERRIDE: never in production, where a caller could otherwise send early or mark reminders missed. */
function NotInProduction(): PropertyDecorator {
  return ValidateBy({
    name: 'notInProduction',
    validator: {
      validate: (value: unknown, args) => value !== true || (args?.object as BaseServiceConfig).NODE_ENV !== 'production',
      defaultMessage: () => 'must be false when NODE_ENV=production',
    },
  });
}

/**
 * The notifications service's own variables (validated at start-up): the owners it reads at send
 * time, the SMTP relay, and the dispatcher's timing.
 */
export class NotificationsConfig extends BaseServiceConfig {
  /** client-intake: a client's e-mail address, first name and language (`GET /internal/v1/clients/:id/contact`), read at send time. */
  @EnvHttpUrl()
  CLIENT_INTAKE_URL: string = 'http://127.0.0.1:3001';

  /** scheduling: a group session's description and an advisor's worklist, read at send time. */
  @EnvHttpUrl()
  SCHEDULING_URL: string = 'http://127.0.0.1:3002';

  @IsInt()
  @Min(100)
  @Max(60_000)
  DEPENDENCY_TIMEOUT_MS: number = 5_000;

  /** The mail relay: `smtp://host:port` (plain, STARTTLS when offered) or `smtps://host:port`; credentials in the URL when the relay needs them. */
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL: string = 'smtp://127.0.0.1:1025';

  /** The sender of every message. */
  @IsString()
  @IsNotEmpty()
  MAIL_FROM: string = 'Uraohjaus <no-reply@career.local>';

  /** The right-hand side of every Message-ID (`reminder.<id>.<round>@<domain>`). */
  @Matches(/^[A-Za-z0-9.-]{1,200}$/, { message: 'must be a domain name' })
  MAIL_MESSAGE_ID_DOMAIN: string = 'notifications.career.local';

  /** How often the dispatcher looks for reminders that are due: how late "on time" may be. */
  @IsInt()
  @Min(100)
  @Max(300_000)
  REMINDER_POLL_INTERVAL_MS: number = 5_000;

  /**
   * How long a recorded intent is left to its process before another run may resume it. A live
   * process records the result within a few seconds; after a crash the reminder is resent (with
   * the same Message-ID) this long after the intent.
   */
  @IsInt()
  @Min(1_000)
  @Max(3_600_000)
  REMINDER_SEND_LEASE_MS: number = 60_000;

  /** The hour (Helsinki time) advisors' daily digests go out. */
  @IsInt()
  @Min(0)
  @Max(23)
  DIGEST_HOUR: number = 7;

  /** Lets an administrator run the dispatcher as of another time (`?now=`): test and demo environments only. */
  @EnvBoolean()
  @IsBoolean()
  @NotInProduction()
  REMINDERS_ALLOW_TIME_OVERRIDE: boolean = false;
}
