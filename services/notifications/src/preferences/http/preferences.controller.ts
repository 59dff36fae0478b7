import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { accessOf, Me, MyClientId, RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { CommandSideOf } from '@career/event-sourcing';
import { ArrayMaxSize, IsArray, IsIn, IsOptional } from 'class-validator';
import { KnownClients } from '../../known-clients/read-models/known-clients';
import { CHANNELS, type Channel } from '../../reminder/domain/reminder.events';
import { notificationPreferences } from '../domain/preferences.aggregate';
import type { ChosenBy } from '../domain/preferences.events';

export class ChangePreferencesDto {
  @ApiPropertyOptional({ enum: CHANNELS, isArray: true, description: 'Channels the client no longer wants messages on' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CHANNELS.length)
  @IsIn(CHANNELS, { each: true })
  optOut?: Channel[];

  @ApiPropertyOptional({ enum: CHANNELS, isArray: true, description: 'Channels the client wants messages on again' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CHANNELS.length)
  @IsIn(CHANNELS, { each: true })
  optIn?: Channel[];
}

export interface PreferencesView {
  clientId: string;
  channels: Record<Channel, 'on' | 'opted-out'>;
}

/**
 * A client's choice of channels (docs/domain.md#personal-data): the client in their own channel
 * (`/api/v1/me/...`), or an advisor on their behalf. Every change is an event in the client's
 * audit trail; a reminder on a channel the client opted out of is recorded as suppressed.
 */
@ApiTags('notification preferences')
@ApiBearerAuth()
@Controller('api/v1')
export class PreferencesController {
  constructor(
    @Inject(notificationPreferences.token) private readonly preferences: CommandSideOf<typeof notificationPreferences>,
    private readonly clients: KnownClients,
  ) {}

  @Get('clients/:clientId/notification-preferences')
  @Roles('advisor', 'coordinator')
  async get(@Param('clientId', ParseUUIDPipe) clientId: string, @RequestCtx() context: RequestContext): Promise<PreferencesView> {
    await this.clients.require(clientId, context.organisation);
    return this.view(clientId, context);
  }

  @Patch('clients/:clientId/notification-preferences')
  @Roles('advisor')
  @ApiOkResponse({ description: 'The client’s channels after the change.' })
  async change(@Param('clientId', ParseUUIDPipe) clientId: string, @Body() body: ChangePreferencesDto, @RequestCtx() context: RequestContext): Promise<PreferencesView> {
    await this.clients.require(clientId, context.organisation);
    return this.apply(clientId, body, 'staff', context);
  }

  @Get('me/notification-preferences')
  @Me()
  getMine(@MyClientId() clientId: string, @RequestCtx() context: RequestContext): Promise<PreferencesView> {
    return this.view(clientId, context);
  }

  @Patch('me/notification-preferences')
  @Me()
  @ApiOkResponse({ description: 'Your channels after the change.' })
  changeMine(@MyClientId() clientId: string, @Body() body: ChangePreferencesDto, @RequestCtx() context: RequestContext): Promise<PreferencesView> {
    return this.apply(clientId, body, 'client', context);
  }

  private async apply(clientId: string, body: ChangePreferencesDto, by: ChosenBy, context: RequestContext): Promise<PreferencesView> {
    const result = await this.preferences.handle(
      clientId,
      { type: 'ChangeChannels', data: { clientId, optOut: body.optOut ?? [], optIn: body.optIn ?? [], by }, metadata: { now: context.now } },
      { context, access: accessOf(context) },
    );
    return viewOf(clientId, result.state.optedOut);
  }

  private async view(clientId: string, context: RequestContext): Promise<PreferencesView> {
    const standing = await this.preferences.standing(clientId, accessOf(context));
    return viewOf(clientId, standing?.state.optedOut ?? []);
  }
}

function viewOf(clientId: string, optedOut: readonly Channel[]): PreferencesView {
  return { clientId, channels: Object.fromEntries(CHANNELS.map((channel) => [channel, optedOut.includes(channel) ? 'opted-out' : 'on'])) as PreferencesView['channels'] };
}
