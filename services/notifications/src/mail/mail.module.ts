import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { NotificationsConfig } from '../notifications.config';
import { MESSAGE_CHANNEL, type MessageChannel } from './message-channel';
import { SmtpMailChannel } from './smtp-mail-channel';

/** The e-mail channel, to the relay at SMTP_URL. */
@Module({
  providers: [
    {
      provide: MESSAGE_CHANNEL,
      inject: [NotificationsConfig],
      useFactory: (config: NotificationsConfig): MessageChannel => new SmtpMailChannel({ url: config.SMTP_URL, from: config.MAIL_FROM, timeoutMs: config.DEPENDENCY_TIMEOUT_MS }),
    },
  ],
  exports: [MESSAGE_CHANNEL],
})
export class MailModule implements OnApplicationShutdown {
  constructor(@Inject(MESSAGE_CHANNEL) private readonly channel: MessageChannel) {}

  onApplicationShutdown(): void {
    this.channel.close();
  }
}
