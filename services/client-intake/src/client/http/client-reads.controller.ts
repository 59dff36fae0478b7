import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { accessOf, RequestCtx, Roles, type RequestContext } from '@career/auth';
import { pageOf, setETag } from '@career/platform';
import type { Response } from 'express';
import { AuditTrailQuery, type AuditTrail } from '../queries/audit-trail.query';
import type { ClientDetails } from '../queries/client-details';
import { ExportClientQuery, type ClientExport } from '../queries/export-client.query';
import { GetClientQuery } from '../queries/get-client.query';
import { ListClientsQuery, type ClientList } from '../read-models/list-clients.query';
import { ListClientsQueryDto, ViewPurposeDto } from './query.dtos';


/**
 * Reads of clients (advisor or admin, own organisation only: another organisation's client is
 * 404). Every read that shows personal data appends PersonalDataViewed (who, what, why).
 */
@ApiTags('clients')
@ApiBearerAuth()
@Controller('api/v1/clients')
@Roles('advisor', 'admin')
export class ClientReadsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ description: 'The organisation\'s clients (no identity codes, no contact details); names shown are logged as views.' })
  list(@Query() query: ListClientsQueryDto, @RequestCtx() context: RequestContext): Promise<ClientList> {
    return this.queries.execute(
      new ListClientsQuery(
        context,
        { ...(query.advisorId !== undefined ? { advisorId: query.advisorId } : {}), ...(query.status !== undefined ? { status: query.status } : {}) },
        pageOf(query),
        query.purpose,
      ),
    );
  }

  @Get(':id')
  @ApiOkResponse({ description: 'The client, decrypted; `ETag` is the revision to send back as If-Match (the read itself is recorded first).' })
  async get(
    @Param('id', ParseUUIDPipe) clientId: string,
    @Query() query: ViewPurposeDto,
    @RequestCtx() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ClientDetails> {
    const details = await this.queries.execute<GetClientQuery, ClientDetails>(new GetClientQuery(clientId, context, accessOf(context), query.purpose));
    setETag(response, details.revision);
    return details;
  }

  @Get(':id/export')
  @ApiOkResponse({ description: 'Everything client-intake holds about the client, decrypted (right of access); logged as a view.' })
  export(@Param('id', ParseUUIDPipe) clientId: string, @Query() query: ViewPurposeDto, @RequestCtx() context: RequestContext): Promise<ClientExport> {
    return this.queries.execute(new ExportClientQuery(clientId, context, accessOf(context), query.purpose));
  }

  @Get(':id/audit-trail')
  @ApiOkResponse({ description: 'Every recorded event about the client in every service, oldest first: actor, organisation, time, type.' })
  auditTrail(@Param('id', ParseUUIDPipe) clientId: string, @RequestCtx() context: RequestContext): Promise<AuditTrail> {
    return this.queries.execute(new AuditTrailQuery(clientId, accessOf(context)));
  }
}
