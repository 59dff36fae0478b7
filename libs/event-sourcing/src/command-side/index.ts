export * from './aggregate';
export * from './command-side';
