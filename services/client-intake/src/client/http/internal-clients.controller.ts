import { Body, Controller, Get, HttpCode, Inject, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { accessOf, CLIENT_RESOLVER, RequestCtx, Roles, type ClientResolver, type RequestContext } from '@career/auth';
import { ClientContactQuery, type ClientContact } from '../queries/client-contact.query';
import { ViewPurposeDto } from './query.dtos';

export class ResolveClientDto {
  @ApiProperty({ description: "The signed-in person's identity code, from their e-Identification (in the body, never in a URL)", pattern: String.raw`^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$` })
  @Matches(/^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/, { message: 'must be a Finnish personal identity code' })
  identityCode!: string;
}

/**
 * For other services (a `service` token), e.g. document generation printing a CV's header. The
 * token names the organisation of the user the call is made for: another organisation's client
 * answers 404 exactly like a missing one, unless the service is configured as cross-organisation
 * (CROSS_ORGANISATION_SERVICES).
 */
@ApiTags('internal')
@ApiBearerAuth()
@Controller('internal/v1/clients')
@Roles('service')
export class InternalClientsController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLIENT_RESOLVER) private readonly people: ClientResolver,
  ) {}

  /**
   * Which client record is the signed-in person's own, in the organisation the service token
   * names (the person's channel): what the other services' `@Me()` routes ask.
   */
  @Post('resolve')
  @HttpCode(200)
  @ApiOkResponse({ description: '`{ clientId }` of the person in the organisation of the token.' })
  @ApiNotFoundResponse({ description: 'The person has no client record there (never registered, or their data was destroyed).' })
  async resolve(@Body() body: ResolveClientDto, @RequestCtx() context: RequestContext): Promise<{ clientId: string }> {
    const clientId = await this.people.resolve(context.organisation, body.identityCode);
    if (!clientId) throw new NotFoundException('No client record for this person in this organisation.');
    return { clientId };
  }

  @Get(':id/contact')
  @ApiOkResponse({ description: 'Name, contact details and preferred language; logged as a view with the service as actor.' })
  @ApiNotFoundResponse({ description: "No such client in the token's organisation." })
  contact(@Param('id', ParseUUIDPipe) clientId: string, @Query() query: ViewPurposeDto, @RequestCtx() context: RequestContext): Promise<ClientContact> {
    return this.queries.execute(new ClientContactQuery(clientId, context, accessOf(context), query.purpose));
  }
}
