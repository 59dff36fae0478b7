import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { RECORDED_BY, type RecordedBy } from '../../domain/skills-profile.events';

/** Every change a person makes says who entered it; the advisor's token calls, so `advisor` unless the client entered it with them. */
export class PersonChangeDto {
  @ApiPropertyOptional({ enum: RECORDED_BY, default: 'advisor', description: 'Who entered the change: the client (with the advisor) or the advisor.' })
  @IsOptional()
  @IsIn(RECORDED_BY)
  recordedBy?: RecordedBy;
}
