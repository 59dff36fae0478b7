import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import { ClientContactQuery, type ClientContact } from '../queries/client-contact.query';
import { ViewPurposeDto } from './query.dtos';

/** For other services (a `service` token), e.g. document generation printing a CV's header. */
@ApiTags('internal')
@ApiBearerAuth()
@Controller('internal/v1/clients')
@Roles('service')
export class InternalClientsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/contact')
  @ApiOkResponse({ description: 'Name, contact details and preferred language; logged as a view with the service as actor.' })
  contact(@Param('id', ParseUUIDPipe) clientId: string, @Query() query: ViewPurposeDto, @RequestCtx() context: RequestContext): Promise<ClientContact> {
    return this.queries.execute(new ClientContactQuery(clientId, context, query.purpose));
  }
}
