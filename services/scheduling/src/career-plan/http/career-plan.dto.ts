import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { IsCalendarDate, SingleLine } from '@career/platform';
import { ESCO_OCCUPATION_URI } from '../domain/career-plan.guards';
import { GOAL_KINDS, PARTIES, STEP_LINK_KINDS, STEP_PROGRESS, type GoalKind, type Party, type StepLinkKind, type StepProgress } from '../domain/career-plan.events';

const UUID = { message: 'must be a UUID' } as const;
const TEXT_MAX = 500;
const REASON_MAX = 1_000;
const NOTES_MAX = 20_000;

/** The plan of a guidance process: `:id` is the process's id, and the plan's. */
export class PlanParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', UUID)
  id!: string;
}

export class GoalParams extends PlanParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', UUID)
  goalId!: string;
}

/** The client's own routes name no plan: theirs is the one of their current process. */
export class OwnStepParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', UUID)
  stepId!: string;
}

export class StepParams extends OwnStepParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', UUID)
  id!: string;
}

export class OwnVersionParams {
  @ApiProperty({ minimum: 1, maximum: 1_000_000 })
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(1_000_000)
  version!: number;
}

export class VersionParams extends OwnVersionParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', UUID)
  id!: string;
}

export class GoalWhatDto {
  @ApiProperty({ description: 'The occupation, field of study, business idea or other aim, in words (personal data: encrypted)', maxLength: TEXT_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  @SingleLine()
  label!: string;

  @ApiPropertyOptional({ description: 'The ESCO occupation concept, when one fits', example: 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755', pattern: ESCO_OCCUPATION_URI.source })
  @IsOptional()
  @Matches(ESCO_OCCUPATION_URI, { message: 'must be an ESCO occupation URI (http://data.europa.eu/esco/occupation/<uuid>)' })
  escoUri?: string;
}

export class SetGoalDto {
  @ApiProperty({ enum: GOAL_KINDS })
  @IsIn(GOAL_KINDS)
  kind!: GoalKind;

  @ApiProperty({ type: GoalWhatDto })
  @ValidateNested()
  @Type(() => GoalWhatDto)
  what!: GoalWhatDto;

  @ApiProperty({ example: '2026-09-30', description: 'YYYY-MM-DD, not before the day the plan began', format: 'date' })
  @IsCalendarDate()
  targetDate!: string;
}

export class ReviseGoalDto {
  @ApiPropertyOptional({ enum: GOAL_KINDS })
  @IsOptional()
  @IsIn(GOAL_KINDS)
  kind?: GoalKind;

  @ApiPropertyOptional({ type: GoalWhatDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => GoalWhatDto)
  what?: GoalWhatDto;

  @ApiPropertyOptional({ example: '2026-12-31', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  targetDate?: string;
}

export class ReasonDto {
  @ApiProperty({ description: 'Why (personal data: encrypted)', maxLength: REASON_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(REASON_MAX)
  reason!: string;
}

export class StepLinkDto {
  @ApiProperty({ enum: STEP_LINK_KINDS })
  @IsIn(STEP_LINK_KINDS)
  kind!: StepLinkKind;

  @ApiProperty({ description: 'The meeting, group session, training referral or document', format: 'uuid' })
  @IsUUID('all', UUID)
  id!: string;
}

/** A step the client adds: always one they do themselves. */
export class AddOwnStepDto {
  @ApiPropertyOptional({ description: 'The goal the step serves (a step without one is refused with 409 PLAN.STEP_WITHOUT_GOAL)', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', UUID)
  goalId?: string;

  @ApiProperty({ description: 'What to do (personal data: encrypted)', maxLength: TEXT_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  @SingleLine()
  title!: string;

  @ApiProperty({ example: '2026-04-15', description: 'YYYY-MM-DD, not before the day the plan began', format: 'date' })
  @IsCalendarDate()
  dueDate!: string;

  @ApiPropertyOptional({ type: StepLinkDto, description: 'A service of this system the step leads to' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StepLinkDto)
  link?: StepLinkDto;
}

export class AddStepDto extends AddOwnStepDto {
  @ApiProperty({ enum: PARTIES, description: 'Who does the step' })
  @IsIn(PARTIES)
  owner!: Party;
}

export class ReviseStepDto {
  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  @SingleLine()
  title?: string;

  @ApiPropertyOptional({ enum: PARTIES })
  @IsOptional()
  @IsIn(PARTIES)
  owner?: Party;

  @ApiPropertyOptional({ example: '2026-05-01', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string;

  @ApiPropertyOptional({ type: StepLinkDto, nullable: true, description: '`null` removes the link' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StepLinkDto)
  link?: StepLinkDto | null;
}

export class ConfirmVersionDto {
  @ApiProperty({ minimum: 1, maximum: 1_000_000, description: 'The draft version as read (send its ETag as If-Match too: you confirm exactly what you saw)' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(1_000_000)
  version!: number;
}

export class StepProgressDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', UUID)
  stepId!: string;

  @ApiProperty({ enum: STEP_PROGRESS })
  @IsIn(STEP_PROGRESS)
  progress!: StepProgress;
}

export class RecordReviewDto {
  @ApiProperty({ description: 'The meeting of this process the review was made at', format: 'uuid' })
  @IsUUID('all', UUID)
  meetingId!: string;

  @ApiProperty({ type: [StepProgressDto], maxItems: 200 })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => StepProgressDto)
  progress!: StepProgressDto[];

  @ApiPropertyOptional({ description: 'The advisor’s notes: personal data, encrypted, never shown to the client', maxLength: NOTES_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(NOTES_MAX)
  notes?: string;
}
