export * from '../../participants/domain/apply-outcome-event';
export * from './compute-indicators';
export * from './regional-roll-up';
export * from './indicator-table';
export * from '../../participants/domain/participant-row';
export * from './participants';
export * from './predicates';
