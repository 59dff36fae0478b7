import { Body, Controller, Get, Injectable, Logger, Module, Param, ParseUUIDPipe, Post, Put, type OnModuleInit } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { DomainError, WrongExpectedRevisionError } from '@career/event-sourcing';
import { SingleLine } from '../http/text-hygiene';
import { HealthRegistry } from '../health/health-registry';

/** A tiny service used by the platform's integration tests (never shipped in a service). */
class WidgetAddressDto {
  @IsString()
  postalCode!: string;
}

export class CreateWidgetDto {
  @IsString()
  @IsNotEmpty()
  @SingleLine()
  firstName!: string;

  /** Free text keeps its line breaks. */
  @IsOptional()
  @IsString()
  notes?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  size?: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => WidgetAddressDto)
  address?: WidgetAddressDto;
}

@Controller('api/v1/widgets')
export class WidgetsController {
  private readonly logger = new Logger(WidgetsController.name);

  @Post()
  create(@Body() dto: CreateWidgetDto): { created: true; size: number | null } {
    // Deliberately logs personal data: the redaction test asserts none of it reaches the output.
    this.logger.log({ widget: dto, email: 'matti.meikalainen@example.fi' }, 'widget created');
    return { created: true, size: dto.size ?? null };
  }

  @Get(':widgetId')
  get(@Param('widgetId', ParseUUIDPipe) widgetId: string): never {
    throw new DomainError('WIDGET.NOT_FOUND', 'No such widget.', { widgetId }, 'not-found');
  }

  @Post(':widgetId/lock')
  lock(@Param('widgetId', ParseUUIDPipe) _widgetId: string): never {
    throw new DomainError('WIDGET.ALREADY_LOCKED', 'The widget is locked already.', { lockedBy: 'advisor' });
  }

  @Put(':widgetId')
  replace(@Param('widgetId', ParseUUIDPipe) widgetId: string): never {
    throw new WrongExpectedRevisionError(`widget-${widgetId}`, 2, 5);
  }

  @Post('actions/explode')
  explode(): never {
    throw new Error('database password is hunter2');
  }
}

/** A dependency whose health the tests switch off and on. */
@Injectable()
export class FlakyDependency implements OnModuleInit {
  healthy = true;

  constructor(private readonly health: HealthRegistry) {}

  onModuleInit(): void {
    this.health.register('flaky-dependency', async () => {
      if (!this.healthy) throw new Error('connect ECONNREFUSED mongodb://career:s3cret@127.0.0.1:27017/career');
    });
  }
}

@Module({ controllers: [WidgetsController], providers: [FlakyDependency] })
export class WidgetsFixtureModule {}
