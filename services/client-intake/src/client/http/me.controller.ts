import { Body, Controller, Get, Headers, Inject, Patch, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { accessOf, Me, MyClientId, RequestCtx, type RequestContext } from '@career/auth';
import type { CommandSideOf } from '@career/event-sourcing';
import { expectedRevisionOf, setETag } from '@career/platform';
import type { Response } from 'express';
import { client } from '../domain/client.aggregate';
import { AuditTrailQuery, type AuditTrail } from '../queries/audit-trail.query';
import { ExportOwnDataQuery, GetOwnDetailsQuery, type OwnDataExport } from '../queries/own-data.query';
import type { OwnClientDetails } from '../queries/own-details';
import { contactChangeOf, UpdateContactDetailsDto } from './change-client.dtos';

/**
 * The client's own channel (docs/domain.md#the-people): the person, signed in with strong
 * electronic identification (role `client`), resolved to their own record by `@Me()`. Only that
 * record is ever read or changed (`accessOf` gives `{ organisation, clientId }`); what they
 * change is an event whose actor is the client. Their own reads are not logged as views (see
 * GetOwnDetailsQuery).
 */
@ApiTags('me')
@ApiBearerAuth()
@Controller('api/v1/me')
@Me()
export class MeController {
  constructor(
    @Inject(client.token) private readonly clients: CommandSideOf<typeof client>,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'Your own details (never your identity code); `ETag` is the revision to send back as If-Match.' })
  async details(@MyClientId() clientId: string, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<OwnClientDetails> {
    const details = await this.queries.execute<GetOwnDetailsQuery, OwnClientDetails>(new GetOwnDetailsQuery(clientId, accessOf(context)));
    setETag(response, details.revision);
    return details;
  }

  @Patch('contact')
  @ApiHeader({ name: 'If-Match', required: true, description: 'Required (428 without it): the ETag of your details as last read.' })
  @ApiOkResponse({ description: 'Only the fields given change; null removes email, phone or address (one of email and phone stays).' })
  async updateContact(
    @MyClientId() clientId: string,
    @Body() body: UpdateContactDetailsDto,
    @Headers('if-match') ifMatch: string | undefined,
    @RequestCtx() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ revision: number }> {
    const result = await this.clients.handle(
      clientId,
      { type: 'UpdateContactDetails', data: contactChangeOf(body), metadata: { now: context.now } },
      { context, access: accessOf(context), expectedRevision: expectedRevisionOf(ifMatch, { required: true, what: 'client' }) },
    );
    setETag(response, result.revision);
    return { revision: result.revision };
  }

  @Get('audit-trail')
  @ApiOkResponse({
    description:
      'Who handled your data, when and for what purpose: every recorded event about you in every service, oldest first (types, actors, times; no contents, so no one else’s data and no advisor’s notes).',
  })
  auditTrail(@MyClientId() clientId: string, @RequestCtx() context: RequestContext): Promise<AuditTrail> {
    return this.queries.execute(new AuditTrailQuery(clientId, accessOf(context)));
  }

  @Get('export')
  @ApiOkResponse({ description: 'Everything client-intake holds about you, decrypted (your identity code and advisors’ notes withheld, named per event).' })
  export(@MyClientId() clientId: string, @RequestCtx() context: RequestContext): Promise<OwnDataExport> {
    return this.queries.execute(new ExportOwnDataQuery(clientId, accessOf(context), context.now));
  }
}
