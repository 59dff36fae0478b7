import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import { KnownClients } from '../../known-clients/read-models/known-clients';
import { ClientReminders, type ReminderView } from '../read-models/client-reminders.query';

/** Staff see a client's notifications and what became of each. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/v1/clients/:clientId/notifications')
@Roles('advisor', 'coordinator')
export class RemindersController {
  constructor(
    private readonly reminders: ClientReminders,
    private readonly clients: KnownClients,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'The client’s reminders, invitations and follow-up requests: kind, due time, status, last outcome (sent, failed with the reason, suppressed, missed, cancelled).' })
  async list(@Param('clientId', ParseUUIDPipe) clientId: string, @RequestCtx() context: RequestContext): Promise<{ clientId: string; items: ReminderView[] }> {
    await this.clients.require(clientId, context.organisation);
    return { clientId, items: await this.reminders.of(clientId, context.organisation) };
  }
}
