import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { SingleLine } from '@career/platform';
import { INSTANT_SHAPE, INSTANT_SHAPE_MESSAGE } from '../../http/request-formats';
import type { MeetingMode, MovedBy } from '../domain/guidance-process.events';

const MODES: readonly MeetingMode[] = ['in-person', 'phone', 'video'];
const PARTIES: readonly MovedBy[] = ['client', 'advisor'];

export class MeetingParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  meetingId!: string;
}

export class ExtraMeetingDto {
  @ApiProperty({ description: 'Why this follow-up meeting is outside the two-week cadence', maxLength: 1000, minLength: 1 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

export class ScheduleMeetingDto {
  @ApiProperty({ example: '2026-03-02T10:00:00+02:00', format: 'date-time' })
  @Matches(INSTANT_SHAPE, { message: INSTANT_SHAPE_MESSAGE })
  start!: string;

  @ApiProperty({ minimum: 1, maximum: 480, type: 'integer' })
  @IsInt()
  @Min(1)
  @Max(480)
  durationMinutes!: number;

  @ApiProperty({ enum: MODES })
  @IsIn(MODES)
  mode!: MeetingMode;

  @ApiPropertyOptional({ description: 'Where (personal data when it is the client’s home: encrypted)', maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @SingleLine()
  location?: string;

  @ApiPropertyOptional({ type: ExtraMeetingDto, description: 'Follow-up phase only: an extra meeting outside the cadence' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExtraMeetingDto)
  extra?: ExtraMeetingDto;
}

export class MoveMeetingDto {
  @ApiProperty({ example: '2026-03-03T10:00:00+02:00', format: 'date-time' })
  @Matches(INSTANT_SHAPE, { message: INSTANT_SHAPE_MESSAGE })
  start!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 480, description: 'Default: unchanged', type: 'integer' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(480)
  durationMinutes?: number;

  @ApiPropertyOptional({ enum: PARTIES, description: 'Who asked for the move; default advisor' })
  @IsOptional()
  @IsIn(PARTIES)
  movedBy?: MovedBy;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class CancelMeetingDto {
  @ApiProperty({ enum: PARTIES })
  @IsIn(PARTIES)
  cancelledBy!: MovedBy;

  @ApiProperty({ maxLength: 1000, minLength: 1 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

export class MeetingHeldDto {
  @ApiPropertyOptional({ description: 'The advisor’s notes: personal data, encrypted with the client’s key, never in calendars or Kafka', maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  notes?: string;
}
