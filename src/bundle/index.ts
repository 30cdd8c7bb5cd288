export * from './ids.ts';
export * from './types.ts';
export * from './contexts.ts';
export * from './search-format.ts';
export * from './search-text.ts';
export * from './search-shard.ts';
export * from './story-prefix.ts';
