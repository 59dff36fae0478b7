import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { RequestValidationError } from '@career/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { DOCUMENT_LANGUAGES, type DocumentFormat, type DocumentKind, type DocumentLanguage } from '../../content/domain';
import { DOCUMENT_KINDS } from '../domain/document-id';

export const FORMATS: readonly DocumentFormat[] = ['pdf', 'docx', 'json'];

/** The vacancy a job application is written for, as the advertisement states it. */
export class VacancyDto {
  @ApiProperty({ maxLength: 200, example: 'Logistiikka Pohjola Oy' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  employer!: string;

  @ApiPropertyOptional({ maxLength: 120, description: 'The contact person named in the advertisement.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  contactPerson?: string;

  @ApiPropertyOptional({ maxLength: 300, description: "The employer's postal address; lines separated by newlines." })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string;

  @ApiProperty({ maxLength: 200, example: 'Varastotyöntekijä' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ maxLength: 100, description: "The advertisement's reference or id." })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  reference?: string;

  @ApiProperty({ type: [String], maxItems: 30, description: 'The competences the advertisement asks for, one per entry.' })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  requirements!: string[];

  @ApiPropertyOptional({ maxLength: 10_000, description: 'Used only to match skills when `requirements` is empty; never printed.' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  advertisementText?: string;
}

export class GenerateDocumentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  clientId!: string;

  @ApiProperty({ enum: ['skills-cv', 'job-application'] })
  @IsIn(DOCUMENT_KINDS)
  kind!: DocumentKind;

  @ApiPropertyOptional({ enum: DOCUMENT_LANGUAGES, description: "Defaults to the client's preferred language." })
  @IsOptional()
  @IsIn(DOCUMENT_LANGUAGES)
  language?: DocumentLanguage;

  @ApiProperty({ enum: FORMATS })
  @IsIn(FORMATS)
  format!: DocumentFormat;

  @ApiPropertyOptional({ type: VacancyDto, description: 'Required for a job-application; not allowed for a skills-cv.' })
  @ValidateIf((body: GenerateDocumentDto) => body.kind === 'job-application' || body.vacancy !== undefined)
  @IsDefined({ message: 'is required for a job-application' })
  @ValidateNested()
  @Type(() => VacancyDto)
  vacancy?: VacancyDto;

  @ApiPropertyOptional({ maxLength: 3_000, description: "The client's own words on why they want this job. Required for a job-application." })
  @ValidateIf((body: GenerateDocumentDto) => body.kind === 'job-application' || body.motivation !== undefined)
  @IsString()
  @IsNotEmpty({ message: 'is required for a job-application' })
  @MaxLength(3_000)
  motivation?: string;
}

/** The client's own request (`POST /api/v1/me/documents`): always for themself, so no `clientId`. */
export class GenerateMyDocumentDto extends OmitType(GenerateDocumentDto, ['clientId'] as const) {}

/** A CV takes no vacancy and no motivation: 400 naming each, rather than ignoring them. */
export function refuseApplicationFieldsOnACv(body: Pick<GenerateDocumentDto, 'kind' | 'vacancy' | 'motivation'>): void {
  if (body.kind !== 'skills-cv') return;
  const extra = (['vacancy', 'motivation'] as const).filter((field) => body[field] !== undefined);
  if (extra.length > 0) throw new RequestValidationError(extra.map((field) => ({ field, reason: 'is only for a job-application' })));
}
