import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { USER_ID, USER_ID_MESSAGE } from './request-formats';

/** `:advisorId` in a path: the staff user id client-intake assigns. */
export class AdvisorParams {
  @ApiProperty({ description: 'The advisor (staff user id)', pattern: USER_ID.source })
  @Matches(USER_ID, { message: USER_ID_MESSAGE })
  advisorId!: string;
}
