export * from './learning-outcomes';
export * from './metrics-scope';
export * from './process-metrics';
