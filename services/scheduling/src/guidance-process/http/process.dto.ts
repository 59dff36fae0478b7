import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { USER_ID, USER_ID_MESSAGE } from '../../http/request-formats';
import type { Direction } from '../domain/guidance-process.events';

export class ProcessParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;
}

export class ClientQuery {
  @ApiProperty({ description: 'The client (a random UUID)', format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  clientId!: string;
}

export class OpenProcessDto {
  @ApiProperty({ description: 'A client client-intake has registered in your organisation', format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  clientId!: string;

  @ApiPropertyOptional({ description: 'The advisor running the process; default: the caller (an advisor)', pattern: USER_ID.source })
  @IsOptional()
  @Matches(USER_ID, { message: USER_ID_MESSAGE })
  advisorId?: string;
}

export const DIRECTIONS: readonly Direction[] = ['group-guidance', 'licence-training', 'individual-only'];

export class CompleteInitialAssessmentDto {
  @ApiProperty({ enum: DIRECTIONS })
  @IsIn(DIRECTIONS)
  direction!: Direction;

  @ApiPropertyOptional({ type: [String], description: 'Catalogue codes, only (and at least one) for licence-training, e.g. forklift-licence', maxLength: 64 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  licenceCodes?: string[];

  @ApiProperty({ description: 'The advisor’s rationale (personal data: encrypted, never published)', maxLength: 4000, minLength: 1 })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  rationale!: string;
}
