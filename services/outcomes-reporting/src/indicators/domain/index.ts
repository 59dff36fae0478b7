export * from './apply-outcome-event';
export * from './compute-indicators';
export * from './indicator-table';
export * from './participant-row';
export * from './participants';
export * from './predicates';
