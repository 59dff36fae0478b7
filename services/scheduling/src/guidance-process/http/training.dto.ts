import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate, SingleLine } from '@career/platform';

export class ReferralParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  referralId!: string;
}

export class TrainingReferralDto {
  @ApiProperty({ description: 'Catalogue code, e.g. occupational-safety-card', maxLength: 64, minLength: 1 })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  @SingleLine()
  licenceCode!: string;

  @ApiPropertyOptional({ description: 'The training provider', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @SingleLine()
  provider?: string;
}

export class TrainingCompletionDto {
  @ApiProperty({ description: 'Whether the licence or permit was earned' })
  @IsBoolean()
  passed!: boolean;

  @ApiPropertyOptional({ description: 'The card’s number (required when passed; personal data: encrypted, never published)', maxLength: 64 })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @SingleLine()
  licenceIdentifier?: string;

  @ApiPropertyOptional({ description: 'Last valid day, YYYY-MM-DD', example: '2031-03-01', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;
}
