export * from './municipalities';
export * from './normalise';
