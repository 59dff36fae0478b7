export * from './suppress-indicator-report';
export * from './suppress-small-cells';
export * from './cell-book';
export * from './suppress-metrics';
export * from './suppress-regional-roll-up';
