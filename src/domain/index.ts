export * from './age';
export * from './clock';
export * from './flags';
export * from './freshness';
export * from './parse';
export * from './schemas';
export * from './status';
export * from './summary';
