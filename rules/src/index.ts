// @talentloop/rules — every linkage rule, score and threshold of TalentLoop, pure: no I/O, no
// clock, no imports from db or api. See README.md.
export * from './rules.numbers';
export * from './rules.codes';
export * from './rules.schema';
export * from './rules.issues';
export * from './rules.defaults';
export * from './rules.types';
export * from './rules.util';
export * from './scoring';
export * from './kpi-binding';
export * from './impact.evaluator';
export * from './eligibility.evaluator';
export * from './report.evaluator';
export * from './award.evaluator';
