import type { NonEmptyArray } from 'type-graphql';
import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { authChecker } from './auth/auth-checker';
import { installReadPath } from './readpath/install';
import { validateArgs } from './common/validate-args';
import { AnalyticsResolver } from './modules/analytics/analytics.resolver';
import { ArchiveResolver } from './modules/archive/archive.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { WebhooksResolver } from './modules/webhooks/webhooks.resolver';
import { PrivacyResolver } from './modules/privacy/privacy.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import {
  CourseCompetencyResolver,
  CourseKpiBindingResolver,
  CourseNodeResolver,
  CourseResolver,
  CourseSessionNodeResolver,
  CourseSessionResolver,
} from './modules/course/course.resolver';
import { DepartmentNodeResolver, DepartmentResolver } from './modules/department/department.resolver';
import { EmployeeNodeResolver, EmployeeResolver } from './modules/employee/employee.resolver';
import { EnrollmentNodeResolver, EnrollmentResolver } from './modules/enrollment/enrollment.resolver';
import {
  KpiDefinitionNodeResolver,
  KpiObservationNodeResolver,
  KpiObservationResolver,
  KpiResolver,
} from './modules/kpi/kpi.resolver';
import { ImportResolver } from './modules/import/import.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { MasterDataResolver, SyncRowResultResolver } from './modules/master-data/master-data.resolver';
import {
  ProductionLineNodeResolver,
  ProductionLineResolver,
} from './modules/production-line/production-line.resolver';
import {
  ImprovementPlanNodeResolver,
  ImprovementPlanResolver,
} from './modules/improvement-plan/improvement-plan.resolver';
import { InboxResolver } from './modules/inbox/inbox.resolver';
import { rulesResolvers } from './modules/rules/rules.resolvers';
import { PromotionCandidatesResolver } from './modules/rules/promotion-candidates.resolver';
import { TeamAlertsResolver } from './modules/rules/team-alerts.resolver';
import { CourseMutationResolver } from './modules/course/course.mutations.resolver';
import { EnrollmentMutationResolver } from './modules/enrollment/enrollment.mutations.resolver';
import { KpiMutationResolver } from './modules/kpi/kpi.mutations.resolver';
import { PerformanceMutationResolver } from './modules/performance/performance.mutations.resolver';
import { PracticeCaseMutationResolver } from './modules/practice-case/practice-case.mutations.resolver';
import {
  PeerFeedbackNodeResolver,
  PeerFeedbackResolver,
  PerformanceReviewNodeResolver,
  PerformanceReviewResolver,
} from './modules/performance/performance.resolver';
import {
  CareerPathResolver,
  CompetencyNodeResolver,
  CompetencyRequirementResolver,
  PositionNodeResolver,
  PositionResolver,
} from './modules/position/position.resolver';
import {
  KnowledgeCitationNodeResolver,
  KnowledgeCitationResolver,
  PracticeCaseNodeResolver,
  PracticeCaseResolver,
} from './modules/practice-case/practice-case.resolver';

/**
 * Every resolver class of the API. The rules/workflow module appends its own here, so there is
 * one list and one schema.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  AuditResolver,
  WebhooksResolver,
  PrivacyResolver,
  NodeResolver,
  EmployeeResolver,
  EmployeeNodeResolver,
  DepartmentResolver,
  DepartmentNodeResolver,
  PositionResolver,
  PositionNodeResolver,
  CompetencyNodeResolver,
  CareerPathResolver,
  CompetencyRequirementResolver,
  CourseResolver,
  CourseNodeResolver,
  CourseSessionResolver,
  CourseSessionNodeResolver,
  CourseCompetencyResolver,
  CourseKpiBindingResolver,
  KpiResolver,
  KpiDefinitionNodeResolver,
  KpiObservationResolver,
  KpiObservationNodeResolver,
  EnrollmentResolver,
  EnrollmentNodeResolver,
  PracticeCaseResolver,
  PracticeCaseNodeResolver,
  KnowledgeCitationResolver,
  KnowledgeCitationNodeResolver,
  PerformanceReviewResolver,
  PerformanceReviewNodeResolver,
  PeerFeedbackResolver,
  PeerFeedbackNodeResolver,
  ArchiveResolver,
  CourseMutationResolver,
  EnrollmentMutationResolver,
  PracticeCaseMutationResolver,
  PerformanceMutationResolver,
  KpiMutationResolver,
  ImportResolver,
  AnalyticsResolver,
  ...rulesResolvers,
  PromotionCandidatesResolver,
  TeamAlertsResolver,
  MasterDataResolver,
  SyncRowResultResolver,
  ProductionLineResolver,
  ProductionLineNodeResolver,
  ImprovementPlanResolver,
  ImprovementPlanNodeResolver,
  InboxResolver,
];

/** Builds the executable schema (class-validator on every input, role checks via authChecker). */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  // installReadPath: fields of the compiled read path's types also answer from its JSON objects.
  const schema = await buildSchema({
    resolvers,
    // class-validator on every object argument (common/validate-args.ts: type-graphql's own
    // validation with the same options, minus a dynamic import per argument).
    validateFn: validateArgs,
    authChecker,
    // Without this an Authorized field denied to a caller would be silently nulled.
    authMode: 'error',
  });
  return installReadPath(schema);
}

/** The schema as committed in api/schema.graphql: sorted, so the file diffs cleanly. */
export async function buildSortedSchema(): Promise<GraphQLSchema> {
  return lexicographicSortSchema(await buildApiSchema());
}
