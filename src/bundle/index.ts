export * from './ids.ts';
export * from './types.ts';
export * from './contexts.ts';
