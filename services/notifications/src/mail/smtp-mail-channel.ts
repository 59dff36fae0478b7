import nodemailer, { type Transporter } from 'nodemailer';
import { ChannelRefusal, type MessageChannel, type OutgoingMessage } from './message-channel';

export interface SmtpSettings {
  url: string;
  from: string;
  timeoutMs: number;
}

/**
 * E-mail over SMTP with nodemailer (docs/architecture.md#what-runs; locally Mailpit, in
 * deployment the organisation's relay). Resolves once the relay answered 250 to the message:
 * after that the send is the relay's business, and the caller records it sent at once, so the
 * window where a crash could duplicate the message is that instant only. nodemailer's own
 * logger stays off (it would print addresses and bodies).
 */
export class SmtpMailChannel implements MessageChannel {
  readonly channel = 'email' as const;
  private readonly transport: Transporter;

  constructor(private readonly settings: SmtpSettings) {
    const url = new URL(settings.url);
    const secure = url.protocol === 'smtps:';
    this.transport = nodemailer.createTransport({
      host: url.hostname,
      port: url.port ? Number(url.port) : secure ? 465 : 25,
      secure,
      ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
      connectionTimeout: settings.timeoutMs,
      greetingTimeout: settings.timeoutMs,
      socketTimeout: settings.timeoutMs * 2,
      logger: false,
      debug: false,
    });
  }

  async send(message: OutgoingMessage): Promise<void> {
    try {
      await this.transport.sendMail({
        from: this.settings.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: `<${message.messageId}>`,
        headers: { 'Content-Language': message.language, 'Auto-Submitted': 'auto-generated' },
      });
    } catch (error) {
      // 5xx: the relay refuses this message for good (a bad address, a policy); anything else
      // (no connection, a timeout, 4xx) may pass later. Only the code is kept: the server's
      // text may quote the address.
      const code = (error as { responseCode?: unknown }).responseCode;
      throw typeof code === 'number' && code >= 500 ? new ChannelRefusal('smtp-rejected', true) : new ChannelRefusal('smtp-unavailable', false);
    }
  }

  close(): void {
    this.transport.close();
  }
}
