import { randomUUID } from 'node:crypto';
import { Body, Controller, ForbiddenException, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { accessOf, RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { CommandSideOf } from '@career/event-sourcing';
import { expectedRevisionOf, Idempotent, setETag } from '@career/platform';
import type { Response } from 'express';
import { ClientIntakeConfig } from '../../client-intake.config';
import { client } from '../domain/client.aggregate';
import type { ClientCommand, DestroyPersonalData, RegisterClient } from '../domain/client-commands';
import { IdentityCodeGuard } from '../identity-index/identity-code-guard';
import { DataKeyShredder } from '../personal-data/data-key-shredder';
import {
  AssignAdvisorDto,
  ConsentDto,
  contactChangeOf,
  DestroyPersonalDataDto,
  ExitClientDto,
  ReenterClientDto,
  UpdateContactDetailsDto,
} from './change-client.dtos';
import { RegisterClientDto } from './register-client.dto';

const IF_MATCH = { name: 'If-Match', required: false, description: 'The ETag of the client as last read; a stale one is 412.' };

/** The commands on an existing client that need nothing but the decider (and key shredding after). */
type ClientChange = Exclude<ClientCommand, { type: 'RegisterClient' | 'ReenterClient' | 'RecordPersonalDataViewed' }>;

/**
 * The client's state changes (advisor or admin, own organisation only: another organisation's
 * client is 404, before any If-Match check). Each answers `{ clientId, revision }` and
 * `ETag: "<revision>"`.
 */
@ApiTags('clients')
@ApiBearerAuth()
@Controller('api/v1/clients')
@Roles('advisor', 'admin')
export class ClientController {
  constructor(
    @Inject(client.token) private readonly clients: CommandSideOf<typeof client>,
    private readonly identityCodes: IdentityCodeGuard,
    private readonly shredder: DataKeyShredder,
    private readonly config: ClientIntakeConfig,
  ) {}

  @Post()
  @Idempotent()
  @ApiCreatedResponse({ description: 'The client was registered; `Location` names the new client. 409 with `details.existingClientId` for an identity code already active in the organisation.' })
  async register(@Body() body: RegisterClientDto, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response) {
    if (body.organisation !== context.organisation) {
      // Staff act within their own organisation only (docs/architecture.md#conventions, tenancy).
      throw new ForbiddenException('You can register clients only in your own organisation.');
    }
    const clientId = randomUUID();
    const command: RegisterClient = { type: 'RegisterClient', data: { ...body, clientId }, metadata: { now: context.now } };
    const result = await this.clients.handle(clientId, command, {
      context,
      access: accessOf(context),
      aroundAppend: this.identityCodes.onRegistration(body.organisation, body.personalIdentityCode, context.now),
    });
    response.setHeader('Location', `/api/v1/clients/${clientId}`);
    setETag(response, result.revision);
    return { clientId };
  }

  @Put(':id/advisor')
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ description: 'The advisor is assigned.' })
  assignAdvisor(
    @Param('id', ParseUUIDPipe) clientId: string,
    @Body() body: AssignAdvisorDto,
    @Headers('if-match') ifMatch: string | undefined,
    @RequestCtx() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.change(clientId, { type: 'AssignAdvisor', data: { advisorId: body.advisorId }, metadata: { now: context.now } }, context, response, ifMatch);
  }

  @Patch(':id/contact')
  @ApiHeader({ ...IF_MATCH, required: true, description: 'Required (428 without it): the ETag of the client as last read.' })
  @ApiOkResponse({ description: 'Only the fields given change; null removes email, phone or address.' })
  updateContact(
    @Param('id', ParseUUIDPipe) clientId: string,
    @Body() body: UpdateContactDetailsDto,
    @Headers('if-match') ifMatch: string | undefined,
    @RequestCtx() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    const data = contactChangeOf(body);
    return this.change(clientId, { type: 'UpdateContactDetails', data, metadata: { now: context.now } }, context, response, ifMatch, { required: true });
  }

  @Post(':id/consents')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ description: 'Consent recorded, or withdrawn (which destroys the voluntary answers).' })
  consent(
    @Param('id', ParseUUIDPipe) clientId: string,
    @Body() body: ConsentDto,
    @Headers('if-match') ifMatch: string | undefined,
    @RequestCtx() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    const type = body.action === 'record' ? 'RecordConsent' : 'WithdrawConsent';
    return this.change(clientId, { type, data: { scope: body.scope }, metadata: { now: context.now } }, context, response, ifMatch);
  }

  @Post(':id/exit')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ description: 'The guidance process ended.' })
  exit(
    @Param('id', ParseUUIDPipe) clientId: string,
    @Body() body: ExitClientDto,
    @Headers('if-match') ifMatch: string | undefined,
    @RequestCtx() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    const data = { exitDate: body.exitDate, reason: body.reason, ...(body.note !== undefined ? { note: body.note } : {}) };
    return this.change(clientId, { type: 'ExitClient', data, metadata: { now: context.now } }, context, response, ifMatch);
  }

  @Post(':id/reentry')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ description: 'A new guidance process; 409 with `details.existingClientId` when the person was registered anew and is active.' })
  async reenter(
    @Param('id', ParseUUIDPipe) clientId: string,
    @Body() body: ReenterClientDto,
    @Headers('if-match') ifMatch: string | undefined,
    @RequestCtx() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    const data = {
      ...(body.statusAtReentry ? { statusAtReentry: { ...body.statusAtReentry } } : {}),
      ...(body.advisorId !== undefined ? { advisorId: body.advisorId } : {}),
    };
    const result = await this.clients.handle(clientId, { type: 'ReenterClient', data, metadata: { now: context.now } }, {
      context,
      access: accessOf(context),
      expectedRevision: expectedRevisionOf(ifMatch, { what: 'client' }),
      aroundAppend: this.identityCodes.onReentry(context.now),
    });
    setETag(response, result.revision);
    return { clientId, revision: result.revision };
  }

  @Post(':id/personal-data-destruction')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ description: 'Destroyed: the data keys are deleted, the events stay (unreadable); PersonalDataDestroyed goes to Kafka.' })
  destroy(
    @Param('id', ParseUUIDPipe) clientId: string,
    @Body() body: DestroyPersonalDataDto,
    @Headers('if-match') ifMatch: string | undefined,
    @RequestCtx() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    const data: DestroyPersonalData['data'] =
      body.reason === 'retention-ended' ? { reason: body.reason, retentionYears: this.config.RETENTION_YEARS_AFTER_EXIT } : { reason: body.reason };
    return this.change(clientId, { type: 'DestroyPersonalData', data, metadata: { now: context.now } }, context, response, ifMatch);
  }

  /** One command on the client's stream, then the keys a PersonalDataDestroyed names are deleted. */
  private async change(clientId: string, change: ClientChange, context: RequestContext, response: Response, ifMatch: string | undefined, { required = false } = {}) {
    const result = await this.clients.handle(clientId, change, {
      context,
      access: accessOf(context),
      expectedRevision: expectedRevisionOf(ifMatch, { required, what: 'client' }),
    });
    await this.shredder.afterCommand(clientId, result.newEvents);
    setETag(response, result.revision);
    return { clientId, revision: result.revision };
  }
}
