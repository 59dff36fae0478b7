import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { RATING_MAX, RATING_MIN, SELF_ASSESSMENT_PHASES, type SelfAssessmentPhase } from '../../domain/skills-profile.events';
import { PersonChangeDto } from './person-change.dto';

export class RecordSelfAssessmentDto extends PersonChangeDto {
  @ApiProperty({ enum: SELF_ASSESSMENT_PHASES, description: 'One start and one end rating; "during" as often as useful.' })
  @IsIn(SELF_ASSESSMENT_PHASES)
  phase!: SelfAssessmentPhase;

  @ApiProperty({ minimum: RATING_MIN, maximum: RATING_MAX, description: 'How well the client knows themself.', type: 'integer' })
  @IsInt()
  @Min(RATING_MIN)
  @Max(RATING_MAX)
  selfKnowledge!: number;

  @ApiProperty({ minimum: RATING_MIN, maximum: RATING_MAX, description: 'How well the client can identify their own skills.', type: 'integer' })
  @IsInt()
  @Min(RATING_MIN)
  @Max(RATING_MAX)
  identifyOwnSkills!: number;

  @ApiProperty({ minimum: RATING_MIN, maximum: RATING_MAX, description: 'Confidence in planning their career independently.', type: 'integer' })
  @IsInt()
  @Min(RATING_MIN)
  @Max(RATING_MAX)
  careerPlanningConfidence!: number;
}

export class CompleteAssessmentDto extends PersonChangeDto {}
