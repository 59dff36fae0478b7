import { Injectable } from '@nestjs/common';
import type { CalendarDate } from '@career/calendar';
import { computeIndicators, type ReportFilters, type ReportPeriod } from '../indicators/domain/compute-indicators';
import { computeRegionalRollUp } from '../indicators/domain/regional-roll-up';
import { suppressRegionalRollUp, type ShownRegionalRollUp } from '../suppression/domain/suppress-regional-roll-up';
import type { IndicatorSet } from '../indicators/domain/indicator-table';
import { computeLearningOutcomes } from '../metrics/domain/learning-outcomes';
import { computeProcessMetrics } from '../metrics/domain/process-metrics';
import { ParticipantRowsReader } from '../participants/read-models/participant-rows.reader';
import { suppressIndicatorReport, type ShownIndicatorReport } from '../suppression/domain/suppress-indicator-report';
import { suppressLearningOutcomes, suppressProcessMetrics, type ShownLearningOutcomes, type ShownProcessMetrics } from '../suppression/domain/suppress-metrics';

/**
 * The reports as reporters see them: computed from the participant rows by the pure
 * functions, then ALWAYS suppressed. Nothing unsuppressed leaves this class.
 */
@Injectable()
export class ReportsService {
  constructor(private readonly participants: ParticipantRowsReader) {}

  private async rowsFor(filters: ReportFilters) {
    return (await this.participants.rows({ ...(filters.organisation !== undefined && { organisation: filters.organisation }) })).rows;
  }

  async indicators(filters: ReportFilters, set: IndicatorSet, period: ReportPeriod, asOf: CalendarDate): Promise<ShownIndicatorReport> {
    return suppressIndicatorReport(computeIndicators(await this.rowsFor(filters), { set, period, asOf, filters }));
  }

  async processMetrics(filters: ReportFilters, period: ReportPeriod | undefined, asOf: CalendarDate): Promise<ShownProcessMetrics> {
    return suppressProcessMetrics(computeProcessMetrics(await this.rowsFor(filters), { asOf, filters, ...(period && { period }) }));
  }

  async learningOutcomes(filters: ReportFilters, period: ReportPeriod | undefined, asOf: CalendarDate): Promise<ShownLearningOutcomes> {
    return suppressLearningOutcomes(computeLearningOutcomes(await this.rowsFor(filters), { asOf, filters, ...(period && { period }) }));
  }

  /** The cohort of the indicators by region; the `region` filter does not apply (it is every region). */
  async regions(filters: ReportFilters, set: IndicatorSet, period: ReportPeriod, asOf: CalendarDate): Promise<ShownRegionalRollUp> {
    return suppressRegionalRollUp(computeRegionalRollUp(await this.rowsFor(filters), { set, period, asOf, filters }));
  }

  /** All of them at once from one read of the rows (the summary page). */
  async summary(filters: ReportFilters, set: IndicatorSet, period: ReportPeriod, metricsPeriod: ReportPeriod | undefined, asOf: CalendarDate) {
    const rows = await this.rowsFor(filters);
    const scope = { asOf, filters, ...(metricsPeriod && { period: metricsPeriod }) };
    return {
      indicators: suppressIndicatorReport(computeIndicators(rows, { set, period, asOf, filters })),
      processMetrics: suppressProcessMetrics(computeProcessMetrics(rows, scope)),
      learningOutcomes: suppressLearningOutcomes(computeLearningOutcomes(rows, scope)),
      regions: suppressRegionalRollUp(computeRegionalRollUp(rows, { set, period, asOf, filters })),
    };
  }
}
