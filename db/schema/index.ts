export * from './catalog.ts';
export * from './inventory.ts';
export * from './commerce.ts';
export * from './accounts.ts';
export * from './content.ts';
export * from './reviews.ts';
