import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate, SingleLine } from '@career/platform';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../domain/skills-profile.validation';
import { PersonChangeDto } from './person-change.dto';

/** Years are checked against today by the domain (1900 .. this year; the end up to 10 years ahead). */
class HistoryEntryDto extends PersonChangeDto {
  @ApiProperty({ maxLength: SHORT_TEXT_MAX, description: 'Job title or qualification.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT_TEXT_MAX)
  @SingleLine()
  title!: string;

  @ApiProperty({ example: 2019, type: 'integer', minimum: 1900, maximum: 2200 })
  @IsInt()
  @Min(1900)
  @Max(2200)
  startYear!: number;

  @ApiPropertyOptional({ description: 'Absent while ongoing.', example: 2023, type: 'integer', minimum: 1900, maximum: 2200 })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  endYear?: number;

  @ApiPropertyOptional({ maxLength: LONG_TEXT_MAX, description: 'Free text (personal data: encrypted, never published).' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LONG_TEXT_MAX)
  description?: string;
}

export class AddWorkExperienceDto extends HistoryEntryDto {
  @ApiProperty({ maxLength: SHORT_TEXT_MAX, description: 'Employer (kept in this service; not published on Kafka).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT_TEXT_MAX)
  @SingleLine()
  employer!: string;
}

export class AddEducationDto extends HistoryEntryDto {
  @ApiProperty({ maxLength: SHORT_TEXT_MAX, description: 'School or institution (kept in this service; not published on Kafka).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT_TEXT_MAX)
  @SingleLine()
  institution!: string;
}

export class AddLicenceDto extends PersonChangeDto {
  @ApiProperty({ description: 'Short code, e.g. "forklift-licence" (the codes of scheduling\'s training catalogue where one fits).', example: 'hygiene-passport', pattern: String.raw`^[a-z0-9][a-z0-9-]{0,99}$` })
  @Matches(/^[a-z0-9][a-z0-9-]{0,99}$/, { message: 'must be a short code of lower-case letters, digits and dashes' })
  code!: string;

  @ApiProperty({ maxLength: SHORT_TEXT_MAX, example: 'Hygieniapassi' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT_TEXT_MAX)
  @SingleLine()
  name!: string;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD; absent when it does not expire.', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;
}
