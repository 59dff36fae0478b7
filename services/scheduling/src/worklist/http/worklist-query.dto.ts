import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { WORKLIST_REASONS, type WorklistReasonCode } from '../domain/worklist.reasons';

/** How far ahead a worklist looks by default: two weeks, one follow-up interval (docs/domain.md#the-process, step 4). */
export const DEFAULT_DAYS_AHEAD = 14;

export class WorklistQueryDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 90, default: DEFAULT_DAYS_AHEAD, description: 'List what falls due within this many days (follow-up meetings, the six-month follow-up, group sessions with free places)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(90)
  days?: number;

  @ApiPropertyOptional({ enum: WORKLIST_REASONS, description: 'Only rows of this reason' })
  @IsOptional()
  @IsIn(WORKLIST_REASONS)
  reason?: WorklistReasonCode;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}

export function worklistRequestOf(query: WorklistQueryDto, organisation: string, now: Date) {
  return { organisation, now, days: query.days ?? DEFAULT_DAYS_AHEAD, limit: query.limit ?? 50, offset: query.offset ?? 0, ...(query.reason ? { reason: query.reason } : {}) };
}
