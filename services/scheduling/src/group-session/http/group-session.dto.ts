import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { SingleLine } from '@career/platform';
import { INSTANT_SHAPE, INSTANT_SHAPE_MESSAGE } from '../../http/request-formats';
import type { WithdrawnBy } from '../domain/group-session.events';

export class SessionParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;
}

export class ParticipantParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  clientId!: string;
}

export class ScheduleGroupSessionDto {
  @ApiProperty({ maxLength: 200, example: 'Osaamisen tunnistaminen', minLength: 1 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @SingleLine()
  title!: string;

  @ApiProperty({ maxLength: 200, example: 'skills identification', minLength: 1 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @SingleLine()
  topic!: string;

  @ApiProperty({ example: '2026-03-10T13:00:00+02:00', format: 'date-time' })
  @Matches(INSTANT_SHAPE, { message: INSTANT_SHAPE_MESSAGE })
  start!: string;

  @ApiProperty({ minimum: 1, maximum: 720, type: 'integer' })
  @IsInt()
  @Min(1)
  @Max(720)
  durationMinutes!: number;

  @ApiProperty({ maxLength: 300, description: 'Where the group meets (a public place, not a person)', minLength: 1 })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @SingleLine()
  place!: string;

  @ApiProperty({ minimum: 1, maximum: 500, type: 'integer' })
  @IsInt()
  @Min(1)
  @Max(500)
  capacity!: number;
}

export class EnrolParticipantDto {
  @ApiProperty({ description: 'A client of your organisation', format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  clientId!: string;

  @ApiPropertyOptional({ description: 'When the session is full: true queues the client, false (default) refuses with 409 SESSION.FULL' })
  @IsOptional()
  @IsBoolean()
  waitlistIfFull?: boolean;
}

const WITHDRAWN_BY: readonly WithdrawnBy[] = ['client', 'coordinator'];

export class WithdrawParticipantDto {
  @ApiProperty({ enum: WITHDRAWN_BY })
  @IsIn(WITHDRAWN_BY)
  withdrawnBy!: WithdrawnBy;
}

export class AttendanceEntryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  clientId!: string;

  @ApiProperty()
  @IsBoolean()
  attended!: boolean;
}

export class RecordAttendanceDto {
  @ApiProperty({ type: [AttendanceEntryDto] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryDto)
  attendance!: AttendanceEntryDto[];
}
