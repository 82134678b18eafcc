// Every entity of the growth-archive schema. The ORM is configured with this explicit list
// (not folder discovery) so bundlers, tests and scripts all see the same model.
export * from './app-user.entity';
export * from './audit-log.entity';
export * from './award-campaign.entity';
export * from './award-nomination.entity';
export * from './award.entity';
export * from './career-path.entity';
export * from './competency.entity';
export * from './course-competency.entity';
export * from './course-kpi-binding.entity';
export * from './course-session.entity';
export * from './course.entity';
export * from './department.entity';
export * from './domain-event.entity';
export * from './employee.entity';
export * from './enrollment.entity';
export * from './improvement-plan.entity';
export * from './knowledge-citation.entity';
export * from './kpi-definition.entity';
export * from './kpi-observation.entity';
export * from './notification.entity';
export * from './peer-feedback.entity';
export * from './performance-review.entity';
export * from './position-competency.entity';
export * from './position.entity';
export * from './practice-case.entity';
export * from './production-line.entity';
export * from './promotion-application.entity';
export * from './promotion-rule.entity';
export * from './promotion.entity';
export * from './rule-set.entity';
export * from './success-story.entity';
export * from './task.entity';
export * from './training-impact.entity';
export * from './webhook-delivery.entity';
export * from './webhook-event.entity';
export * from './webhook-subscription.entity';

import { AppUser } from './app-user.entity';
import { AuditLog } from './audit-log.entity';
import { AwardCampaign } from './award-campaign.entity';
import { AwardNomination } from './award-nomination.entity';
import { Award } from './award.entity';
import { CareerPath } from './career-path.entity';
import { Competency } from './competency.entity';
import { CourseCompetency } from './course-competency.entity';
import { CourseKpiBinding } from './course-kpi-binding.entity';
import { CourseSession } from './course-session.entity';
import { Course } from './course.entity';
import { Department } from './department.entity';
import { DomainEvent } from './domain-event.entity';
import { Employee } from './employee.entity';
import { Enrollment } from './enrollment.entity';
import { ImprovementPlan } from './improvement-plan.entity';
import { KnowledgeCitation } from './knowledge-citation.entity';
import { KpiDefinition } from './kpi-definition.entity';
import { KpiObservation } from './kpi-observation.entity';
import { Notification } from './notification.entity';
import { PeerFeedback } from './peer-feedback.entity';
import { PerformanceReview } from './performance-review.entity';
import { PositionCompetency } from './position-competency.entity';
import { Position } from './position.entity';
import { PracticeCase } from './practice-case.entity';
import { ProductionLine } from './production-line.entity';
import { PromotionApplication } from './promotion-application.entity';
import { PromotionRule } from './promotion-rule.entity';
import { Promotion } from './promotion.entity';
import { RuleSet } from './rule-set.entity';
import { SuccessStory } from './success-story.entity';
import { Task } from './task.entity';
import { TrainingImpact } from './training-impact.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEvent } from './webhook-event.entity';
import { WebhookSubscription } from './webhook-subscription.entity';

export const entities = [
  AppUser,
  AuditLog,
  AwardCampaign,
  AwardNomination,
  Award,
  CareerPath,
  Competency,
  CourseCompetency,
  CourseKpiBinding,
  CourseSession,
  Course,
  Department,
  DomainEvent,
  Employee,
  Enrollment,
  ImprovementPlan,
  KnowledgeCitation,
  KpiDefinition,
  KpiObservation,
  Notification,
  PeerFeedback,
  PerformanceReview,
  PositionCompetency,
  Position,
  PracticeCase,
  ProductionLine,
  PromotionApplication,
  PromotionRule,
  Promotion,
  RuleSet,
  SuccessStory,
  Task,
  TrainingImpact,
  WebhookDelivery,
  WebhookEvent,
  WebhookSubscription,
];
