import { HttpException, Injectable } from '@nestjs/common';
import { ServiceTokenSource } from '@career/auth';
import { AnswerShapeError, getInternalJson } from '@career/platform';
import { NotificationsConfig } from '../notifications.config';
import { parseClientAddress, parseSessionDetails, parseWorklist, type ClientAddress, type SessionDetails, type WorklistAnswer } from './answers';

/** The owner does not know it (or not in this organisation): sending cannot help later either. */
export class OwnerHasNoRecord extends Error {
  constructor(readonly service: string) {
    super(`${service} has no such record`);
    this.name = 'OwnerHasNoRecord';
  }
}

/** The owner could not be read now (down, slow, or answering wrongly): try again later. */
export class OwnerUnavailable extends Error {
  constructor(readonly service: string) {
    super(`${service} could not be read`);
    this.name = 'OwnerUnavailable';
  }
}

/**
 * What a message needs that other services own, read at send time over their internal APIs
 * with a service token on behalf of the record's organisation (docs/architecture.md#what-runs):
 * the client's address and language (client-intake; never stored here, never on Kafka, never
 * logged), a group session's description and an advisor's worklist (scheduling).
 */
@Injectable()
export class OwnersReader {
  constructor(
    private readonly config: NotificationsConfig,
    private readonly tokens: ServiceTokenSource,
  ) {}

  /** client-intake logs each read as a use of the client's personal data (purpose `notification`). */
  async clientAddressOf(clientId: string, organisation: string, correlationId?: string): Promise<ClientAddress> {
    const address = await this.read('client-intake', this.config.CLIENT_INTAKE_URL, `/internal/v1/clients/${encodeURIComponent(clientId)}/contact?purpose=notification`, organisation, parseClientAddress, correlationId);
    if (address.clientId !== clientId || (address.organisation !== undefined && address.organisation !== organisation)) throw new OwnerHasNoRecord('client-intake');
    return address;
  }

  async sessionOf(sessionId: string, organisation: string, correlationId?: string): Promise<SessionDetails> {
    const session = await this.read('scheduling', this.config.SCHEDULING_URL, `/internal/v1/group-sessions/${encodeURIComponent(sessionId)}`, organisation, parseSessionDetails, correlationId);
    if (session.sessionId !== sessionId || session.organisation !== organisation) throw new OwnerHasNoRecord('scheduling');
    return session;
  }

  async advisorWorklistOf(advisorId: string, organisation: string, limit: number, correlationId?: string): Promise<WorklistAnswer> {
    const path = `/internal/v1/worklists/advisors/${encodeURIComponent(advisorId)}?limit=${limit}`;
    return this.read('scheduling', this.config.SCHEDULING_URL, path, organisation, parseWorklist, correlationId);
  }

  private async read<T>(service: string, baseUrl: string, path: string, organisation: string, parse: (body: unknown) => T, correlationId?: string): Promise<T> {
    let answer;
    try {
      answer = await getInternalJson({ service, baseUrl, path, token: await this.tokens.tokenFor(organisation), timeoutMs: this.config.DEPENDENCY_TIMEOUT_MS, correlationId });
    } catch (error) {
      if (error instanceof HttpException) throw new OwnerUnavailable(service);
      throw error;
    }
    if (!answer.found) throw new OwnerHasNoRecord(service);
    try {
      return parse(answer.body);
    } catch (error) {
      if (error instanceof AnswerShapeError) throw new OwnerUnavailable(service);
      throw error;
    }
  }
}
