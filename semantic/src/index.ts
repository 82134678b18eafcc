// Public surface of @talentloop/semantic: the Cube server, the typed client the API calls and the
// product's queries.
export { startCube, DEFAULT_SCHEMA_PATH, type CubeOptions, type RunningCube } from './server';
export * from './client';
export * from './queries';
export { viewPolicies, type ViewPolicy } from './policies';
export { MIN_CELL_PEOPLE, type SecurityContext, type Role, type CubeQuery } from './security';
