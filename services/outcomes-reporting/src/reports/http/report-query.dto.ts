import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { IsCalendarDate, IsRegionCode } from '@career/platform';
import type { IndicatorSet } from '../../indicators/domain/indicator-table';

export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Filters every report takes. */
export class ReportQueryDto {
  @ApiPropertyOptional({ description: 'First day of the period (YYYY-MM-DD)', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Last day of the period (YYYY-MM-DD); default asOf', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ enum: ['entry', 'exit'], description: 'Whether the first entry or the last exit puts a participant in the period; default entry' })
  @IsOptional()
  @IsIn(['entry', 'exit'])
  by?: 'entry' | 'exit';

  @ApiPropertyOptional({ description: 'The day the report describes; default today (Europe/Helsinki)', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;

  @ApiPropertyOptional({ description: 'Organisation code: your own only, unless your token has the cross-organisation grant (then any; default all)', pattern: String.raw`^[A-Za-z0-9_-]{1,32}$` })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'must be an organisation code' })
  org?: string;

  @ApiPropertyOptional({ description: 'Structural Fund project code, e.g. S20738', pattern: String.raw`^[A-Za-z0-9_.-]{1,40}$` })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.-]{1,40}$/, { message: 'must be a project code' })
  project?: string;

  @ApiPropertyOptional({ description: "Region (maakunta) of the participants' municipality at entry: Statistics Finland's two-digit code, e.g. 17", example: '17' })
  @IsOptional()
  @IsRegionCode()
  region?: string;

  @ApiPropertyOptional({ description: 'Advisor (staff user id): for organisation managers (admin) only', pattern: String.raw`^[A-Za-z0-9._@:-]{1,128}$` })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._@:-]{1,128}$/, { message: 'must be a user id' })
  advisor?: string;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, description: 'Overrides the Accept header (handy for links)' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

export class IndicatorQueryDto extends ReportQueryDto {
  @ApiPropertyOptional({ enum: ['esf2014', 'esfplus2021'], description: 'Indicator set; default esfplus2021' })
  @IsOptional()
  @IsIn(['esf2014', 'esfplus2021'])
  set?: IndicatorSet;
}

export class RebuildQueryDto {
  @ApiPropertyOptional({ description: 'Report the checksums of this organisation only (the rebuild is always of everything)', pattern: String.raw`^[A-Za-z0-9_-]{1,32}$` })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'must be an organisation code' })
  org?: string;
}
