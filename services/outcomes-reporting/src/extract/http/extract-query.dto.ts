import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ReportQueryDto } from '../../reports/http/report-query.dto';
import { EXTRACT_FORMATS, EXTRACT_PURPOSES, type ExtractFormat, type ExtractPurpose } from '../domain/extract-download.events';

/** The extract takes the reports' period and filters (not `org`: a reporter's own organisation only) and says why. */
export class ExtractQueryDto extends PickType(ReportQueryDto, ['from', 'to', 'by', 'asOf', 'project', 'region'] as const) {
  @ApiProperty({ enum: EXTRACT_PURPOSES, description: 'Why the participant-level data is taken: recorded with the download (required)' })
  @IsIn(EXTRACT_PURPOSES, { message: `must be one of ${EXTRACT_PURPOSES.join(', ')}` })
  purpose!: ExtractPurpose;

  @ApiPropertyOptional({ enum: EXTRACT_FORMATS, description: 'Default csv' })
  @IsOptional()
  @IsIn(EXTRACT_FORMATS)
  format?: ExtractFormat;
}
