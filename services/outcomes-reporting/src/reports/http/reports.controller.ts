import { Controller, ForbiddenException, Get, Header, Headers, HttpCode, Post, Query, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequestCtx, Roles, type AuthenticatedUser, type RequestContext } from '@career/auth';
import { ParticipantRowsReader } from '../../participants/read-models/participant-rows.reader';
import { RebuildService, type RebuildResult } from '../../rebuild/rebuild.service';
import type { ShownIndicatorReport } from '../../suppression/domain/suppress-indicator-report';
import type { ShownLearningOutcomes, ShownProcessMetrics } from '../../suppression/domain/suppress-metrics';
import { renderSummaryPage, SUMMARY_CSP } from '../../summary/summary-page';
import { CSV_TYPE, fileResponse, formatOf, indicatorFile, learningOutcomesFile, processMetricsFile, regionalRollUpFile, XLSX_TYPE } from './report-files';
import type { ShownRegionalRollUp } from '../../suppression/domain/suppress-regional-roll-up';
import { IndicatorQueryDto, RebuildQueryDto, ReportQueryDto } from './report-query.dto';
import { asOfFor, filtersFor, indicatorPeriodFor, metricsPeriodFor, organisationScopeOf } from './report-scope';
import { ReportsService } from '../reports.service';
import { suppressSmall, type Cell } from '../../suppression/domain/small-cells';

/**
 * Aggregates only, never a client (docs/domain.md#the-people, Reporter): every count goes
 * through small-cell suppression before it leaves. JSON by default; `Accept: text/csv` or the
 * XLSX type (or `format=`) for files.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports')
@Roles('reporter', 'admin')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly participants: ParticipantRowsReader,
    private readonly rebuilds: RebuildService,
  ) {}

  /** Participants per organisation: the caller's own, or every organisation with the cross-organisation grant. */
  @Get('participants')
  @ApiOkResponse({ description: 'Counts per organisation; counts under 5 are shown as "<5".' })
  async participantCounts(@CurrentUser() user: AuthenticatedUser): Promise<{ byOrganisation: { organisation: string; participants: Cell }[] }> {
    const rows = await this.participants.participantsPerOrganisation(organisationScopeOf(user));
    return { byOrganisation: rows.map((row) => ({ organisation: row.organisation, participants: suppressSmall(row.participants) })) };
  }

  @Get('indicators')
  @ApiProduces('application/json', CSV_TYPE, XLSX_TYPE)
  @ApiOkResponse({ description: 'The Structural Fund indicators of one set, by gender, suppressed (`<5`).' })
  async indicators(
    @Query() query: IndicatorQueryDto,
    @Headers('accept') accept: string | undefined,
    @RequestCtx() context: RequestContext,
  ): Promise<ShownIndicatorReport | StreamableFile> {
    const set = query.set ?? 'esfplus2021';
    const asOf = asOfFor(query, context.now);
    const report = await this.reports.indicators(filtersFor(context.user, query), set, indicatorPeriodFor(query, set, asOf), asOf);
    return (await fileResponse(indicatorFile(report), formatOf(accept, query.format))) ?? report;
  }

  @Get('regions')
  @ApiProduces('application/json', CSV_TYPE, XLSX_TYPE)
  @ApiOkResponse({
    description:
      "The indicators' cohort by the region (maakunta) of each participant's municipality at entry: participants, leavers and the main statuses upon leaving; suppressed (`<5`). `set`, period and filters as for the indicators; `region` does not apply.",
  })
  async regions(
    @Query() query: IndicatorQueryDto,
    @Headers('accept') accept: string | undefined,
    @RequestCtx() context: RequestContext,
  ): Promise<ShownRegionalRollUp | StreamableFile> {
    const set = query.set ?? 'esfplus2021';
    const asOf = asOfFor(query, context.now);
    const rollUp = await this.reports.regions(filtersFor(context.user, query), set, indicatorPeriodFor(query, set, asOf), asOf);
    return (await fileResponse(regionalRollUpFile(rollUp, asOf), formatOf(accept, query.format))) ?? rollUp;
  }

  @Get('process-metrics')
  @ApiProduces('application/json', CSV_TYPE, XLSX_TYPE)
  @ApiOkResponse({ description: 'Clients per phase, initial assessment weeks, meetings, no-shows, directions, licences, time to outcome; suppressed.' })
  async processMetrics(
    @Query() query: ReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @RequestCtx() context: RequestContext,
  ): Promise<ShownProcessMetrics | StreamableFile> {
    const asOf = asOfFor(query, context.now);
    const metrics = await this.reports.processMetrics(filtersFor(context.user, query), metricsPeriodFor(query, asOf), asOf);
    return (await fileResponse(processMetricsFile(metrics), formatOf(accept, query.format))) ?? metrics;
  }

  @Get('learning-outcomes')
  @ApiProduces('application/json', CSV_TYPE, XLSX_TYPE)
  @ApiOkResponse({ description: 'Share of closed processes with each learning outcome, mean self-assessment change; suppressed.' })
  async learningOutcomes(
    @Query() query: ReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @RequestCtx() context: RequestContext,
  ): Promise<ShownLearningOutcomes | StreamableFile> {
    const asOf = asOfFor(query, context.now);
    const metrics = await this.reports.learningOutcomes(filtersFor(context.user, query), metricsPeriodFor(query, asOf), asOf);
    return (await fileResponse(learningOutcomesFile(metrics), formatOf(accept, query.format))) ?? metrics;
  }

  @Get('summary.html')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', SUMMARY_CSP)
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'A printable report page with SVG charts (no scripts, no external assets).' })
  async summary(@Query() query: IndicatorQueryDto, @RequestCtx() context: RequestContext): Promise<string> {
    const set = query.set ?? 'esfplus2021';
    const asOf = asOfFor(query, context.now);
    const period = indicatorPeriodFor(query, set, asOf);
    const filters = filtersFor(context.user, query);
    const figures = await this.reports.summary(filters, set, period, period, asOf);
    return renderSummaryPage({ ...figures, generatedAt: context.now.toISOString() });
  }

  /**
   * The read model is one for every organisation, so rebuilding it re-derives every
   * organisation's figures: an operator's action, for an administrator with the
   * cross-organisation grant only (an organisation's own administrator gets 403).
   */
  @Post('rebuild')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({
    description:
      "Replays every event into fresh read models, swaps them in, and reports the figures' checksum before and after (of one organisation with `org`, else of all). Administrators with the cross-organisation grant only (403 otherwise). 409 while another rebuild runs.",
  })
  @ApiForbiddenResponse({ description: 'An administrator without the cross-organisation grant.' })
  rebuild(@Query() query: RebuildQueryDto, @RequestCtx() context: RequestContext): Promise<RebuildResult> {
    if (!context.user.crossOrganisation) {
      throw new ForbiddenException("The rebuild re-derives every organisation's figures: it needs the cross-organisation grant.");
    }
    return this.rebuilds.rebuild(context.now, query.org === undefined ? {} : { organisation: query.org });
  }
}
