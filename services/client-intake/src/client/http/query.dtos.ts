import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { VIEW_PURPOSES, type ViewPurpose } from '../domain/client-vocabulary';
import { CLIENT_STATUSES, type ClientStatus } from '../read-models/client-row.schema';

/** `?purpose=`: why personal data is read; recorded in PersonalDataViewed (a code, never free text). */
export class ViewPurposeDto {
  @ApiPropertyOptional({ enum: VIEW_PURPOSES })
  @IsOptional()
  @IsIn(VIEW_PURPOSES)
  purpose?: ViewPurpose;
}

export class ListClientsQueryDto extends ViewPurposeDto {
  @ApiPropertyOptional({ description: 'Only this advisor\'s clients (staff user id)', pattern: String.raw`^[A-Za-z0-9._@:-]{1,128}$` })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._@:-]{1,128}$/, { message: 'must be a user id (letters, digits, . _ @ : -)' })
  advisorId?: string;

  @ApiPropertyOptional({ enum: CLIENT_STATUSES })
  @IsOptional()
  @IsIn(CLIENT_STATUSES)
  status?: ClientStatus;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50, type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0, maximum: 1_000_000, type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}
