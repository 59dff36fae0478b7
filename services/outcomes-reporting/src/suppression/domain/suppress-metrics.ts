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
 * Two published counts of processes (`a`, `b`) and their union (a process in both counts once):
 * the overlap and the "only" parts are cells a reader can work out, so they take part in the
 * relations unpublished, and a small overlap hides a published count too.
 */
function overlappingCounts(book: CellBook, id: string, a: [string, number], b: [string, number], union: [string, number]): void {
  const both = book.count(`${id}.both`, a[1] + b[1] - union[1], false);
  const aOnly = book.count(`${id}.aOnly`, union[1] - b[1], false);
  const bOnly = book.count(`${id}.bOnly`, union[1] - a[1], false);
  book.relate(a[0], [both, aOnly]);
  book.relate(b[0], [both, bOnly]);
  book.relate(union[0], [both, aOnly, bOnly]);
}

/**
 * "closed - union" is readable only while the union is shown: it needs protecting when small
 * (hide the union), but once the union is hidden it is unknown, whatever its size. The library
 * would take a large unpublished cell as known and hide `closed` too, so the relation is only
 * stated for the case it protects.
 */
function outsideOf(book: CellBook, threshold: number, closed: [string, number], union: [string, number]): void {
  const neither = closed[1] - union[1];
  if (neither >= 1 && neither < threshold) book.relate(closed[0], [union[0], book.count(`${union[0]}.neither`, neither, false)]);
}

/**
 * The reporter's view of the learning outcomes. Per outcome, "shown by events", "confirmed by
 * the advisor" and "either" are three published counts, and "shown by events" is split into the
 * client's own work and the advisor's records (a process may have both); per kind of work, the
 * processes where the client did it, where the advisor did, and either. The overlaps each pair
 * implies are protected as above. Means of the self-assessment need at least 5 rated processes.
 */
export function suppressLearningOutcomes(metrics: LearningOutcomeMetrics, threshold = DEFAULT_SUPPRESSION_THRESHOLD): ShownLearningOutcomes {
  const book = new CellBook(threshold);
  const closed = book.count('closed', metrics.closedProcesses);
  for (const [key, figure] of Object.entries(metrics.outcomes)) {
    const events: [string, number] = [book.count(`${key}.events`, figure.fromEvents), figure.fromEvents];
    const total: [string, number] = [book.count(`${key}.total`, figure.total), figure.total];
    overlappingCounts(book, key, events, [book.count(`${key}.confirmed`, figure.confirmedByAdvisor), figure.confirmedByAdvisor], total);
    outsideOf(book, threshold, [closed, metrics.closedProcesses], total);
    const byClient: [string, number] = [book.count(`${key}.byClient`, figure.fromEventsByClient), figure.fromEventsByClient];
    overlappingCounts(book, `${key}.who`, byClient, [book.count(`${key}.byAdvisor`, figure.fromEventsByAdvisor), figure.fromEventsByAdvisor], events);
  }
  for (const [kind, figure] of Object.entries(metrics.activity)) {
    const either: [string, number] = [book.count(`activity.${kind}.either`, figure.either), figure.either];
    overlappingCounts(
      book,
      `activity.${kind}`,
      [book.count(`activity.${kind}.byClient`, figure.byClient), figure.byClient],
      [book.count(`activity.${kind}.byAdvisor`, figure.byAdvisor), figure.byAdvisor],
      either,
    );
    outsideOf(book, threshold, [closed, metrics.closedProcesses], either);
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
          fromEventsByClient: book.show(`${key}.byClient`),
          fromEventsByAdvisor: book.show(`${key}.byAdvisor`),
          confirmedByAdvisor: book.show(`${key}.confirmed`),
          total: book.show(`${key}.total`),
          share: book.derived(figure.share, [`${key}.total`, closed]),
          definition: figure.definition,
        },
      ]),
    ) as ShownLearningOutcomes['outcomes'],
    activity: Object.fromEntries(
      Object.entries(metrics.activity).map(([kind, figure]) => [
        kind,
        {
          byClient: book.show(`activity.${kind}.byClient`),
          byAdvisor: book.show(`activity.${kind}.byAdvisor`),
          either: book.show(`activity.${kind}.either`),
          definition: figure.definition,
        },
      ]),
    ) as ShownLearningOutcomes['activity'],
    selfAssessment: Object.fromEntries(
      Object.entries(metrics.selfAssessment).map(([dimension, change]) => {
        const n = `${dimension}.n`;
        return [dimension, { n: book.show(n), meanStart: book.derived(change.meanStart, [n]), meanEnd: book.derived(change.meanEnd, [n]), meanChange: book.derived(change.meanChange, [n]) }];
      }),
    ) as ShownLearningOutcomes['selfAssessment'],
    suppression: book.summary(),
  };
}
