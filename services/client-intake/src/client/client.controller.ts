import { randomUUID } from 'node:crypto';
import { Body, Controller, ForbiddenException, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { forClient, RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { Response } from 'express';
import { RegisterClientCommand } from './commands/register-client.command';
import { RegisterClientDto } from './commands/register-client.dto';

@ApiTags('clients')
@ApiBearerAuth()
@Controller('api/v1/clients')
export class ClientController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles('advisor', 'admin')
  @ApiCreatedResponse({ description: 'The client was registered; `Location` names the new client.' })
  async register(@Body() body: RegisterClientDto, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response) {
    if (body.organisation !== context.organisation) {
      // Staff act within their own organisation only (DESIGN §4, tenancy).
      throw new ForbiddenException('You can register clients only in your own organisation.');
    }
    const clientId = randomUUID();
    const result = await this.commands.execute(new RegisterClientCommand(clientId, body, forClient(context, clientId)));
    response.setHeader('Location', `/api/v1/clients/${clientId}`);
    response.setHeader('ETag', `"${result.revision}"`);
    return { clientId };
  }
}
