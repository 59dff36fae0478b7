import type { LearningOutcomeMetrics } from '../../metrics/domain/learning-outcomes';
import type { ProcessMetrics } from '../../metrics/domain/process-metrics';
import { CellBook, type ShownValue } from './cell-book';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './suppress-small-cells';

/** A report with every number replaced by what a reporter may see of it. */
export type Shown<T> = T extends number ? ShownValue : T extends string | boolean | null | undefined ? T : { [K in keyof T]: Shown<T[K]> };

export type ShownProcessMetrics = Shown<ProcessMetrics> & { suppression: { threshold: number; suppressed: number } };
export type ShownLearningOutcomes = Shown<LearningOutcomeMetrics> & { suppression: { threshold: number; suppressed: number } };

/**
 * The reporter's view of the process metrics: counts of 1-4 shown as `<5`, with the relations
 * between them (phases add up to the processes, week buckets to the completed assessments,
 * directions to the directed, the outcome table to the closed processes) so that no hidden
 * count comes back by subtraction. Meeting counts are treated like counts of people (a handful
 * of no-shows is a handful of people). A mean, share or median is shown as `suppressed` when
 * a count it is computed from is hidden; the time-to-outcome figures need at least 5 outcomes
 * (its minimum and maximum are single people's values).
 */
export function suppressProcessMetrics(metrics: ProcessMetrics, threshold = DEFAULT_SUPPRESSION_THRESHOLD): ShownProcessMetrics {
  const book = new CellBook(threshold);
  const processes = book.count('processes', metrics.processes);
  const phases = Object.entries(metrics.clientsPerPhase).map(([phase, n]) => book.count(`phase.${phase}`, n));
  book.relate(processes, phases);

  const ia = metrics.initialAssessment;
  const completed = book.count('ia.completed', ia.completed);
  book.relate(completed, Object.entries(ia.distribution).map(([bucket, n]) => book.count(`ia.weeks.${bucket}`, n)));
  book.relate(completed, [book.count('ia.below', ia.belowTarget), book.count('ia.within', ia.withinTarget), book.count('ia.above', ia.aboveTarget)]);
  book.count('ia.overdue', ia.everOverdue);

  const held = book.count('meetings.held', metrics.meetings.held);
  const missed = book.count('meetings.missed', metrics.meetings.missed);

  const directed = book.count('direction.directed', metrics.direction.directed);
  const directionKeys = ['group-guidance', 'licence-training', 'individual-only'] as const;
  book.relate(directed, directionKeys.map((d) => book.count(`direction.${d}`, metrics.direction[d].count)));

  book.count('licences.referrals', metrics.licences.referrals);
  book.count('licences.earned', metrics.licences.earned);
  book.count('licences.clients', metrics.licences.clientsWithLicence);
  const outcomes = book.count('outcome.n', metrics.timeToOutcomeDays.n);

  const directionRows = Object.entries(metrics.outcomesByDirection);
  const rowTotals = directionRows.map(([direction, statuses]) => {
    const cells = Object.entries(statuses).map(([status, n]) => book.count(`by.${direction}.${status}`, n));
    const total = book.count(`by.${direction}`, Object.values(statuses).reduce((a, b) => a + b, 0), false);
    book.relate(total, cells);
    return total;
  });
  book.relate('phase.closed', rowTotals);

  const t = metrics.timeToOutcomeDays;
  // 1-4 outcomes is a hidden count, so these hide with it; 5 or more may show.
  const enoughOutcomes = (value: number | null) => book.derived(value, [outcomes]);
  const shown: ShownProcessMetrics = {
    asOf: metrics.asOf,
    processes: book.show(processes),
    clientsPerPhase: {
      initialAssessment: book.show('phase.initialAssessment'),
      followUp: book.show('phase.followUp'),
      closed: book.show('phase.closed'),
    },
    initialAssessment: {
      completed: book.show(completed),
      meanWeeks: book.derived(ia.meanWeeks, [completed]),
      distribution: Object.fromEntries(Object.keys(ia.distribution).map((b) => [b, book.show(`ia.weeks.${b}`)])) as ShownProcessMetrics['initialAssessment']['distribution'],
      belowTarget: book.show('ia.below'),
      withinTarget: book.show('ia.within'),
      aboveTarget: book.show('ia.above'),
      everOverdue: book.show('ia.overdue'),
    },
    meetings: {
      held: book.show(held),
      missed: book.show(missed),
      meanHeldPerClient: book.derived(metrics.meetings.meanHeldPerClient, [held, processes]),
      noShowRate: book.derived(metrics.meetings.noShowRate, [held, missed]),
    },
    direction: {
      directed: book.show(directed),
      ...(Object.fromEntries(
        directionKeys.map((d) => [d, { count: book.show(`direction.${d}`), share: book.derived(metrics.direction[d].share, [`direction.${d}`, directed]) }]),
      ) as Pick<ShownProcessMetrics['direction'], (typeof directionKeys)[number]>),
    },
    licences: {
      referrals: book.show('licences.referrals'),
      earned: book.show('licences.earned'),
      clientsWithLicence: book.show('licences.clients'),
    },
    timeToOutcomeDays: {
      n: book.show(outcomes),
      mean: enoughOutcomes(t.mean),
      median: enoughOutcomes(t.median),
      min: enoughOutcomes(t.min),
      max: enoughOutcomes(t.max),
    },
    outcomesByDirection: Object.fromEntries(
      directionRows.map(([direction, statuses]) => [direction, Object.fromEntries(Object.keys(statuses).map((s) => [s, book.show(`by.${direction}.${s}`)]))]),
    ) as ShownProcessMetrics['outcomesByDirection'],
    suppression: book.summary(),
  };
  return shown;
}

/**
 * The reporter's view of the learning outcomes. Per outcome, "shown by events", "confirmed by
 * the advisor" and "either" are three published counts; the overlaps they imply (both, events
 * only, advisor only) are cells a reader can compute, so they take part in the relations
 * unpublished: a small overlap hides a published count too. Means of the self-assessment
 * need at least 5 rated processes.
 */
export function suppressLearningOutcomes(metrics: LearningOutcomeMetrics, threshold = DEFAULT_SUPPRESSION_THRESHOLD): ShownLearningOutcomes {
  const book = new CellBook(threshold);
  const closed = book.count('closed', metrics.closedProcesses);
  for (const [key, figure] of Object.entries(metrics.outcomes)) {
    const fromEvents = book.count(`${key}.events`, figure.fromEvents);
    const confirmed = book.count(`${key}.confirmed`, figure.confirmedByAdvisor);
    const total = book.count(`${key}.total`, figure.total);
    const both = book.count(`${key}.both`, figure.fromEvents + figure.confirmedByAdvisor - figure.total, false);
    const eventsOnly = book.count(`${key}.eventsOnly`, figure.total - figure.confirmedByAdvisor, false);
    const confirmedOnly = book.count(`${key}.confirmedOnly`, figure.total - figure.fromEvents, false);
    book.relate(fromEvents, [both, eventsOnly]);
    book.relate(confirmed, [both, confirmedOnly]);
    book.relate(total, [both, eventsOnly, confirmedOnly]);
    // "closed - total" is readable only while total is shown: it needs protecting when small
    // (hide total), but once total is hidden it is unknown, whatever its size. The library
    // would take a large unpublished cell as known and hide `closed` too, so the relation is
    // only stated for the case it protects.
    const neitherCount = metrics.closedProcesses - figure.total;
    if (neitherCount >= 1 && neitherCount < threshold) book.relate(closed, [total, book.count(`${key}.neither`, neitherCount, false)]);
  }
  for (const [dimension, change] of Object.entries(metrics.selfAssessment)) book.count(`${dimension}.n`, change.n);

  return {
    asOf: metrics.asOf,
    closedProcesses: book.show(closed),
    outcomes: Object.fromEntries(
      Object.entries(metrics.outcomes).map(([key, figure]) => [
        key,
        {
          fromEvents: book.show(`${key}.events`),
          confirmedByAdvisor: book.show(`${key}.confirmed`),
          total: book.show(`${key}.total`),
          share: book.derived(figure.share, [`${key}.total`, closed]),
        },
      ]),
    ) as ShownLearningOutcomes['outcomes'],
    selfAssessment: Object.fromEntries(
      Object.entries(metrics.selfAssessment).map(([dimension, change]) => {
        const n = `${dimension}.n`;
        return [dimension, { n: book.show(n), meanStart: book.derived(change.meanStart, [n]), meanEnd: book.derived(change.meanEnd, [n]), meanChange: book.derived(change.meanChange, [n]) }];
      }),
    ) as ShownLearningOutcomes['selfAssessment'],
    suppression: book.summary(),
  };
}
