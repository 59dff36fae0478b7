import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PROFILE_TEXT_MAX } from '../../domain/skills-profile.validation';
import { PersonChangeDto } from './person-change.dto';

export class WriteProfileTextDto extends PersonChangeDto {
  @ApiProperty({
    maxLength: PROFILE_TEXT_MAX,
    description: "The client's profile in their own words: a CV prints it as its profile paragraph (personal data: encrypted, never published).",
    example: 'Olen tarkka ja oppivainen varastotyöntekijä, joka viihtyy tiimissä.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PROFILE_TEXT_MAX)
  text!: string;
}
