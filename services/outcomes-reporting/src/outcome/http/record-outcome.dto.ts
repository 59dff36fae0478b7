import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsUUID, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '@career/platform';
import { CORRECTION_REASONS, LABOUR_MARKET_IMPROVEMENTS, OUTCOME_STATUS_CODES } from '../domain';
import type { CorrectionReason, LabourMarketImprovement, OutcomeSource, OutcomeStatusCode } from '../domain';

/** What a POST records: one of the outcome commands. */
export const OUTCOME_RECORD_KINDS = [
  'exit',
  'exit-correction',
  'follow-up',
  'follow-up-correction',
  'status-change',
  'status-change-withdrawal',
  'learning-outcomes',
] as const;
export type OutcomeRecordKind = (typeof OUTCOME_RECORD_KINDS)[number];

export const KINDS_WITH_RECORD: readonly OutcomeRecordKind[] = ['exit', 'exit-correction', 'follow-up', 'follow-up-correction', 'status-change'];
const CORRECTIONS: readonly OutcomeRecordKind[] = ['exit-correction', 'follow-up-correction', 'status-change-withdrawal'];
const FOLLOW_UPS: readonly OutcomeRecordKind[] = ['follow-up', 'follow-up-correction'];

const is = (...kinds: readonly OutcomeRecordKind[]) => (dto: RecordOutcomeDto) => kinds.includes(dto.kind);

export class OutcomeStatusDto {
  @ApiProperty({ enum: OUTCOME_STATUS_CODES })
  @IsIn(OUTCOME_STATUS_CODES)
  status!: OutcomeStatusCode;

  @ApiPropertyOptional({ enum: ['full-time', 'part-time'], description: 'employed' })
  @IsOptional()
  @IsIn(['full-time', 'part-time'])
  workingTime?: 'full-time' | 'part-time';

  @ApiPropertyOptional({ enum: ['permanent', 'fixed-term'], description: 'employed' })
  @IsOptional()
  @IsIn(['permanent', 'fixed-term'])
  contract?: 'permanent' | 'fixed-term';

  @ApiPropertyOptional({ description: 'employed (required), self-employed, studying: YYYY-MM-DD', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ description: 'self-employed: the Finnish business ID (personal data for a sole trader: encrypted, never published)', example: '1572860-0', pattern: String.raw`^\d{7}-\d$` })
  @IsOptional()
  @Matches(/^\d{7}-\d$/, { message: 'must be a business ID 1234567-8' })
  businessId?: string;

  @ApiPropertyOptional({ enum: ['upper-secondary', 'vocational', 'university-of-applied-sciences', 'university', 'other'], description: 'studying' })
  @IsOptional()
  @IsIn(['upper-secondary', 'vocational', 'university-of-applied-sciences', 'university', 'other'])
  institutionType?: 'upper-secondary' | 'vocational' | 'university-of-applied-sciences' | 'university' | 'other';

  @ApiPropertyOptional({ minimum: 0, maximum: 8, description: 'studying: ISCED 2011 level', type: 'integer' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(8)
  iscedLevel?: number;
}

export class GainedQualificationDto {
  @ApiProperty({ enum: ['licence', 'qualification', 'partial-qualification', 'other'] })
  @IsIn(['licence', 'qualification', 'partial-qualification', 'other'])
  kind!: 'licence' | 'qualification' | 'partial-qualification' | 'other';

  @ApiProperty({ description: 'Catalogue code, e.g. forklift-licence', example: 'forklift-licence', pattern: String.raw`^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$` })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, { message: 'must be a catalogue code (letters, digits, . _ -, at most 40)' })
  code!: string;
}

/**
 * One endpoint, the `kind` says which record it is. Fields that belong to another kind are
 * refused (400), not ignored: a misplaced field is a misunderstanding worth surfacing.
 */
export class RecordOutcomeDto {
  @ApiProperty({ enum: OUTCOME_RECORD_KINDS })
  @IsIn(OUTCOME_RECORD_KINDS)
  kind!: OutcomeRecordKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  clientId!: string;

  @ApiPropertyOptional({ description: 'Which process of the client (1 = first); default the latest', minimum: 1, maximum: 1000, type: 'integer' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  processNumber?: number;

  @ApiPropertyOptional({ description: 'exit, exit-correction: the day the client left (YYYY-MM-DD)', format: 'date' })
  @ValidateIf(is('exit', 'exit-correction'))
  @IsCalendarDate()
  exitDate?: string;

  @ApiPropertyOptional({ description: 'follow-up, follow-up-correction: the day the status was established, 5-8 months after the exit', format: 'date' })
  @ValidateIf(is(...FOLLOW_UPS))
  @IsCalendarDate()
  followUpDate?: string;

  @ApiPropertyOptional({ description: 'status-change: the day the change was observed', format: 'date' })
  @ValidateIf(is('status-change'))
  @IsCalendarDate()
  date?: string;

  @ApiPropertyOptional({ description: 'status-change (default a new id), status-change-withdrawal: the change', format: 'uuid' })
  @ValidateIf((dto: RecordOutcomeDto) => dto.kind === 'status-change-withdrawal' || dto.changeId !== undefined)
  @IsUUID()
  changeId?: string;

  @ApiPropertyOptional({ type: OutcomeStatusDto })
  @ValidateIf(is(...KINDS_WITH_RECORD))
  @IsObject()
  @ValidateNested()
  @Type(() => OutcomeStatusDto)
  outcome?: OutcomeStatusDto;

  @ApiPropertyOptional({ enum: ['client', 'register', 'employer'] })
  @ValidateIf(is(...KINDS_WITH_RECORD))
  @IsIn(['client', 'register', 'employer'])
  source?: OutcomeSource;

  @ApiPropertyOptional({ type: GainedQualificationDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => GainedQualificationDto)
  gainedQualification?: GainedQualificationDto;

  @ApiPropertyOptional({ enum: LABOUR_MARKET_IMPROVEMENTS, isArray: true, description: 'follow-up: for a client employed at entry' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(LABOUR_MARKET_IMPROVEMENTS, { each: true })
  improvements?: LabourMarketImprovement[];

  @ApiPropertyOptional({ enum: CORRECTION_REASONS, description: 'corrections and withdrawals' })
  @ValidateIf(is(...CORRECTIONS))
  @IsIn(CORRECTION_REASONS)
  reason?: CorrectionReason;

  @ApiPropertyOptional({ description: 'learning-outcomes' })
  @ValidateIf(is('learning-outcomes'))
  @IsBoolean()
  learnedToIdentifySkills?: boolean;

  @ApiPropertyOptional({ description: 'learning-outcomes' })
  @ValidateIf(is('learning-outcomes'))
  @IsBoolean()
  drewUpSkillsCv?: boolean;

  @ApiPropertyOptional({ description: 'learning-outcomes' })
  @ValidateIf(is('learning-outcomes'))
  @IsBoolean()
  wroteJobApplication?: boolean;

  @ApiPropertyOptional({ description: 'learning-outcomes' })
  @ValidateIf(is('learning-outcomes'))
  @IsBoolean()
  improvedSelfKnowledge?: boolean;

  @ApiPropertyOptional({ description: 'learning-outcomes' })
  @ValidateIf(is('learning-outcomes'))
  @IsBoolean()
  improvedConfidence?: boolean;
}

/** `GET /api/v1/outcomes?clientId=`: whose outcomes. */
export class ClientOutcomesQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  clientId!: string;
}
