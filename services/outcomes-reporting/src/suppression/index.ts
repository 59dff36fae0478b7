export * from './suppress-indicator-report';
export * from './suppress-small-cells';
