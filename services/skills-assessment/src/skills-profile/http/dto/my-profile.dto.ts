import { OmitType } from '@nestjs/swagger';
import { RecordInterestInventoryDto } from './interest-inventory.dto';
import { WriteProfileTextDto } from './profile-text.dto';
import { RecordSelfAssessmentDto } from './self-assessment.dto';
import { AddSkillDto, ReviseSkillDto } from './skill.dto';

/*
 * The client's own changes take the staff bodies without `recordedBy`: on the client's token it
 * is always `client` (personMetadata), so a body naming it is refused (400) rather than ignored.
 */
export class MyAddSkillDto extends OmitType(AddSkillDto, ['recordedBy'] as const) {}
export class MyReviseSkillDto extends OmitType(ReviseSkillDto, ['recordedBy'] as const) {}
export class MyInterestInventoryDto extends OmitType(RecordInterestInventoryDto, ['recordedBy'] as const) {}
export class MySelfAssessmentDto extends OmitType(RecordSelfAssessmentDto, ['recordedBy'] as const) {}
export class MyProfileTextDto extends OmitType(WriteProfileTextDto, ['recordedBy'] as const) {}
