import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { RequestValidationError } from '@career/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { SingleLine } from '@career/platform';
import { DOCUMENT_LANGUAGES, type DocumentFormat, type DocumentKind, type DocumentLanguage } from '../../content/domain';
import { DOCUMENT_KINDS } from '../domain/document-id';
import type { GenerateDocumentRequest } from '../document-generator';

export const FORMATS: readonly DocumentFormat[] = ['pdf', 'docx', 'json'];

/** The vacancy a job application is written for, as the advertisement states it. */
export class VacancyDto {
  @ApiProperty({ maxLength: 200, example: 'Logistiikka Pohjola Oy' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @SingleLine()
  employer!: string;

  @ApiPropertyOptional({ maxLength: 120, description: 'The contact person named in the advertisement.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @SingleLine()
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
  @SingleLine()
  title!: string;

  @ApiPropertyOptional({ maxLength: 100, description: "The advertisement's reference or id." })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @SingleLine()
  reference?: string;

  @ApiProperty({ type: [String], maxItems: 30, description: 'The competences the advertisement asks for, one per entry.', maxLength: 300 })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  @SingleLine({ each: true })
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

  @ApiProperty({ enum: ['skills-cv', 'job-application', 'career-plan'] })
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

  @ApiPropertyOptional({ format: 'uuid', description: 'The career plan (its guidance process’s id). Required for a career-plan; not allowed otherwise.' })
  @ValidateIf((body: GenerateDocumentDto) => body.kind === 'career-plan' || body.planId !== undefined)
  @IsUUID('all', { message: 'must be a UUID' })
  planId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1_000_000, description: 'The agreed version of the plan to render. Required for a career-plan; not allowed otherwise.' })
  @ValidateIf((body: GenerateDocumentDto) => body.kind === 'career-plan' || body.planVersion !== undefined)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(1_000_000)
  planVersion?: number;
}

/** The client's own request (`POST /api/v1/me/documents`): always for themself, so no `clientId`. */
export class GenerateMyDocumentDto extends OmitType(GenerateDocumentDto, ['clientId'] as const) {}

/**
 * The generation a request asks for, after the checks validation cannot express field by field:
 * a CV or plan takes no vacancy and no motivation, only a career plan names a plan (400 naming
 * each field, rather than ignoring it). One function for the staff's and the client's own route.
 */
export function generationRequestOf(clientId: string, body: Omit<GenerateDocumentDto, 'clientId'>): GenerateDocumentRequest {
  const misplaced = [
    ...(body.kind === 'job-application' ? [] : (['vacancy', 'motivation'] as const).filter((field) => body[field] !== undefined).map((field) => ({ field, reason: 'is only for a job-application' }))),
    ...(body.kind === 'career-plan' ? [] : (['planId', 'planVersion'] as const).filter((field) => body[field] !== undefined).map((field) => ({ field, reason: 'is only for a career-plan' }))),
  ];
  if (misplaced.length > 0) throw new RequestValidationError(misplaced);
  const plan = body.kind === 'career-plan' && body.planId && body.planVersion ? { planId: body.planId, version: body.planVersion } : undefined;
  return { clientId, kind: body.kind, language: body.language, format: body.format, vacancy: body.vacancy, motivation: body.motivation, plan };
}
