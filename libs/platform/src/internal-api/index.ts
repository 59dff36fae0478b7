export * from './internal-api';
export * from './response-fields';
