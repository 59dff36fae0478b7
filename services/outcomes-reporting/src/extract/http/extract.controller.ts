import { randomUUID } from 'node:crypto';
import { Controller, Get, Header, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { accessOf, RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { CommandSideOf } from '@career/event-sourcing';
import { ParticipantRowsReader } from '../../participants/read-models/participant-rows.reader';
import { CSV_TYPE, fileResponse, XLSX_TYPE } from '../../reports/http/report-files';
import { asOfFor, metricsPeriodFor } from '../../reports/http/report-scope';
import { extractDownload, participantExtract, type ParticipantExtractDownloaded } from '../domain';
import { pseudonymsOfOneExtract } from '../extract-pseudonyms';
import { ExtractDownloadsQuery, type ExtractDownloadEntry } from '../read-models/extract-downloads.query';
import { EXTRACT_DICTIONARY_VERSION, extractFile, extractFileName } from './extract-file';
import { ExtractQueryDto } from './extract-query.dto';

/**
 * The Fund evaluator's participant-level extract (docs/participant-extract.md;
 * docs/architecture.md#conventions, Tenancy and roles: reporters see pseudonymous participant
 * rows). Micro-data, so no small-cell suppression: instead the reporter's own organisation
 * only, a stated purpose, every download recorded in this service's event store BEFORE the
 * file leaves, and the file marked confidential.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports/participant-extract')
export class ExtractController {
  constructor(
    @Inject(extractDownload.token) private readonly downloads: CommandSideOf<typeof extractDownload>,
    private readonly participants: ParticipantRowsReader,
    private readonly log: ExtractDownloadsQuery,
  ) {}

  @Get()
  @Roles('reporter')
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces(CSV_TYPE, XLSX_TYPE)
  @ApiOkResponse({
    description:
      'One row per participant per operation of your organisation, pseudonymised per extract (never the client id), with the data dictionary; CSV (the first line marks it confidential) or XLSX. `purpose` is required; each download is recorded (who, when, why, what).',
  })
  async extract(@Query() query: ExtractQueryDto, @RequestCtx() context: RequestContext): Promise<StreamableFile> {
    // A reporter's own organisation only (docs/architecture.md#conventions, Tenancy and roles).
    const { organisation } = context;
    const asOf = asOfFor(query, context.now);
    const period = metricsPeriodFor(query, asOf);
    const filters = { organisation, ...(query.project !== undefined && { project: query.project }), ...(query.region !== undefined && { region: query.region }) };
    const { rows } = await this.participants.rows({ organisation });
    const extracted = participantExtract(rows, { asOf, filters, ...(period && { period }) }, pseudonymsOfOneExtract());

    const format = query.format ?? 'csv';
    const extractId = randomUUID();
    const download: Omit<ParticipantExtractDownloaded['data'], 'downloadedAt'> = {
      extractId,
      organisation,
      purpose: query.purpose,
      format,
      asOf,
      ...(period && { period }),
      ...(query.project !== undefined && { project: query.project }),
      ...(query.region !== undefined && { region: query.region }),
      rows: extracted.length,
      dictionaryVersion: EXTRACT_DICTIONARY_VERSION,
      fileName: extractFileName(organisation, asOf, format),
    };
    // Recorded first: a download the log does not hold never happens.
    const result = await this.downloads.handle(
      extractId,
      { type: 'RecordExtractDownload', data: download, metadata: { now: context.now } },
      { context, access: accessOf(context) },
    );
    const recorded = result.newEvents[0].data;
    return (await fileResponse(extractFile(extracted, recorded, context.user.id), format))!;
  }

  @Get('downloads')
  @Roles('reporter', 'admin')
  @ApiOkResponse({ description: "Every participant-level extract of your organisation, newest first: who, when, why, what (from this service's event store)." })
  downloadsOf(@RequestCtx() context: RequestContext): Promise<ExtractDownloadEntry[]> {
    return this.log.of(context.organisation);
  }
}
