import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsMunicipality, SingleLine } from '@career/platform';
import {
  CONSENT_SCOPES,
  DESTRUCTION_REASONS,
  EXIT_REASONS,
  type ConsentScope,
  type DestructionReason,
  type ExitReason,
} from '../domain/client-vocabulary';
import type { UpdateContactDetails } from '../domain/client-commands';
import { LABOUR_MARKET_STATUSES, type LabourMarketStatus } from '../domain/entry-data';
import { PostalAddressDto } from './postal-address.dto';

/** The request bodies of the commands on an existing client, one class per use case. */

const USER_ID = /^[A-Za-z0-9._@:-]{1,128}$/;
const USER_ID_MESSAGE = 'must be a user id (letters, digits, . _ @ : -)';
const PHONE = /^\+?[0-9 ()-]{5,20}$/;
const present = (_: object, value: unknown): boolean => value !== undefined && value !== null;

export class AssignAdvisorDto {
  @ApiProperty({ description: 'The advisor to assign (a staff user id)', pattern: USER_ID.source })
  @IsString()
  @Matches(USER_ID, { message: USER_ID_MESSAGE })
  advisorId!: string;
}

/** Absent: unchanged; null: removed (email, phone, address). At least one of email and phone must remain. */
export class UpdateContactDetailsDto {
  @ApiPropertyOptional({ type: String, nullable: true, format: 'email', maxLength: 254 })
  @ValidateIf(present)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+358401234567', pattern: PHONE.source })
  @ValidateIf(present)
  @IsString()
  @Matches(PHONE, { message: 'must be a phone number (digits, spaces, dashes, parentheses, optional +)' })
  phone?: string | null;

  @ApiPropertyOptional({ type: PostalAddressDto, nullable: true })
  @ValidateIf(present)
  @ValidateNested()
  @Type(() => PostalAddressDto)
  address?: PostalAddressDto | null;

  @ApiPropertyOptional({ description: 'Municipality code, or its Finnish or Swedish name (stored as the code; cannot be removed)', maxLength: 100 })
  @ValidateIf((_: object, value: unknown) => value !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @IsMunicipality()
  @SingleLine()
  municipality?: string;
}

/** The command's data from the body: absent stays absent (unchanged), `null` removes. */
export function contactChangeOf(body: UpdateContactDetailsDto): UpdateContactDetails['data'] {
  return {
    ...(body.email !== undefined ? { email: body.email } : {}),
    ...(body.phone !== undefined ? { phone: body.phone } : {}),
    ...(body.address !== undefined ? { address: body.address === null ? null : { ...body.address } } : {}),
    ...(body.municipality !== undefined ? { municipality: body.municipality } : {}),
  };
}

export const CONSENT_ACTIONS = ['record', 'withdraw'] as const;

export class ConsentDto {
  @ApiProperty({ enum: CONSENT_ACTIONS, description: 'withdraw also destroys the voluntary answers' })
  @IsIn(CONSENT_ACTIONS)
  action!: (typeof CONSENT_ACTIONS)[number];

  @ApiProperty({ enum: CONSENT_SCOPES })
  @IsIn(CONSENT_SCOPES)
  scope!: ConsentScope;
}

export class ExitClientDto {
  @ApiProperty({ description: 'YYYY-MM-DD, between the process entry and today', example: '2026-05-31', format: 'date' })
  @IsCalendarDate()
  exitDate!: string;

  @ApiProperty({ enum: EXIT_REASONS })
  @IsIn(EXIT_REASONS)
  reason!: ExitReason;

  @ApiPropertyOptional({ description: 'Free text: personal data, encrypted', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class LabourMarketSituationDto {
  @ApiProperty({ enum: LABOUR_MARKET_STATUSES })
  @IsIn(LABOUR_MARKET_STATUSES)
  labourMarketStatus!: LabourMarketStatus;

  @ApiPropertyOptional({ minimum: 0, description: 'Whole months (unemployed statuses only)', maximum: 600, type: 'integer' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600)
  unemploymentMonths?: number;
}

export class ReenterClientDto {
  @ApiPropertyOptional({ type: LabourMarketSituationDto, description: 'The status now; the entry data stays the first entry\'s' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LabourMarketSituationDto)
  statusAtReentry?: LabourMarketSituationDto;

  @ApiPropertyOptional({ description: 'A new advisor (staff user id)', pattern: USER_ID.source })
  @IsOptional()
  @IsString()
  @Matches(USER_ID, { message: USER_ID_MESSAGE })
  advisorId?: string;
}

export class DestroyPersonalDataDto {
  @ApiProperty({
    enum: DESTRUCTION_REASONS,
    description:
      'retention-ended: after the last exit once RETENTION_YEARS_AFTER_EXIT have passed; consent-withdrawn: the voluntary answers only; other: everything',
  })
  @IsIn(DESTRUCTION_REASONS)
  reason!: DestructionReason;
}
