import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SingleLine } from '@career/platform';

export class PostalAddressDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @SingleLine()
  street!: string;

  @ApiProperty({ example: '90100', pattern: String.raw`^[A-Za-z0-9 -]{2,12}$` })
  @IsString()
  @Matches(/^[A-Za-z0-9 -]{2,12}$/, { message: 'must be a postal code (2-12 letters, digits, spaces or dashes)' })
  postalCode!: string;

  @ApiProperty({ maxLength: 100, example: 'Oulu' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @SingleLine()
  postOffice!: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 when not Finland', example: 'SE', pattern: String.raw`^[A-Z]{2}$` })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 country code' })
  country?: string;
}
