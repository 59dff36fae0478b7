export * from './csv';
export * from './report-table';
export * from './report-tables';
export * from './xlsx';
