// Derived data: pure functions of the loaded Dataset (no I/O, no clock; "now" is the data's as-of date).
export * from './input.ts';
export * from './as-of.ts';
export * from './status.ts';
export * from './progress.ts';
export * from './missing.ts';
export * from './changes.ts';
export * from './aggregate.ts';
export * from './all.ts';
export * from './schedule-target.ts';
export * from './schedule.ts';
export * from './half-year.ts';
export * from './schedule-rollup.ts';
export * from './claim-check.ts';
