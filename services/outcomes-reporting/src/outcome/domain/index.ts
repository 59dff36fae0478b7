export * from './business-id';
export * from './outcome.aggregate';
export * from './outcome.commands';
export * from './outcome.decider';
export * from './outcome.events';
export * from './outcome.rules';
export * from './outcome.state';
export { CORRECTION_REASONS, LABOUR_MARKET_IMPROVEMENTS } from './outcome.validation';
