import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsMunicipality, SingleLine } from '@career/platform';
import { PREFERRED_LANGUAGES, REFERRAL_SOURCES, type PreferredLanguage, type ReferralSource } from '../domain/client-vocabulary';
import { EntryDataDto, VoluntaryAnswersDto } from './entry-data.dto';
import { PostalAddressDto } from './postal-address.dto';

export const ORGANISATION_CODE = /^[A-Za-z0-9_-]{1,32}$/;

export class RegisterClientDto {
  @ApiProperty({ description: "Code of the organisation the client is registered with (must be the caller's own).", example: '0100', pattern: ORGANISATION_CODE.source })
  @IsString()
  @Matches(ORGANISATION_CODE, { message: 'must be 1-32 letters, digits, dashes or underscores' })
  organisation!: string;

  @ApiProperty({ description: 'Structural Fund project code', example: 'S20738', pattern: String.raw`^[A-Za-z0-9_-]{1,32}$` })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'must be 1-32 letters, digits, dashes or underscores' })
  projectCode!: string;

  @ApiProperty({ maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @SingleLine()
  firstName!: string;

  @ApiProperty({ maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @SingleLine()
  lastName!: string;

  @ApiProperty({ description: 'Finnish personal identity code, stored exactly as given (never in URLs, logs or Kafka)', example: '131052-308T', maxLength: 11 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(11)
  personalIdentityCode!: string;

  @ApiProperty({ description: 'YYYY-MM-DD; must agree with the identity code', example: '1952-10-13', format: 'date' })
  @IsCalendarDate()
  dateOfBirth!: string;

  @ApiPropertyOptional({ description: 'Email and/or phone is required', format: 'email', maxLength: 254 })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '+358401234567', pattern: String.raw`^\+?[0-9 ()-]{5,20}$` })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,20}$/, { message: 'must be a phone number (digits, spaces, dashes, parentheses, optional +)' })
  phone?: string;

  @ApiPropertyOptional({ type: PostalAddressDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PostalAddressDto)
  address?: PostalAddressDto;

  @ApiProperty({
    description: "Statistics Finland's three-digit municipality code, or the municipality's Finnish or Swedish name (stored as the code)",
    example: '564',
    maxLength: 100,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @IsMunicipality()
  @SingleLine()
  municipality!: string;

  @ApiProperty({ enum: PREFERRED_LANGUAGES })
  @IsIn(PREFERRED_LANGUAGES)
  preferredLanguage!: PreferredLanguage;

  @ApiProperty({ enum: REFERRAL_SOURCES })
  @IsIn(REFERRAL_SOURCES)
  referralSource!: ReferralSource;

  @ApiProperty({ type: EntryDataDto })
  @IsObject({ message: 'must be an object with the Structural Fund entry data' })
  @ValidateNested()
  @Type(() => EntryDataDto)
  entry!: EntryDataDto;

  @ApiPropertyOptional({ type: VoluntaryAnswersDto, description: 'Absent: the questions were not asked' })
  @IsOptional()
  @ValidateNested()
  @Type(() => VoluntaryAnswersDto)
  voluntary?: VoluntaryAnswersDto;

  @ApiPropertyOptional({ description: 'Consent to the voluntary questions; needed when any answer is yes or no' })
  @IsOptional()
  @IsBoolean()
  voluntaryConsent?: boolean;

  @ApiPropertyOptional({ description: 'The advisor to assign (a staff user id)', pattern: String.raw`^[A-Za-z0-9._@:-]{1,128}$` })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._@:-]{1,128}$/, { message: 'must be a user id (letters, digits, . _ @ : -)' })
  advisorId?: string;
}
