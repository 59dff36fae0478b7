import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { INSTANT_SHAPE, INSTANT_SHAPE_MESSAGE } from '../../http/request-formats';
import type { WithdrawnBy } from '../domain/group-session.events';

export class SessionParams {
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;
}

export class ParticipantParams {
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;

  @IsUUID('all', { message: 'must be a UUID' })
  clientId!: string;
}

export class ScheduleGroupSessionDto {
  @ApiProperty({ maxLength: 200, example: 'Osaamisen tunnistaminen' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ maxLength: 200, example: 'skills identification' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  topic!: string;

  @ApiProperty({ example: '2026-03-10T13:00:00+02:00' })
  @Matches(INSTANT_SHAPE, { message: INSTANT_SHAPE_MESSAGE })
  start!: string;

  @ApiProperty({ minimum: 1, maximum: 720 })
  @IsInt()
  @Min(1)
  @Max(720)
  durationMinutes!: number;

  @ApiProperty({ maxLength: 300, description: 'Where the group meets (a public place, not a person)' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  place!: string;

  @ApiProperty({ minimum: 1, maximum: 500 })
  @IsInt()
  @Min(1)
  @Max(500)
  capacity!: number;
}

export class EnrolParticipantDto {
  @ApiProperty({ description: 'A client of your organisation' })
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
  @ApiProperty()
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
