import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageQueryDto, pageOf } from '@career/platform';
import { WORKLIST_REASONS, type WorklistReasonCode } from '../domain/worklist.reasons';

/** How far ahead a worklist looks by default: two weeks, one follow-up interval (docs/domain.md#the-process, step 4). */
export const DEFAULT_DAYS_AHEAD = 14;

/** `?days=&reason=` and the shared paging (`limit`, `offset`: libs/platform). */
export class WorklistQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 90, default: DEFAULT_DAYS_AHEAD, description: 'List what falls due within this many days (follow-up meetings, the six-month follow-up, group sessions with free places)' })
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
}

export function worklistRequestOf(query: WorklistQueryDto, organisation: string, now: Date) {
  return { organisation, now, days: query.days ?? DEFAULT_DAYS_AHEAD, ...pageOf(query), ...(query.reason ? { reason: query.reason } : {}) };
}
