export * from './extract-columns';
export * from './extract-download.aggregate';
export * from './extract-download.decider';
export * from './extract-download.events';
export * from './participant-extract';
