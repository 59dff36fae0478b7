export * from './suppress-indicator-report';
export * from './suppress-small-cells';
export * from './cell-book';
export * from './suppress-metrics';
