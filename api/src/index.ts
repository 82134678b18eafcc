// Public surface of @talentloop/api for the other packages (start script, e2e tests, workers).
export {
  createApp,
  startApi,
  type App,
  type RunningApi,
  type StartApiOptions,
  type ApiConfig,
} from './server';
export { buildContext, type Context } from './context';
export { resolvers, buildApiSchema, buildSortedSchema } from './schema';
export { signToken, verifyToken } from './auth/token';
export { Role, IntegrationScope, type Viewer } from './auth/viewer';
export { emitEvent, emitEvents, EventType } from './modules/events/events.service';
export { recordAudit, inTransaction } from './modules/audit/audit.service';
export { issueToken } from './issue-token';
