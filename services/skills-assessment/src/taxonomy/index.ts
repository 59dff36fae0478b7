export * from './esco-types';
export * from './esco-uri';
export * from './esco-catalogue';
export * from './label-search';
export * from './normalise-text';
export * from './taxonomy-search';
