import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthenticatedUser } from '@career/auth';
import { ParticipantsReportQuery, type ParticipantsReport } from './participants-report.query';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports')
export class ReportsController {
  constructor(private readonly queries: QueryBus) {}

  /** Participants per organisation; a reporter sees their own organisation, an administrator all. */
  @Get('participants')
  @Roles('reporter', 'admin')
  @ApiOkResponse({ description: 'Counts per organisation; counts under 5 are shown as "<5".' })
  participants(@CurrentUser() user: AuthenticatedUser): Promise<ParticipantsReport> {
    return this.queries.execute(new ParticipantsReportQuery(user.role === 'admin' ? undefined : user.organisation));
  }
}
