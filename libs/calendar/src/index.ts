export * from './calendar-date';
export * from './helsinki';
export * from './instant';
