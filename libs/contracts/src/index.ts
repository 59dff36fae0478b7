export * from './integration-event';
export * from './schema-registry';
export * from './client-intake';
export * from './scheduling';
export * from './skills-assessment';
export * from './document-generation';
export * from './outcomes-reporting';
