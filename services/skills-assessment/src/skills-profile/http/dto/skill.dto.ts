import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { SingleLine } from '@career/platform';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../domain/skills-profile.validation';
import {
  CEFR_LEVELS,
  GAINED_IN,
  PROFICIENCY_MAX,
  PROFICIENCY_MIN,
  SKILL_KINDS,
  type CefrLevel,
  type GainedIn,
  type Proficiency,
  type SkillKind,
} from '../../domain/skills-profile.events';
import { PersonChangeDto } from './person-change.dto';

const PROFICIENCY_HELP = '1 basic (needs guidance), 2 working (routine tasks alone), 3 proficient (demanding tasks alone), 4 advanced (can teach others)';
const ESCO_URI_MAX = 300;
/** Present and not null: PATCH may set a field but not clear a required one. */
const given = (_: object, value: unknown) => value !== undefined;

export class AddSkillDto extends PersonChangeDto {
  @ApiProperty({ maxLength: SHORT_TEXT_MAX, description: "The skill as the client or advisor names it, in the client's language.", example: 'Trukin ajo' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT_TEXT_MAX)
  @SingleLine()
  label!: string;

  @ApiPropertyOptional({ description: 'ESCO skill URI when a concept fits (see GET /api/v1/taxonomy/skills).', maxLength: ESCO_URI_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(ESCO_URI_MAX)
  @SingleLine()
  escoUri?: string;

  @ApiProperty({ enum: SKILL_KINDS })
  @IsIn(SKILL_KINDS)
  kind!: SkillKind;

  @ApiPropertyOptional({ enum: CEFR_LEVELS, description: 'Required for (and only for) kind "language".' })
  @IsOptional()
  @IsIn(CEFR_LEVELS)
  cefrLevel?: CefrLevel;

  @ApiProperty({ minimum: PROFICIENCY_MIN, maximum: PROFICIENCY_MAX, description: PROFICIENCY_HELP, type: 'integer' })
  @IsInt()
  @Min(PROFICIENCY_MIN)
  @Max(PROFICIENCY_MAX)
  proficiency!: Proficiency;

  @ApiProperty({ enum: GAINED_IN })
  @IsIn(GAINED_IN)
  gainedIn!: GainedIn;

  @ApiPropertyOptional({ maxLength: LONG_TEXT_MAX, description: 'What shows the skill (personal data: encrypted, never published).' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LONG_TEXT_MAX)
  evidence?: string;
}

/** Only the fields given change; `null` clears an optional field (escoUri, cefrLevel, evidence). */
export class ReviseSkillDto extends PersonChangeDto {
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

  @ApiPropertyOptional({ enum: SKILL_KINDS })
  @ValidateIf(given)
  @IsIn(SKILL_KINDS)
  kind?: SkillKind;

  @ApiPropertyOptional({ enum: CEFR_LEVELS, nullable: true })
  @IsOptional()
  @IsIn(CEFR_LEVELS)
  cefrLevel?: CefrLevel | null;

  @ApiPropertyOptional({ minimum: PROFICIENCY_MIN, maximum: PROFICIENCY_MAX, description: PROFICIENCY_HELP, type: 'integer' })
  @ValidateIf(given)
  @IsInt()
  @Min(PROFICIENCY_MIN)
  @Max(PROFICIENCY_MAX)
  proficiency?: Proficiency;

  @ApiPropertyOptional({ enum: GAINED_IN })
  @ValidateIf(given)
  @IsIn(GAINED_IN)
  gainedIn?: GainedIn;

  @ApiPropertyOptional({ type: String, maxLength: LONG_TEXT_MAX, nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LONG_TEXT_MAX)
  evidence?: string | null;
}
