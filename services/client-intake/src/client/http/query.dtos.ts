import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { PageQueryDto } from '@career/platform';
import { VIEW_PURPOSES, type ViewPurpose } from '../domain/client-vocabulary';
import { CLIENT_STATUSES, type ClientStatus } from '../read-models/client-row.schema';

/** `?purpose=`: why personal data is read; recorded in PersonalDataViewed (a code, never free text). */
export class ViewPurposeDto {
  @ApiPropertyOptional({ enum: VIEW_PURPOSES })
  @IsOptional()
  @IsIn(VIEW_PURPOSES)
  purpose?: ViewPurpose;
}

/** Filters, `?purpose=` and the shared paging (`limit`, `offset`: libs/platform). */
export class ListClientsQueryDto extends IntersectionType(ViewPurposeDto, PageQueryDto) {
  @ApiPropertyOptional({ description: 'Only this advisor\'s clients (staff user id)', pattern: String.raw`^[A-Za-z0-9._@:-]{1,128}$` })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._@:-]{1,128}$/, { message: 'must be a user id (letters, digits, . _ @ : -)' })
  advisorId?: string;

  @ApiPropertyOptional({ enum: CLIENT_STATUSES })
  @IsOptional()
  @IsIn(CLIENT_STATUSES)
  status?: ClientStatus;
}
