import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { SingleLine } from '@career/platform';
import { SHORT_TEXT_MAX } from '../../domain/skills-profile.validation';
import { PROFICIENCY_MAX, PROFICIENCY_MIN, RECORDED_BY, type Proficiency, type RecordedBy } from '../../domain/skills-profile.events';
import { PersonChangeDto } from './person-change.dto';

const TARGET_KINDS = ['occupation', 'studies', 'entrepreneurship'] as const;
const ESCO_URI_MAX = 300;
const given = (_: object, value: unknown) => value !== undefined;

/** One flat shape for the three kinds; fields of another kind are refused (see toTargetSpec). */
export class TargetSpecDto {
  @ApiProperty({ enum: TARGET_KINDS })
  @IsIn(TARGET_KINDS)
  kind!: (typeof TARGET_KINDS)[number];

  @ApiPropertyOptional({ maxLength: SHORT_TEXT_MAX, description: 'occupation: its name (required).', example: 'Trukinkuljettaja' })
  @IsOptional()
  @IsString()
  @MaxLength(SHORT_TEXT_MAX)
  @SingleLine()
  label?: string;

  @ApiPropertyOptional({ description: 'occupation: ESCO occupation URI; a curated occupation brings its essential skills as requirements.', maxLength: ESCO_URI_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(ESCO_URI_MAX)
  @SingleLine()
  escoUri?: string;

  @ApiPropertyOptional({ maxLength: SHORT_TEXT_MAX, description: 'studies: the field of study (required).' })
  @IsOptional()
  @IsString()
  @MaxLength(SHORT_TEXT_MAX)
  @SingleLine()
  field?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 8, description: 'studies: ISCED 2011 level (required).', type: 'integer' })
  @IsOptional()
  @IsInt()
  level?: number;

  @ApiPropertyOptional({ maxLength: SHORT_TEXT_MAX, description: 'entrepreneurship: the line of business, if known.' })
  @IsOptional()
  @IsString()
  @MaxLength(SHORT_TEXT_MAX)
  @SingleLine()
  businessArea?: string;
}

/** A requirement as listed in a new target. */
export class RequirementDto {
  @ApiPropertyOptional({ description: 'Id within the target; generated when absent.', pattern: String.raw`^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$` })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, { message: 'must be 1-100 letters, digits, dots, dashes or underscores' })
  requirementId?: string;

  @ApiProperty({ maxLength: SHORT_TEXT_MAX, description: "The competence, in the client's language." })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT_TEXT_MAX)
  @SingleLine()
  label!: string;

  @ApiPropertyOptional({ description: 'ESCO skill URI, when one fits.', maxLength: ESCO_URI_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(ESCO_URI_MAX)
  @SingleLine()
  escoUri?: string;

  @ApiProperty({ minimum: PROFICIENCY_MIN, maximum: PROFICIENCY_MAX, type: 'integer' })
  @IsInt()
  @Min(PROFICIENCY_MIN)
  @Max(PROFICIENCY_MAX)
  requiredProficiency!: Proficiency;
}

export class SetTargetDto extends PersonChangeDto {
  @ApiProperty({ type: TargetSpecDto })
  @ValidateNested()
  @Type(() => TargetSpecDto)
  target!: TargetSpecDto;

  @ApiPropertyOptional({
    type: [RequirementDto],
    description: "Absent for a curated ESCO occupation: its curated essential skills, in the profile's language. Given: exactly these.",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RequirementDto)
  requirements?: RequirementDto[];
}

/** A requirement the advisor adds to an existing target. */
export class AddRequirementDto extends RequirementDto {
  @ApiPropertyOptional({ enum: RECORDED_BY, default: 'advisor', description: 'Who entered the change.' })
  @IsOptional()
  @IsIn(RECORDED_BY)
  recordedBy?: RecordedBy;
}

/** Only the fields given change; `null` clears the ESCO URI. */
export class ReviseRequirementDto extends PersonChangeDto {
  @ApiPropertyOptional({ maxLength: SHORT_TEXT_MAX })
  @ValidateIf(given)
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT_TEXT_MAX)
  @SingleLine()
  label?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: ESCO_URI_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(ESCO_URI_MAX)
  @SingleLine()
  escoUri?: string | null;

  @ApiPropertyOptional({ minimum: PROFICIENCY_MIN, maximum: PROFICIENCY_MAX, type: 'integer' })
  @ValidateIf(given)
  @IsInt()
  @Min(PROFICIENCY_MIN)
  @Max(PROFICIENCY_MAX)
  requiredProficiency?: Proficiency;
}
