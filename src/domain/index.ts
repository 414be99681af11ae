// The domain's public API: the seed's rules as pure functions over plain data.
export * from './types';
export * from './text';
export * from './settings';
export * from './settingsKeys';
export * from './catalogue';
export * from './banding';
export * from './ninebox';
export * from './standards';
export * from './gaps';
export * from './explain';
export * from './distribution';
export * from './stage';
export * from './review';
