import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { GENDERS, ISCED_LEVELS, LABOUR_MARKET_STATUSES, type Gender, type IscedLevel, type LabourMarketStatus } from '../domain/entry-data';
import { VOLUNTARY_ANSWERS, type VoluntaryAnswer } from '../domain/voluntary-answers';

/** The participant data the Structural Fund needs at entry (docs/domain.md#structural-fund-reporting). */
export class EntryDataDto {
  @ApiProperty({ enum: GENDERS })
  @IsIn(GENDERS)
  gender!: Gender;

  @ApiPropertyOptional({ enum: LABOUR_MARKET_STATUSES })
  @IsOptional()
  @IsIn(LABOUR_MARKET_STATUSES)
  labourMarketStatus?: LabourMarketStatus;

  @ApiPropertyOptional({ description: 'Continuous unemployment in whole months (unemployed statuses only)', minimum: 0, maximum: 600, type: 'integer' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600)
  unemploymentMonths?: number;

  @ApiPropertyOptional({ enum: ISCED_LEVELS, description: 'Highest completed education, ISCED 2011 level' })
  @IsOptional()
  @IsIn(ISCED_LEVELS)
  highestEducationIsced?: IscedLevel;
}

/** The voluntary questions; each may be answered "not-told" (does not want to answer); absent = not asked. */
export class VoluntaryAnswersDto {
  @ApiPropertyOptional({ enum: VOLUNTARY_ANSWERS })
  @IsOptional()
  @IsIn(VOLUNTARY_ANSWERS)
  disability?: VoluntaryAnswer;

  @ApiPropertyOptional({ enum: VOLUNTARY_ANSWERS })
  @IsOptional()
  @IsIn(VOLUNTARY_ANSWERS)
  foreignBackground?: VoluntaryAnswer;

  @ApiPropertyOptional({ enum: VOLUNTARY_ANSWERS })
  @IsOptional()
  @IsIn(VOLUNTARY_ANSWERS)
  thirdCountryNational?: VoluntaryAnswer;

  @ApiPropertyOptional({ enum: VOLUNTARY_ANSWERS })
  @IsOptional()
  @IsIn(VOLUNTARY_ANSWERS)
  minority?: VoluntaryAnswer;

  @ApiPropertyOptional({ enum: VOLUNTARY_ANSWERS })
  @IsOptional()
  @IsIn(VOLUNTARY_ANSWERS)
  homelessness?: VoluntaryAnswer;
}
