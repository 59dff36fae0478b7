/**
 * Part of the FollowUpRecorded contract (docs/domain.md#structural-fund-reporting: "status six
 * months after leaving"): the follow-up is dated from 5 to 8 calendar months after the exit date,
 * both ends inclusive, six months being the nominal moment. outcomes-reporting's decider refuses a
 * date outside it; scheduling's worklist and the notifications service plan around it. Months
 * only, so any calendar (libs/calendar `addMonths`) applies it the same way.
 */
export const FOLLOW_UP_WINDOW_MONTHS = { from: 5, to: 8 } as const;

/** The nominal moment of the longer-term results: six calendar months after leaving. */
export const FOLLOW_UP_NOMINAL_MONTHS = 6;
