import { WorkflowResolver } from '../workflow/workflow.resolver';
import { AwardResolver } from './award.resolver';
import { PromotionResolver } from './promotion.resolver';
import { EnrollmentImpactResolver, ReviewAdjustmentResolver, RulesResolver } from './rules.resolver';
import { StoryFeedResolver } from './story-feed.resolver';

/** The rules engine's and workflow's resolvers, appended to the API's list in schema.ts. */
export const rulesResolvers = [
  RulesResolver,
  EnrollmentImpactResolver,
  ReviewAdjustmentResolver,
  PromotionResolver,
  AwardResolver,
  WorkflowResolver,
  StoryFeedResolver,
];
