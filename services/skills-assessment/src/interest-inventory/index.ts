export * from './riasec-items';
export * from './score-inventory';
