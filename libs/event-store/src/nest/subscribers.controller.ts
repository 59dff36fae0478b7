import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Query, ConflictException, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthenticatedUser } from '@career/auth';
import type { ParkedEvent, ParkedEventStore } from '@career/event-sourcing';
import { PARKED_EVENT_STORE } from '@career/platform';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NotFailingOnEventError, type SubscriberHealth } from '../subscription/checkpointed-subscriber';
import { SubscriberRegistry } from './subscriber-registry';

export class SubscriberParams {
  @ApiProperty({ description: 'The subscriber, e.g. scheduling.agenda', example: 'scheduling.agenda' })
  @Matches(/^[a-z][a-z0-9.-]{0,99}$/, { message: 'must be a subscriber name (lower-case letters, digits, dots, dashes)' })
  name!: string;
}

export class ParkEventDto {
  @ApiProperty({ description: 'The id of the event the subscriber is stuck on (from GET /api/v1/admin/subscribers)', format: 'uuid' })
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { message: 'must be a UUID' })
  eventId!: string;

  @ApiProperty({ description: 'Why it is parked (kept with the event; no personal data)', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class ParkedEventsQuery {
  @ApiPropertyOptional({ description: 'Only this subscriber' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9.-]{0,99}$/, { message: 'must be a subscriber name (lower-case letters, digits, dots, dashes)' })
  subscriber?: string;
}

/**
 * Operators' view of the service's subscribers (the relay to Kafka and the projections):
 * where each stands, which event a stuck one fails on, and parking that event so the rest
 * flows. Parked events are kept with who parked them and why.
 */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('api/v1/admin')
@Roles('admin')
export class SubscribersController {
  constructor(
    private readonly registry: SubscriberRegistry,
    @Inject(PARKED_EVENT_STORE) private readonly parked: ParkedEventStore,
  ) {}

  @Get('subscribers')
  @ApiOkResponse({ description: 'Each subscriber: status (running, retrying, stuck...), checkpoint, the event it is failing on.' })
  subscribers(): { subscribers: SubscriberHealth[] } {
    return { subscribers: this.registry.health() };
  }

  @Get('parked-events')
  @ApiOkResponse({ description: 'Events operators parked, newest first, with the failure, the reason, who and when.' })
  async parkedEvents(@Query() query: ParkedEventsQuery): Promise<{ parkedEvents: ParkedEvent[] }> {
    return { parkedEvents: await this.parked.list(query.subscriber) };
  }

  @Post('subscribers/:name/parked-events')
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'Parked: the subscriber passes over the event from its next attempt on.' })
  @ApiConflictResponse({ description: 'The subscriber is not failing on that event.' })
  async park(@Param() params: SubscriberParams, @Body() body: ParkEventDto, @CurrentUser() user: AuthenticatedUser): Promise<{ parked: string }> {
    const subscriber = this.registry.get(params.name);
    if (!subscriber) throw new NotFoundException('No subscriber with this name in this service.');
    try {
      await subscriber.park({ eventId: body.eventId, reason: body.reason, parkedBy: user.id });
    } catch (error) {
      if (error instanceof NotFailingOnEventError) throw new ConflictException(error.message);
      throw error;
    }
    return { parked: body.eventId };
  }
}
