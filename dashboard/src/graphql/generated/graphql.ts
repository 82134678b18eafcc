/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day in ISO-8601 form, 'YYYY-MM-DD'. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number (money), serialised as a string such as "1280.50". */
  Decimal: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** Training metrics from the semantic layer (Cube), read with your own token: the same numbers, formulas and scope as the dashboard and the Cube REST API. Company-wide statistics (courseContribution, promotionProfile, awardTraits) are for HR, executives and integrations without a department limit. */
export type Analytics = {
  __typename?: 'Analytics';
  /** Traits shared by award winners vs all nominees. */
  awardTraits?: Maybe<Array<AwardTraitShare>>;
  /** Course contribution to each bound KPI, company-wide (HR, executives, integrations). */
  courseContribution?: Maybe<Array<CourseContribution>>;
  /** Enrollment outcomes by course, category, participation type, family or department (most enrollments first). The period selects enrollment months. */
  courseTraining?: Maybe<Array<CourseTraining>>;
  /** Lecturers ranked by exam value-added (highest first). */
  lecturerValueAdded?: Maybe<Array<LecturerValueAdded>>;
  /** Monthly participation, completion, pass rate, hours and cost (oldest month first). */
  participation?: Maybe<Array<TrainingParticipation>>;
  /** Training profile of promoted staff vs comparable peers (highest lift first). */
  promotionProfile?: Maybe<Array<PromotionProfile>>;
  /** Measured time to promotion per career step (longest first). The period selects promotions by effective date. */
  promotionTiming?: Maybe<Array<PromotionTiming>>;
  /** Training ROI (largest net benefit first). The period selects completion-month cohorts. */
  trainingRoi?: Maybe<Array<TrainingRoi>>;
  /** The employee rows behind training ROI (largest benefit first), a page at a time. Not for integrations. */
  trainingRoiDetail?: Maybe<Array<TrainingRoiDetail>>;
};


/** Training metrics from the semantic layer (Cube), read with your own token: the same numbers, formulas and scope as the dashboard and the Cube REST API. Company-wide statistics (courseContribution, promotionProfile, awardTraits) are for HR, executives and integrations without a department limit. */
export type AnalyticsAwardTraitsArgs = {
  byCampaign?: Scalars['Boolean']['input'];
};


/** Training metrics from the semantic layer (Cube), read with your own token: the same numbers, formulas and scope as the dashboard and the Cube REST API. Company-wide statistics (courseContribution, promotionProfile, awardTraits) are for HR, executives and integrations without a department limit. */
export type AnalyticsCourseTrainingArgs = {
  by?: CourseTrainingBy;
  filter?: InputMaybe<AnalyticsFilter>;
};


/** Training metrics from the semantic layer (Cube), read with your own token: the same numbers, formulas and scope as the dashboard and the Cube REST API. Company-wide statistics (courseContribution, promotionProfile, awardTraits) are for HR, executives and integrations without a department limit. */
export type AnalyticsLecturerValueAddedArgs = {
  first?: Scalars['Int']['input'];
};


/** Training metrics from the semantic layer (Cube), read with your own token: the same numbers, formulas and scope as the dashboard and the Cube REST API. Company-wide statistics (courseContribution, promotionProfile, awardTraits) are for HR, executives and integrations without a department limit. */
export type AnalyticsParticipationArgs = {
  by?: ParticipationBy;
  filter?: InputMaybe<AnalyticsFilter>;
};


/** Training metrics from the semantic layer (Cube), read with your own token: the same numbers, formulas and scope as the dashboard and the Cube REST API. Company-wide statistics (courseContribution, promotionProfile, awardTraits) are for HR, executives and integrations without a department limit. */
export type AnalyticsPromotionProfileArgs = {
  itemType?: ProfileItemType;
};


/** Training metrics from the semantic layer (Cube), read with your own token: the same numbers, formulas and scope as the dashboard and the Cube REST API. Company-wide statistics (courseContribution, promotionProfile, awardTraits) are for HR, executives and integrations without a department limit. */
export type AnalyticsPromotionTimingArgs = {
  filter?: InputMaybe<AnalyticsFilter>;
};


/** Training metrics from the semantic layer (Cube), read with your own token: the same numbers, formulas and scope as the dashboard and the Cube REST API. Company-wide statistics (courseContribution, promotionProfile, awardTraits) are for HR, executives and integrations without a department limit. */
export type AnalyticsTrainingRoiArgs = {
  by?: RoiBy;
  filter?: InputMaybe<AnalyticsFilter>;
};


/** Training metrics from the semantic layer (Cube), read with your own token: the same numbers, formulas and scope as the dashboard and the Cube REST API. Company-wide statistics (courseContribution, promotionProfile, awardTraits) are for HR, executives and integrations without a department limit. */
export type AnalyticsTrainingRoiDetailArgs = {
  courseId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<AnalyticsFilter>;
  first?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

/** Narrows a metric. It never widens access: your role and department scope still apply on top, so a department outside your scope yields no rows. */
export type AnalyticsFilter = {
  /** A department: it and everything under it. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** First day of the period (inclusive). */
  from?: InputMaybe<Scalars['Date']['input']>;
  positionFamily?: InputMaybe<PositionFamily>;
  /** Last day of the period (inclusive). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type ArchiveEvent = {
  /** Unique within the archive, e.g. "EnrollmentCompleted:123". */
  key: Scalars['String']['output'];
  /** The day it happened; the timeline is ordered by it. */
  occurredOn: Scalars['Date']['output'];
  /** A one-line human summary. */
  title: Scalars['String']['output'];
};

export type AuditChainProblem =
  | 'HASH_MISMATCH'
  | 'LINK_BROKEN'
  | 'SEQUENCE_GAP'
  | 'UNCHAINED';

/** The result of re-computing the audit log’s hash chain. */
export type AuditChainVerification = {
  __typename?: 'AuditChainVerification';
  /** Rows checked. */
  checked: Scalars['Int']['output'];
  /** databaseId of the first row that breaks the chain. */
  firstBrokenId?: Maybe<Scalars['Int']['output']>;
  /** Hash of the newest row: record it elsewhere to detect a rewrite of the whole tail. */
  headHash?: Maybe<Scalars['String']['output']>;
  /** True when every row matches its hash and links to the one before. */
  ok: Scalars['Boolean']['output'];
  problem?: Maybe<AuditChainProblem>;
};

/** One row of the append-only audit log: who changed what, with before/after images. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** e.g. enrollment.complete, appUser.revokeSessions, event.EnrollmentCompleted. */
  action: Scalars['String']['output'];
  /** `user:<login id>` or `system:<job>` (e.g. system:outbox). */
  actor: Scalars['String']['output'];
  /** The login that acted; null for system jobs. */
  actorUserId?: Maybe<Scalars['Int']['output']>;
  after?: Maybe<Scalars['JSONObject']['output']>;
  at: Scalars['DateTime']['output'];
  before?: Maybe<Scalars['JSONObject']['output']>;
  databaseId: Scalars['Int']['output'];
  entityId?: Maybe<Scalars['String']['output']>;
  entityType: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  /** Number of matching rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Send as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
  viewer: Viewer;
};

export type AwardCampaignStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN'
  | 'SCORED';

/** An award campaign, its period and where its scoring stands. */
export type AwardCampaignSummary = Node & {
  __typename?: 'AwardCampaignSummary';
  databaseId: Scalars['Int']['output'];
  /** Global id (AwardCampaign); pass it to awardCampaignRanking. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  period: Scalars['String']['output'];
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  /** AWARD rule version it was scored with. */
  ruleVersion?: Maybe<Scalars['Int']['output']>;
  standardHours: Scalars['Float']['output'];
  status: Scalars['String']['output'];
};

/** An award campaign (DRAFT or OPEN; scoring and publishing move it on). */
export type AwardCampaignSyncInput = {
  /** Criteria and weights (AwardCriteria); empty = the active AWARD rule. */
  criteria?: InputMaybe<Scalars['JSONObject']['input']>;
  /** The row's key in sourceSystem; unique per source system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Global id of an existing row (instead of, or to attach, an external key). */
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** e.g. '2026' or '2026-H1' */
  period?: InputMaybe<Scalars['String']['input']>;
  /** 'YYYY-MM-DD' */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  /** 'YYYY-MM-DD' */
  periodStart?: InputMaybe<Scalars['String']['input']>;
  /** The system that owns externalId (HRIS, LMS, MES …). */
  sourceSystem?: InputMaybe<Scalars['String']['input']>;
  standardHours?: InputMaybe<Scalars['Float']['input']>;
  status?: InputMaybe<AwardCampaignStatus>;
};

export type AwardCriterionItem = {
  __typename?: 'AwardCriterionItem';
  actual: Scalars['String']['output'];
  actualValue: Scalars['Float']['output'];
  evidence: Array<Evidence>;
  /** HOURS, ADOPTED_CASE or LECTURES. */
  key: Scalars['String']['output'];
  /** LECTURES: mean participant rating. */
  meanRating?: Maybe<Scalars['Float']['output']>;
  met: Scalars['Boolean']['output'];
  points: Scalars['Float']['output'];
  required: Scalars['String']['output'];
  /** HOURS: hours; ADOPTED_CASE: cases; LECTURES: rated lectures. */
  requiredValue: Scalars['Float']['output'];
};

export type AwardCriterionScore = {
  __typename?: 'AwardCriterionScore';
  evidence: Array<Evidence>;
  formula: Scalars['String']['output'];
  items: Array<AwardCriterionItem>;
  score: Scalars['Float']['output'];
  type: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

/** Why a nominee is not ranked, e.g. TENURE required 12, actual 7. */
export type AwardExclusion = {
  __typename?: 'AwardExclusion';
  actual?: Maybe<Scalars['Float']['output']>;
  actualRating?: Maybe<Scalars['String']['output']>;
  code: ExclusionCode;
  required: Scalars['Float']['output'];
  requiredRating?: Maybe<Scalars['String']['output']>;
};

/** A nominee: per-criterion score, total, rank, exclusions, evidence. */
export type AwardRankingEntry = {
  __typename?: 'AwardRankingEntry';
  criteria: Array<AwardCriterionScore>;
  employeeId: Scalars['ID']['output'];
  evidence: Array<Evidence>;
  exclusionCodes: Array<AwardExclusion>;
  /** English explanations; prefer exclusionCodes. */
  exclusions: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** null when excluded. */
  rank?: Maybe<Scalars['Int']['output']>;
  /** PENDING, AWARDED, NOT_AWARDED or EXCLUDED (HR decides after scoring). */
  result: Scalars['String']['output'];
  total: Scalars['Float']['output'];
};

/** The award rule's training-outcome items, as the campaign's stored rule defines them. */
export type AwardTrait =
  /** Has at least the rule's number of cases adopted into the knowledge base. */
  | 'ADOPTED_CASE'
  /** Completed a core course in the award period. */
  | 'CORE_COURSE'
  /** Completed training hours ≥ the rule's ratio × the standard hours. */
  | 'HOURS'
  /** Lectured at least the rule's number of rated sessions. */
  | 'LECTURES';

/** A trait shared by award winners (view award_traits): share of winners with the trait vs all nominees, lift = winnerShare / nomineeShare. n = winners. */
export type AwardTraitShare = {
  __typename?: 'AwardTraitShare';
  /** Set when broken down by campaign. */
  campaignId?: Maybe<Scalars['ID']['output']>;
  campaignName?: Maybe<Scalars['String']['output']>;
  /** Lift = winner_share / nominee_share (> 1 — the trait is more common among winners). */
  lift?: Maybe<Scalars['Float']['output']>;
  n: Scalars['Int']['output'];
  /** Decided nominations in the cell (AWARDED or NOT_AWARDED; per trait — one row per nomination). */
  nominations: Scalars['Int']['output'];
  /** nominations_with_trait / nominations — share of all nominees (winners included) with the trait. */
  nomineeShare?: Maybe<Scalars['Float']['output']>;
  /** HOURS, LECTURES, ADOPTED_CASE — the award rule's TRAINING_OUTCOME items as the campaign's stored rule defines them (hours ≥ hoursRatio × standard hours; ≥ minRatedLectures rated lectures; ≥ minAdoptedCases adopted cases); CORE_COURSE — completed ≥ 1 core course. Each within the campaign's period. */
  trait: AwardTrait;
  /** Winning nominations in the cell (per trait — one row per nomination). */
  winnerNominations: Scalars['Int']['output'];
  /** winners_with_trait / winner_nominations — share of winners with the trait. */
  winnerShare?: Maybe<Scalars['Float']['output']>;
};

export type AwardedEvent = ArchiveEvent & {
  __typename?: 'AwardedEvent';
  awardTitle: Scalars['String']['output'];
  campaignName: Scalars['String']['output'];
  /** Unique within the archive, e.g. "EnrollmentCompleted:123". */
  key: Scalars['String']['output'];
  /** The day it happened; the timeline is ordered by it. */
  occurredOn: Scalars['Date']['output'];
  /** A one-line human summary. */
  title: Scalars['String']['output'];
};

/** An edge of the career graph: fromPosition → toPosition. */
export type CareerPath = {
  __typename?: 'CareerPath';
  fromPosition: Position;
  toPosition: Position;
  /** Typical months in fromPosition before the move. */
  typicalMonths?: Maybe<Scalars['Int']['output']>;
};

/** The outcome of upserting or removing a career-path edge. */
export type CareerPathChange = {
  __typename?: 'CareerPathChange';
  fromPositionId: Scalars['ID']['output'];
  status: SyncStatus;
  toPositionId: Scalars['ID']['output'];
  typicalMonths?: Maybe<Scalars['Int']['output']>;
};

/** A career-path edge: holders of fromPosition typically move to toPosition. */
export type CareerPathInput = {
  /** From position: external id in the same sourceSystem. */
  fromPositionExternalId?: InputMaybe<Scalars['String']['input']>;
  /** From position: global Position id. */
  fromPositionId?: InputMaybe<Scalars['ID']['input']>;
  /** Source system of the external position ids. */
  sourceSystem?: InputMaybe<Scalars['String']['input']>;
  /** To position: external id in the same sourceSystem. */
  toPositionExternalId?: InputMaybe<Scalars['String']['input']>;
  /** To position: global Position id. */
  toPositionId?: InputMaybe<Scalars['ID']['input']>;
  /** Typical months in fromPosition before the move. */
  typicalMonths?: InputMaybe<Scalars['Int']['input']>;
};

/** A cause a manager checks when training shows no change. */
export type CauseCode =
  | 'CONTENT_MISMATCH'
  | 'SKILL_NOT_MASTERED';

/** GT >, GE >=, LT <, LE <=, EQ =. */
export type ComparisonOperator =
  | 'EQ'
  | 'GE'
  | 'GT'
  | 'LE'
  | 'LT';

export type Competency = Node & {
  __typename?: 'Competency';
  category?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  databaseId: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A competency a position requires, at a level 1–5. */
export type CompetencyRequirement = {
  __typename?: 'CompetencyRequirement';
  competency: Competency;
  requiredLevel: Scalars['Int']['output'];
};

/** A competency. */
export type CompetencySyncInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** The row's key in sourceSystem; unique per source system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Global id of an existing row (instead of, or to attach, an external key). */
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** The system that owns externalId (HRIS, LMS, MES …). */
  sourceSystem?: InputMaybe<Scalars['String']['input']>;
};

export type Course = Node & {
  __typename?: 'Course';
  active: Scalars['Boolean']['output'];
  /** SALES, MANAGEMENT, PRODUCTION, GENERAL … */
  category: Scalars['String']['output'];
  code: Scalars['String']['output'];
  /** Competencies the course builds. */
  competencies: Array<CourseCompetency>;
  /** Core courses count towards promotion gates and awards. */
  core: Scalars['Boolean']['output'];
  /** Cost per participant, CNY. */
  cost: Scalars['Decimal']['output'];
  databaseId: Scalars['Int']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Nominal hours. */
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** KPIs the course should move (linkage rule 1). */
  kpiBindings: Array<CourseKpiBinding>;
  mandatory: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Exam score needed to pass. */
  passScore: Scalars['Float']['output'];
  rating: CourseRating;
  /** The latest runs of the course, newest first. */
  sessions: Array<CourseSession>;
};


export type CourseSessionsArgs = {
  first?: Scalars['Int']['input'];
};

/** A competency a course builds, with match weight 0–1. */
export type CourseCompetency = {
  __typename?: 'CourseCompetency';
  competency: Competency;
  weight: Scalars['Float']['output'];
};

export type CourseConnection = {
  __typename?: 'CourseConnection';
  edges: Array<CourseEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Course>;
  pageInfo: PageInfo;
  /** Number of matching rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Course contribution to one bound KPI (view course_contribution): difference-in-differences of the KPI in the window after completion vs before, trained minus comparable untrained staff (same position family and period), with a 95 % confidence interval. n = the smaller arm. */
export type CourseContribution = {
  __typename?: 'CourseContribution';
  /** estimate + 1.96 · SE (95 % confidence interval, normal approximation). */
  ciHigh?: Maybe<Scalars['Float']['output']>;
  /** estimate − 1.96 · SE (95 % confidence interval, normal approximation). */
  ciLow?: Maybe<Scalars['Float']['output']>;
  /** Mean over the treated of their comparison cell's mean change (same family, same c, same windows). */
  controlChange?: Maybe<Scalars['Float']['output']>;
  courseId: Scalars['ID']['output'];
  courseName: Scalars['String']['output'];
  /** HIGHER_IS_BETTER or LOWER_IS_BETTER (the estimate is the raw change; benefit uses the good direction). */
  direction: KpiDirection;
  /** Difference-in-differences, KPI units — mean over treated i of did_i; null when either arm has fewer than 30 people (INSUFFICIENT_DATA). */
  estimate?: Maybe<Scalars['Float']['output']>;
  /** The course–KPI effect's evidence (company-wide, per binding): INSUFFICIENT_DATA when either arm has fewer than 30 people; SUFFICIENT when the 95 % CI excludes 0; NOT_SIGNIFICANT otherwise. On BENEFIT rows: the best evidence among the course's monetised KPIs. */
  evidence: EvidenceLevel;
  kpiCode: Scalars['String']['output'];
  kpiName: Scalars['String']['output'];
  kpiUnit: Scalars['String']['output'];
  n: Scalars['Int']['output'];
  /** Comparison arm — distinct employees of the same position family as a treated cell, not enrolled in the course by c+W, with the KPI observed in the same windows around the same c. */
  nControl: Scalars['Int']['output'];
  /** Treated arm — employees whose first COMPLETED enrollment of the course fell in month c, with the KPI observed in c−W..c−1 and their series reaching c+W. */
  nTreated: Scalars['Int']['output'];
  /** SE² = var(did_i)/N_t + Σ_cells (n_t,cell/N_t)² · var(control change)_cell / n_control,cell. */
  stdError?: Maybe<Scalars['Float']['output']>;
  /** Mean over the treated of mean(KPI, c+1..c+W) − mean(KPI, c−W..c−1) — the naive before/after. */
  treatedChange?: Maybe<Scalars['Float']['output']>;
  /** W — months tracked before (c−W..c−1) and after (c+1..c+W) the completion month c. */
  windowMonths: Scalars['Int']['output'];
};

export type CourseEdge = {
  __typename?: 'CourseEdge';
  cursor: Scalars['String']['output'];
  node: Course;
};

export type CourseFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  core?: InputMaybe<Scalars['Boolean']['input']>;
  /** Substring of the name or code. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A KPI a course should move, tracked for windowMonths after completion. */
export type CourseKpiBinding = {
  __typename?: 'CourseKpiBinding';
  active: Scalars['Boolean']['output'];
  /** The thresholds the engine applies to this KPI (empty when tracked only). */
  conditions: Array<KpiBindingThreshold>;
  course: Course;
  /** null: the KPI’s own direction. */
  direction?: Maybe<KpiDirection>;
  /** The binding’s key in the rule’s conditions. */
  key?: Maybe<Scalars['String']['output']>;
  kpi: KpiDefinition;
  /** How the KPI’s change is measured. */
  measure: KpiMeasure;
  /** The TRAINING_IMPACT rule that judges this binding; null when tracked for analytics only. */
  ruleKey?: Maybe<Scalars['String']['output']>;
  /** The rule version these thresholds are from. */
  ruleVersion?: Maybe<Scalars['Int']['output']>;
  /** Rule thresholds, e.g. { "excellent": 0.15, "retrain": 0.05 }. */
  thresholds: Scalars['JSONObject']['output'];
  windowMonths: Scalars['Int']['output'];
};

/** Participant ratings over all sessions of a course. */
export type CourseRating = {
  __typename?: 'CourseRating';
  /** Mean rating 1–5 weighted by each session’s rating count. */
  average?: Maybe<Scalars['Float']['output']>;
  /** Number of ratings. */
  count: Scalars['Int']['output'];
  /** Number of sessions held or scheduled. */
  sessions: Scalars['Int']['output'];
};

/** One run of a course. */
export type CourseSession = Node & {
  __typename?: 'CourseSession';
  capacity?: Maybe<Scalars['Int']['output']>;
  course: Course;
  databaseId: Scalars['Int']['output'];
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The lecturer's archive record; null when external or outside your scope. */
  lecturer?: Maybe<Employee>;
  /** The lecturer’s name: public catalogue information, visible to everyone. */
  lecturerName?: Maybe<Scalars['String']['output']>;
  location?: Maybe<Scalars['String']['output']>;
  /** Mean participant rating 1–5. */
  ratingAvg?: Maybe<Scalars['Float']['output']>;
  ratingCount: Scalars['Int']['output'];
  startsOn: Scalars['Date']['output'];
};

/** One run of a course. */
export type CourseSessionSyncInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Course: external id in the same sourceSystem. */
  courseExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Course: global Course id. */
  courseId?: InputMaybe<Scalars['ID']['input']>;
  /** 'YYYY-MM-DD' */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** The row's key in sourceSystem; unique per source system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Global id of an existing row (instead of, or to attach, an external key). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Internal lecturer: external id in the same sourceSystem. */
  lecturerExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Internal lecturer: global Employee id. */
  lecturerId?: InputMaybe<Scalars['ID']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  /** The system that owns externalId (HRIS, LMS, MES …). */
  sourceSystem?: InputMaybe<Scalars['String']['input']>;
  /** 'YYYY-MM-DD' */
  startsOn?: InputMaybe<Scalars['String']['input']>;
};

/** A course. */
export type CourseSyncInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  core?: InputMaybe<Scalars['Boolean']['input']>;
  /** Cost per participant, CNY, as a Decimal string. */
  cost?: InputMaybe<Scalars['Decimal']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** The row's key in sourceSystem; unique per source system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  hours?: InputMaybe<Scalars['Float']['input']>;
  /** Global id of an existing row (instead of, or to attach, an external key). */
  id?: InputMaybe<Scalars['ID']['input']>;
  mandatory?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  passScore?: InputMaybe<Scalars['Float']['input']>;
  /** The system that owns externalId (HRIS, LMS, MES …). */
  sourceSystem?: InputMaybe<Scalars['String']['input']>;
};

/** Enrollment outcomes of one cell (view course_training). n = distinct learners. */
export type CourseTraining = {
  __typename?: 'CourseTraining';
  /** exam_score_sum / exam_scored — mean exam score (0–100) of scored enrollments. */
  avgExamScore?: Maybe<Scalars['Float']['output']>;
  category?: Maybe<Scalars['String']['output']>;
  /** finished / enrollments (still-open enrollments count as not finished). */
  completionRate?: Maybe<Scalars['Float']['output']>;
  /** Training cost, CNY (course cost per participant; withdrawn enrollments excluded). */
  cost: Scalars['Decimal']['output'];
  /** cost / learners — training spend per distinct learner in the cell, CNY. */
  costPerLearner?: Maybe<Scalars['Decimal']['output']>;
  /** Set when broken down by COURSE. */
  courseId?: Maybe<Scalars['ID']['output']>;
  /** Set when broken down by DEPARTMENT. */
  departmentId?: Maybe<Scalars['ID']['output']>;
  /** Enrollments (every attempt, every status). */
  enrollments: Scalars['Int']['output'];
  /** Training hours attended. */
  hours: Scalars['Float']['output'];
  /** hours / learners — training hours per distinct learner in the cell. */
  hoursPerLearner?: Maybe<Scalars['Float']['output']>;
  /** The cell: course or department name, category, family or participation type. */
  label: Scalars['String']['output'];
  n: Scalars['Int']['output'];
  /** VOLUNTARY when the employee chose the course, MANDATORY when it was assigned. */
  participationType?: Maybe<Scalars['String']['output']>;
  /** passed / finished. */
  passRate?: Maybe<Scalars['Float']['output']>;
  positionFamily?: Maybe<PositionFamily>;
  /** voluntary_enrollments / enrollments. */
  voluntaryShare?: Maybe<Scalars['Float']['output']>;
};

export type CourseTrainingBy =
  | 'CATEGORY'
  | 'COURSE'
  | 'DEPARTMENT'
  | 'PARTICIPATION_TYPE'
  | 'POSITION_FAMILY';

export type CreateCourseInput = {
  category: Scalars['String']['input'];
  /** Unique code, e.g. SALES-101. */
  code: Scalars['String']['input'];
  core?: Scalars['Boolean']['input'];
  /** Cost per participant, CNY. */
  cost: Scalars['Decimal']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  hours: Scalars['Float']['input'];
  mandatory?: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  passScore?: Scalars['Float']['input'];
};

export type CreateCourseSessionInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  courseId: Scalars['ID']['input'];
  endsOn: Scalars['Date']['input'];
  /** An internal lecturer (employee); omit for external trainers. */
  lecturerId?: InputMaybe<Scalars['ID']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  startsOn: Scalars['Date']['input'];
};

export type CreatePerformanceReviewInput = {
  baseScore: Scalars['Float']['input'];
  employeeId: Scalars['ID']['input'];
  /** Quarter, e.g. '2026-Q1'. */
  period: Scalars['String']['input'];
  /** Derived from the final score (S ≥ 95, A ≥ 85, B ≥ 70, C ≥ 60, else D); when given it must agree. */
  rating?: InputMaybe<PerformanceRating>;
  /** Points from training linkage (rule 1), −20…+20. */
  trainingAdjustment?: Scalars['Float']['input'];
};

export type CreateWebhookSubscriptionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  eventTypes: Array<WebhookEventType>;
  /** http(s) URL; private and loopback targets are refused in production. */
  url: Scalars['String']['input'];
};

/** A new subscription and its signing secret, shown this once. */
export type CreatedWebhookSubscription = {
  __typename?: 'CreatedWebhookSubscription';
  /** `whsec_…`: verify TalentLoop-Signature with it. Not retrievable later. */
  secret: Scalars['String']['output'];
  subscription: WebhookSubscriptionType;
};

export type Department = Node & {
  __typename?: 'Department';
  /** Direct sub-departments, by code. */
  children: Array<Department>;
  code: Scalars['String']['output'];
  databaseId: Scalars['Int']['output'];
  /** 0 for the root. */
  depth: Scalars['Int']['output'];
  /** The head; null when outside your scope. */
  head?: Maybe<Employee>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parent?: Maybe<Department>;
  /** Materialised ancestor path including this node, e.g. '/1/4/9/'. */
  path: Scalars['String']['output'];
};

/** A department (org tree node). */
export type DepartmentSyncInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  /** The row's key in sourceSystem; unique per source system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Global id of an existing row (instead of, or to attach, an external key). */
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Parent department: external id in the same sourceSystem. */
  parentExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Parent department: global Department id. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** The system that owns externalId (HRIS, LMS, MES …). */
  sourceSystem?: InputMaybe<Scalars['String']['input']>;
};

export type Employee = Node & {
  __typename?: 'Employee';
  /** Database id (stable; use `id` for node lookups). */
  databaseId: Scalars['Int']['output'];
  department: Department;
  /** PII: masked for EXECUTIVE and for integrations without pii:read. */
  email?: Maybe<Scalars['String']['output']>;
  /** 工号, unique. */
  employeeNo: Scalars['String']['output'];
  /** All attempts, oldest first. */
  enrollments: Array<Enrollment>;
  hireDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** null when outside your scope. */
  manager?: Maybe<Employee>;
  /** The manager's name: directory information, shown even when the manager's record is outside your scope. */
  managerName?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Feedback received. */
  peerFeedback: Array<PeerFeedback>;
  /** PII: masked like email. */
  phone?: Maybe<Scalars['String']['output']>;
  position: Position;
  practiceCases: Array<PracticeCase>;
  /** Direct reports in your scope. */
  reports: Array<Employee>;
  /** Oldest period first. */
  reviews: Array<PerformanceReview>;
  status: EmployeeStatus;
};

export type EmployeeConnection = {
  __typename?: 'EmployeeConnection';
  edges: Array<EmployeeEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Employee>;
  pageInfo: PageInfo;
  /** Number of matching rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EmployeeEdge = {
  __typename?: 'EmployeeEdge';
  cursor: Scalars['String']['output'];
  node: Employee;
};

/** All conditions are combined with AND; the caller’s row scope always applies on top. */
export type EmployeeFilter = {
  /** A department: it and its whole subtree. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Hired on or after. */
  hiredFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Hired on or before. */
  hiredTo?: InputMaybe<Scalars['Date']['input']>;
  /** Position level (1 = entry). */
  level?: InputMaybe<Scalars['Int']['input']>;
  positionFamily?: InputMaybe<PositionFamily>;
  positionId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of the name or the employee number. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<EmployeeStatus>;
};

export type EmployeeSort = {
  direction?: SortDirection;
  field: EmployeeSortField;
};

export type EmployeeSortField =
  | 'EMPLOYEE_NO'
  | 'HIRE_DATE'
  | 'LEVEL'
  | 'NAME';

export type EmployeeStatus =
  | 'ACTIVE'
  | 'ON_LEAVE'
  | 'TERMINATED';

/** An employee (hire, update, bulk sync). Fields left out keep their stored value. */
export type EmployeeSyncInput = {
  /** Department: external id in the same sourceSystem. */
  departmentExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Department: global Department id. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  employeeNo?: InputMaybe<Scalars['String']['input']>;
  /** The row's key in sourceSystem; unique per source system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** 'YYYY-MM-DD' */
  hireDate?: InputMaybe<Scalars['String']['input']>;
  /** Global id of an existing row (instead of, or to attach, an external key). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Line manager: external id in the same sourceSystem. */
  managerExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Line manager: global Employee id. */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Position: external id in the same sourceSystem. */
  positionExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Position: global Position id. */
  positionId?: InputMaybe<Scalars['ID']['input']>;
  /** The system that owns externalId (HRIS, LMS, MES …). */
  sourceSystem?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<EmployeeStatus>;
  /** 'YYYY-MM-DD'; sets status TERMINATED */
  terminatedOn?: InputMaybe<Scalars['String']['input']>;
};

/** Ends an employment. */
export type EmployeeTerminationInput = {
  /** The row's key in sourceSystem; unique per source system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Global id of an existing row (instead of, or to attach, an external key). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The system that owns externalId (HRIS, LMS, MES …). */
  sourceSystem?: InputMaybe<Scalars['String']['input']>;
  /** Last day, 'YYYY-MM-DD'. */
  terminatedOn: Scalars['String']['input'];
};

/** Moves an employee to another department and/or position. */
export type EmployeeTransferInput = {
  /** New department: external id in the same sourceSystem. */
  departmentExternalId?: InputMaybe<Scalars['String']['input']>;
  /** New department: global Department id. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** The row's key in sourceSystem; unique per source system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Global id of an existing row (instead of, or to attach, an external key). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** New line manager: external id in the same sourceSystem. */
  managerExternalId?: InputMaybe<Scalars['String']['input']>;
  /** New line manager: global Employee id. */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** New position: external id in the same sourceSystem. */
  positionExternalId?: InputMaybe<Scalars['String']['input']>;
  /** New position: global Position id. */
  positionId?: InputMaybe<Scalars['ID']['input']>;
  /** The system that owns externalId (HRIS, LMS, MES …). */
  sourceSystem?: InputMaybe<Scalars['String']['input']>;
};

export type EnrollInput = {
  courseId: Scalars['ID']['input'];
  /** Defaults to your own employee record. */
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Default: today. */
  enrolledOn?: InputMaybe<Scalars['Date']['input']>;
  /** A session of that course. */
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  /** Chosen by the employee (default: true when enrolling yourself). */
  voluntary?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An employee taking a course (one row per attempt). */
export type Enrollment = Node & {
  __typename?: 'Enrollment';
  attempt: Scalars['Int']['output'];
  completedOn?: Maybe<Scalars['Date']['output']>;
  course: Course;
  databaseId: Scalars['Int']['output'];
  employee: Employee;
  enrolledOn: Scalars['Date']['output'];
  examScore?: Maybe<Scalars['Float']['output']>;
  /** Hours attended. */
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** Training → performance verdict: the stored one, else a live preview; null when no rule binds the course. */
  impact?: Maybe<TrainingImpact>;
  /** 实践应用 score. */
  practiceScore?: Maybe<Scalars['Float']['output']>;
  session?: Maybe<CourseSession>;
  /** The participant's rating of the session (1–5). */
  sessionRating?: Maybe<Scalars['Int']['output']>;
  status: EnrollmentStatus;
  voluntary: Scalars['Boolean']['output'];
};


/** An employee taking a course (one row per attempt). */
export type EnrollmentImpactArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type EnrollmentCompletedEvent = ArchiveEvent & {
  __typename?: 'EnrollmentCompletedEvent';
  course: Course;
  enrollment: Enrollment;
  examScore?: Maybe<Scalars['Float']['output']>;
  hours: Scalars['Float']['output'];
  /** Unique within the archive, e.g. "EnrollmentCompleted:123". */
  key: Scalars['String']['output'];
  /** The day it happened; the timeline is ordered by it. */
  occurredOn: Scalars['Date']['output'];
  /** false when the exam score was below the pass score (status FAILED). */
  passed: Scalars['Boolean']['output'];
  practiceScore?: Maybe<Scalars['Float']['output']>;
  /** A one-line human summary. */
  title: Scalars['String']['output'];
};

export type EnrollmentStatus =
  | 'COMPLETED'
  | 'ENROLLED'
  | 'FAILED'
  | 'WITHDRAWN';

/** A row behind a result: ENROLLMENT, CASE, LECTURE, REVIEW, PEER_FEEDBACK or IMPACT. */
export type Evidence = {
  __typename?: 'Evidence';
  /** Its day (completion, session, approval), YYYY-MM-DD. */
  date?: Maybe<Scalars['String']['output']>;
  /** Database id of the row. */
  id: Scalars['Int']['output'];
  /** Dashboard path of the growth archive holding the row (e.g. /archive/<employee id>). */
  link?: Maybe<Scalars['String']['output']>;
  /** What the row is (course name, case title, review period): data, not a sentence. */
  name?: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

/** How far an estimate can be trusted (the model states the rule on each view). */
export type EvidenceLevel =
  /** Too few people (an arm below 30): no estimate is given. */
  | 'INSUFFICIENT_DATA'
  /** Enough people, but the 95 % interval spans 0: no ROI number is given. */
  | 'NOT_SIGNIFICANT'
  /** Both arms have ≥ 30 people and the 95 % interval excludes 0. */
  | 'SUFFICIENT';

/** Why a nominee is not ranked. */
export type ExclusionCode =
  | 'LATEST_RATING'
  | 'TENURE';

/** A published success story, as everyone in the company sees it. */
export type FeedStory = {
  __typename?: 'FeedStory';
  body: Scalars['String']['output'];
  /** The award campaign it was published by. */
  campaign?: Maybe<Scalars['String']['output']>;
  databaseId: Scalars['Int']['output'];
  departmentName: Scalars['String']['output'];
  employeeName: Scalars['String']['output'];
  publishedAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
};

/** What is wrong with one field of the input. */
export type FieldProblem = {
  __typename?: 'FieldProblem';
  /** Path in the arguments, e.g. input[3].month. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** One input of a report formula: a named value (course, period, part key). */
export type FormulaTerm = {
  __typename?: 'FormulaTerm';
  /** IMPROVEMENT_MEAN: the verdict code. */
  code?: Maybe<Scalars['String']['output']>;
  /** Course name, review period, or a part/section key (WEIGHTED_SUM). */
  name: Scalars['String']['output'];
  value?: Maybe<Scalars['Float']['output']>;
  /** WEIGHTED_SUM: the weight %. */
  weight?: Maybe<Scalars['Float']['output']>;
};

/** One measured requirement of a gate, e.g. EXAM_SCORE required 80, actual 88. */
export type GateCheck = {
  __typename?: 'GateCheck';
  actual?: Maybe<Scalars['Float']['output']>;
  /** RATING: the latest rating. */
  actualRating?: Maybe<Scalars['String']['output']>;
  code: GateCheckCode;
  passed: Scalars['Boolean']['output'];
  required: Scalars['Float']['output'];
  /** RATING: the required rating. */
  requiredRating?: Maybe<Scalars['String']['output']>;
};

/** One measured requirement of a gate (required vs actual). */
export type GateCheckCode =
  | 'APPROVED_CASES'
  | 'COMPLETED'
  | 'EXAM_SCORE'
  | 'PRACTICE_SCORE'
  | 'RATING';

/** A promotion gate. */
export type GateCode =
  | 'APPROVED_CASES'
  | 'COURSE'
  | 'RECENT_RATING';

export type GivePeerFeedbackInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The colleague the feedback is about. */
  employeeId: Scalars['ID']['input'];
  /** e.g. '2026-Q1'. */
  period: Scalars['String']['input'];
  score: Scalars['Float']['input'];
};

/** 成长档案: the time-ordered record of one employee’s growth. */
export type GrowthArchive = {
  __typename?: 'GrowthArchive';
  employee: Employee;
  /** Oldest first. */
  events: Array<ArchiveEvent>;
  from?: Maybe<Scalars['Date']['output']>;
  /** When this archive view was computed. */
  generatedAt: Scalars['DateTime']['output'];
  summary: GrowthArchiveSummary;
  to?: Maybe<Scalars['Date']['output']>;
};

export type GrowthArchiveSummary = {
  __typename?: 'GrowthArchiveSummary';
  /** Cases adopted into the knowledge base. */
  adoptedCases: Scalars['Int']['output'];
  approvedCases: Scalars['Int']['output'];
  /** Distinct core courses completed (passed). */
  coreCoursesPassed: Scalars['Int']['output'];
  currentPosition: Position;
  /** hoursThisYear / standardHours. */
  hoursRatio?: Maybe<Scalars['Float']['output']>;
  hoursThisYear: Scalars['Float']['output'];
  latestRating?: Maybe<PerformanceRating>;
  /** Period of the latest review, e.g. 2026-Q1. */
  latestReviewPeriod?: Maybe<Scalars['String']['output']>;
  /** Mean rating of the sessions taught, weighted by rating count. */
  lectureRating?: Maybe<Scalars['Float']['output']>;
  /** Course sessions taught. */
  lecturesGiven: Scalars['Int']['output'];
  /** Career-path edges out of the current position. */
  nextPositions: Array<CareerPath>;
  /** Standard training hours of that year’s award campaign. */
  standardHours?: Maybe<Scalars['Float']['output']>;
  /** The year the hour figures refer to (the year of `to`, else this year). */
  year: Scalars['Int']['output'];
};

/** An action a verdict implies (REASSIGN_COURSE, ALERT_MANAGER …). */
export type ImpactAction = {
  __typename?: 'ImpactAction';
  /** Causes to check (codes). */
  causeCodes?: Maybe<Array<CauseCode>>;
  /** Causes to check (Chinese labels). */
  causes?: Maybe<Array<Scalars['String']['output']>>;
  contributionPct?: Maybe<Scalars['Float']['output']>;
  points?: Maybe<Scalars['Float']['output']>;
  quarter?: Maybe<Scalars['String']['output']>;
  target?: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

/** Result of evaluating every due enrollment. */
export type ImpactRun = {
  __typename?: 'ImpactRun';
  /** Newly stored verdicts by kind. */
  byVerdict: Scalars['JSONObject']['output'];
  evaluated: Scalars['Int']['output'];
  /** Newly stored verdicts (their actions were carried out). */
  stored: Scalars['Int']['output'];
};

/** Training → performance verdict. Final (stored): EXCELLENT, CONTRIBUTION, IMPROVED, NO_CHANGE, RETRAIN; live only: NO_DATA, PENDING. */
export type ImpactVerdict =
  | 'CONTRIBUTION'
  | 'EXCELLENT'
  | 'IMPROVED'
  | 'NO_CHANGE'
  | 'NO_DATA'
  | 'PENDING'
  | 'RETRAIN';

/** A historical-data file from an old system (limit 3 MB; docs/import.md). */
export type ImportArchiveInput = {
  /** false (default): any invalid row and nothing is written. true: write the valid rows, reject the others. */
  allowPartial?: Scalars['Boolean']['input'];
  /** The file, base64-encoded (a data: URL prefix is accepted). */
  contentBase64: Scalars['String']['input'];
  /** Validate and report what would change; write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  format: ImportFormat;
  kind: ImportKind;
};

/** CSV (UTF-8 or GB18030/GBK) or an XLSX workbook (first non-empty sheet). */
export type ImportFormat =
  | 'CSV'
  | 'XLSX';

/** What a historical-data file holds (columns per kind: docs/import.md). */
export type ImportKind =
  | 'ENROLLMENTS'
  | 'KPI_OBSERVATIONS'
  | 'PERFORMANCE_REVIEWS';

/** What an import did (or, for a dry run or a rejected file, would do). */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** SHA-256 of the file (hex), as recorded in the audit log. */
  checksum: Scalars['String']['output'];
  /** True when the rows were written. False for dry runs and for files rejected because of invalid rows. */
  committed: Scalars['Boolean']['output'];
  dryRun: Scalars['Boolean']['output'];
  /** All problems found; `errors` lists the first 1000. */
  errorCount: Scalars['Int']['output'];
  errors: Array<ImportRowError>;
  format: ImportFormat;
  /** Headers that match no column of this kind; their cells were not imported. */
  ignoredColumns: Array<Scalars['String']['output']>;
  inserted: Scalars['Int']['output'];
  kind: ImportKind;
  /** Rows with at least one problem. */
  rejected: Scalars['Int']['output'];
  /** Data rows in the file (blank rows skipped). */
  totalRows: Scalars['Int']['output'];
  /** Rows identical to what is stored (re-importing a file reports every row here). */
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** One problem: `row 7, exam_score: must be between 0 and 100 (got 105)`. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** The problem as a code: REQUIRED, NOT_A_NUMBER, NOT_TEXT, TOO_LONG, INVALID_DATE, INVALID_CHOICE, OUT_OF_RANGE, TOO_MANY_DECIMALS, TOO_EARLY, IN_FUTURE, REQUIRED_FOR_STATUS, EMPTY_FOR_STATUS, BEFORE_ENROLLED_ON, FINAL_SCORE_MISMATCH, RATING_MISMATCH, EMPLOYEE_OR_LINE_REQUIRED, EMPLOYEE_OR_LINE_NOT_BOTH, UNKNOWN_EMPLOYEE, OUTSIDE_SCOPE, UNKNOWN_KPI, UNKNOWN_DEPARTMENT, REQUIRED_FOR_NEW_LINE, LINE_OUTSIDE_SCOPE, UNKNOWN_COURSE, AMBIGUOUS_ENROLLMENT, DUPLICATE_ROW, DUPLICATE_COLUMN, MISSING_COLUMN, INVALID. */
  code?: Maybe<Scalars['String']['output']>;
  /** Canonical column name (e.g. 'exam_score'); empty for a problem of the whole row. */
  field: Scalars['String']['output'];
  /** English text for logs and scripts; prefer code + values. */
  message: Scalars['String']['output'];
  /** Row as the user sees it: CSV line / worksheet row; the header is row 1. */
  row: Scalars['Int']['output'];
  /** The values the problem names (min, max, expected, value, options). */
  values?: Maybe<Scalars['JSONObject']['output']>;
};

/** A plan opened when a course's KPI effect fell below the RETRAIN threshold. */
export type ImprovementPlan = Node & {
  __typename?: 'ImprovementPlan';
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  course: Course;
  databaseId: Scalars['Int']['output'];
  /** Null when outside your scope. */
  employee?: Maybe<Employee>;
  /** The attempt whose result opened the plan. */
  enrollment?: Maybe<Enrollment>;
  id: Scalars['ID']['output'];
  openedAt: Scalars['DateTime']['output'];
  /** Why the plan was opened. */
  reason: Scalars['String']['output'];
  status: ImprovementPlanStatus;
  /** The target to reach. */
  target?: Maybe<Scalars['String']['output']>;
};

export type ImprovementPlanConnection = {
  __typename?: 'ImprovementPlanConnection';
  edges: Array<ImprovementPlanEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<ImprovementPlan>;
  pageInfo: PageInfo;
  /** Number of matching rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ImprovementPlanEdge = {
  __typename?: 'ImprovementPlanEdge';
  cursor: Scalars['String']['output'];
  node: ImprovementPlan;
};

/** OPEN until the target is met (a retake no longer earns RETRAIN closes it) or HR closes it. */
export type ImprovementPlanStatus =
  | 'CLOSED'
  | 'OPEN';

/** Changes an improvement plan: its target, or closes / reopens it. */
export type ImprovementPlanUpdateInput = {
  id: Scalars['ID']['input'];
  status?: InputMaybe<ImprovementPlanStatus>;
  /** New target text (1–500 characters). */
  target?: InputMaybe<Scalars['String']['input']>;
};

/** An in-app message to the viewer. */
export type InboxNotification = {
  __typename?: 'InboxNotification';
  body?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  data?: Maybe<Scalars['JSONObject']['output']>;
  databaseId: Scalars['Int']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

/** Why a KPI has no delta. */
export type InsufficientCode =
  | 'TOO_FEW_MONTHS'
  | 'ZERO_BASELINE';

/** A department reusing a knowledge-base case. */
export type KnowledgeCitation = Node & {
  __typename?: 'KnowledgeCitation';
  citedAt: Scalars['DateTime']['output'];
  citedBy?: Maybe<Employee>;
  databaseId: Scalars['Int']['output'];
  department: Department;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  practiceCase?: Maybe<PracticeCase>;
};

/** When the binding’s measured change compares to value by op, the verdict follows (with the other thresholds of that verdict). */
export type KpiBindingThreshold = {
  __typename?: 'KpiBindingThreshold';
  op: ComparisonOperator;
  value: Scalars['Float']['output'];
  verdict: OutcomeVerdict;
};

export type KpiBindingThresholdInput = {
  op: ComparisonOperator;
  value: Scalars['Float']['input'];
  verdict: OutcomeVerdict;
};

/** A monthly KPI value and its change vs the previous month. */
export type KpiChangeEvent = ArchiveEvent & {
  __typename?: 'KpiChangeEvent';
  /** value − previousValue. */
  change?: Maybe<Scalars['Float']['output']>;
  /** Whether the change goes in the KPI’s good direction; null for the first value. */
  improved?: Maybe<Scalars['Boolean']['output']>;
  /** Unique within the archive, e.g. "EnrollmentCompleted:123". */
  key: Scalars['String']['output'];
  kpi: KpiDefinition;
  month: Scalars['Date']['output'];
  /** The day it happened; the timeline is ordered by it. */
  occurredOn: Scalars['Date']['output'];
  /** The previous month’s value, when there is one. */
  previousValue?: Maybe<Scalars['Float']['output']>;
  /** A one-line human summary. */
  title: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type KpiDefinition = Node & {
  __typename?: 'KpiDefinition';
  /** Stable code, e.g. SALES_GROWTH, DEFECT_RATE. */
  code: Scalars['String']['output'];
  databaseId: Scalars['Int']['output'];
  description?: Maybe<Scalars['String']['output']>;
  direction: KpiDirection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  positionFamily?: Maybe<PositionFamily>;
  unit: Scalars['String']['output'];
  /** CNY gained per unit of improvement (for ROI). */
  valuePerUnit: Scalars['Decimal']['output'];
};

export type KpiDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

/** One bound KPI: baseline window vs post window. */
export type KpiImpact = {
  __typename?: 'KpiImpact';
  baseline?: Maybe<Scalars['Float']['output']>;
  delta?: Maybe<Scalars['Float']['output']>;
  direction: Scalars['String']['output'];
  formula: Scalars['String']['output'];
  /** delta in the good direction. */
  improvement?: Maybe<Scalars['Float']['output']>;
  /** Why delta is missing (English explanation). */
  insufficient?: Maybe<Scalars['String']['output']>;
  /** Why delta is missing (code). */
  insufficientCode?: Maybe<InsufficientCode>;
  key: Scalars['String']['output'];
  kpiCode: Scalars['String']['output'];
  label: Scalars['String']['output'];
  measure: KpiMeasure;
  post?: Maybe<Scalars['Float']['output']>;
};

/** PERCENT_CHANGE: (post − baseline) / |baseline| × 100; POINT_CHANGE: post − baseline (KPI units); LEVEL: the post-window mean. */
export type KpiMeasure =
  | 'LEVEL'
  | 'PERCENT_CHANGE'
  | 'POINT_CHANGE';

/** One monthly KPI value of an employee or a production line. */
export type KpiObservation = Node & {
  __typename?: 'KpiObservation';
  databaseId: Scalars['Int']['output'];
  /** Owning department of a production line. */
  department?: Maybe<Department>;
  /** The employee measured (null for production lines). */
  employee?: Maybe<Employee>;
  id: Scalars['ID']['output'];
  kpi: KpiDefinition;
  /** First day of the month. */
  month: Scalars['Date']['output'];
  /** The production line measured (null for employee values). */
  productionLine?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  sourceSystem: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type KpiObservationInput = {
  /** Owning department of a production line. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** The employee measured — or give productionLine. */
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  /** KPI code, e.g. SALES_GROWTH. */
  kpi: Scalars['String']['input'];
  /** 'YYYY-MM' or the first day of the month 'YYYY-MM-01'. */
  month: Scalars['String']['input'];
  /** The production line measured — or give employeeId. */
  productionLine?: InputMaybe<Scalars['String']['input']>;
  /** Feeding system, e.g. CRM, MES, SERVICE_DESK. */
  sourceSystem: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

/** The fate of one row of a KPI batch. */
export type KpiObservationResult = {
  __typename?: 'KpiObservationResult';
  accepted: Scalars['Boolean']['output'];
  /** Position of the row in the input list. */
  index: Scalars['Int']['output'];
  /** Global id of the stored observation (KpiObservation:n). */
  observationId?: Maybe<Scalars['ID']['output']>;
  outcome: KpiRowOutcome;
  /** Why the row was rejected; empty when accepted. */
  problems: Array<FieldProblem>;
};

export type KpiRowOutcome =
  | 'CREATED'
  | 'REJECTED'
  | 'UNCHANGED'
  | 'UPDATED';

export type KpiSeries = {
  __typename?: 'KpiSeries';
  employee: Employee;
  kpi: KpiDefinition;
  /** Ordered by month. */
  points: Array<KpiObservation>;
};

/** The employee taught a course session. */
export type LectureGivenEvent = ArchiveEvent & {
  __typename?: 'LectureGivenEvent';
  course: Course;
  /** Unique within the archive, e.g. "EnrollmentCompleted:123". */
  key: Scalars['String']['output'];
  /** Mean participant rating 1–5. */
  lectureRating?: Maybe<Scalars['Float']['output']>;
  /** The day it happened; the timeline is ordered by it. */
  occurredOn: Scalars['Date']['output'];
  ratingCount: Scalars['Int']['output'];
  session: CourseSession;
  /** A one-line human summary. */
  title: Scalars['String']['output'];
};

/** Lecturer value-added (view lecturer_value_added): trainees' exam score relative to the course average. n = distinct trainees. */
export type LecturerValueAdded = {
  __typename?: 'LecturerValueAdded';
  /** exam_score_sum / scored — mean exam score of the lecturer's trainees. */
  avgExamScore?: Maybe<Scalars['Float']['output']>;
  /** Exam value-added, points — mean over the lecturer's scored trainees of (exam score − mean exam score of the same course across all lecturers). 0 = course average. */
  examValueAdded?: Maybe<Scalars['Float']['output']>;
  /** The lecturer (an Employee). */
  lecturerId: Scalars['ID']['output'];
  lecturerName: Scalars['String']['output'];
  n: Scalars['Int']['output'];
  /** Scored enrollments taught by the lecturer. */
  scored: Scalars['Int']['output'];
};

/** A login's session state after a revocation. */
export type LoginSession = {
  __typename?: 'LoginSession';
  /** False once deactivated: no new tokens are issued. */
  active: Scalars['Boolean']['output'];
  /** Tokens issued with a lower version are refused. */
  tokenVersion: Scalars['Int']['output'];
  userId: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Acts on an alert: schedule the conversation, record the cause, assign retraining or another course, open or close an improvement plan, mark handled. Written to the alert's follow-up task (我的任务) and the audit log. */
  actOnTeamAlert: TeamAlertFollowUp;
  /** HR: adopt an approved case into the knowledge base. */
  adoptPracticeCase: PracticeCase;
  /** Files an application with the gate snapshot; CONFLICT naming what is missing when not eligible. */
  applyForPromotion: PromotionApplication;
  /** HR: add a course to the catalogue. */
  createCourse: Course;
  /** HR: schedule a run of a course, optionally with an internal lecturer. */
  createCourseSession: CourseSession;
  /** A quarterly review; final = base + training adjustment. */
  createPerformanceReview: PerformanceReview;
  /** Subscribes a URL to event types; returns the signing secret once. */
  createWebhookSubscription: CreatedWebhookSubscription;
  /** Deactivates a login: no new token can be issued for it and its existing tokens are revoked. */
  deactivateLogin: LoginSession;
  /** HR, or an integration relaying the committee’s decision (masterdata:write, no department limit): decides a scored nominee, awarded or not (an excluded nominee cannot be awarded). Deciding what is already decided (a replay, also after publishing) writes nothing. */
  decideAwardNomination: Array<AwardRankingEntry>;
  /** Decides and freezes the review report with its rule version. */
  decidePromotion: PromotionApplication;
  /** Development only (disabled when NODE_ENV=production): a token for a demo login. */
  devLogin: AuthPayload;
  /** Stops deliveries to a subscription. */
  disableWebhookSubscription: WebhookSubscriptionType;
  /** Enrol an employee (yourself, someone in your scope, or — HR — anyone) in a course. */
  enroll: Enrollment;
  /** HR: erases a person by anonymisation — name, e-mail, phone and free text removed, logins deactivated; numeric facts stay, so aggregates are unchanged. Audited (employee.piplErase), irreversible. */
  erasePersonalData: PersonalDataErasure;
  /** Evaluates every completed, rule-bound enrollment without a stored verdict and carries out its actions. */
  evaluateDueImpacts: ImpactRun;
  /** HR: exports all of one person’s data as a JSON file. Audited (employee.piplExport). */
  exportPersonalData: PersonalDataExport;
  /** 同事评价 about a colleague. */
  givePeerFeedback: PeerFeedback;
  /** Hires an employee (idempotent on the external key: a replay is UNCHANGED). */
  hireEmployee: SyncRowResult;
  /** Imports historical growth-archive data (CSV/XLSX) in one transaction: all-or-nothing unless allowPartial, idempotent on natural keys, audited. HR, or integrations with the archive:import scope. */
  importArchive: ImportReport;
  /** Marks your notifications read; returns how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /** HR, or an integration with masterdata:write and no department limit: nominates an active employee. Nominating someone already nominated (a replay) writes nothing. Returns the ranking in your read scope. */
  nominateForAward: Array<AwardRankingEntry>;
  /** HR, or an integration with masterdata:write and no department limit: publishes the winners (award + success story each) and closes the campaign. Publishing a closed campaign again writes nothing. */
  publishAwardCampaign: AwardCampaignSummary;
  /** Record that a department reused a knowledge-base case. */
  recordCitation: KnowledgeCitation;
  /** Record a result: hours, exam and practice-application scores. Emits ENROLLMENT_COMPLETED. */
  recordCompletion: Enrollment;
  /** Batch feed of monthly KPI values (≤ 1000 rows), idempotent on KPI + employee-or-line + month. Each row is accepted (CREATED / UPDATED / UNCHANGED) or REJECTED with the fields at fault. */
  recordKpiObservations: Array<KpiObservationResult>;
  /** Queues a delivery again (e.g. from the dead-letter view). */
  redeliverWebhook: WebhookDeliveryType;
  /** Removes a career-path edge (UNCHANGED when absent). */
  removeCareerPath: CareerPathChange;
  /** Approve (with a score) or reject a submitted case. */
  reviewPracticeCase: PracticeCase;
  /** Ends every session of a login: its existing tokens are refused (UNAUTHENTICATED, reason TOKEN_REVOKED) by the API and Cube within SESSION_CHECK_SECONDS. The login itself stays active. */
  revokeSessions: LoginSession;
  /** Validates and stores a new version of a rule (PROMOTION: key = target position code). */
  saveRule: Rule;
  /** HR, or an integration with masterdata:write and no department limit: scores every nominee of a campaign and stores the ranking (CONFLICT once closed). Returns the ranking in your read scope. */
  scoreAwardCampaign: Array<AwardRankingEntry>;
  /** Submit a practice case for manager review. */
  submitPracticeCase: PracticeCase;
  /** Ends an employment (status TERMINATED with its last day). */
  terminateEmployee: SyncRowResult;
  /** Moves an employee to another department, position or manager. */
  transferEmployee: SyncRowResult;
  /** HR: change a course (only the fields given). */
  updateCourse: Course;
  /** HR, or an integration with masterdata:write and no department limit: change one KPI binding of a course (KPI, measure, direction, thresholds). Saved as the next version of the course’s TRAINING_IMPACT rule; later evaluations use it, stored verdicts keep theirs. An edit that changes nothing (a replay) saves nothing. */
  updateCourseKpiBinding: Course;
  /** Updates an existing employee; fields left out are kept. */
  updateEmployee: SyncRowResult;
  /** Edits a plan's target, or closes / reopens it (audited). */
  updateImprovementPlan: ImprovementPlan;
  /** Creates or updates an award campaign by its external key (CONFLICT once closed). */
  upsertAwardCampaign: SyncRowResult;
  /** Sync of award campaigns: a report per row. */
  upsertAwardCampaigns: Array<SyncRowResult>;
  /** Adds a career-path edge or updates its typical months. */
  upsertCareerPath: CareerPathChange;
  /** Nightly sync of competencies: a report per row. */
  upsertCompetencies: Array<SyncRowResult>;
  /** Creates or updates a competency by its external key. */
  upsertCompetency: SyncRowResult;
  /** Creates or updates a course by its external key. */
  upsertCourse: SyncRowResult;
  /** Creates or updates a course session by its external key. */
  upsertCourseSession: SyncRowResult;
  /** Nightly sync of course sessions: a report per row. */
  upsertCourseSessions: Array<SyncRowResult>;
  /** Nightly sync of courses: a report per row. */
  upsertCourses: Array<SyncRowResult>;
  /** Creates or updates a department by its external key. */
  upsertDepartment: SyncRowResult;
  /** Nightly sync of departments (parents first): a report per row. */
  upsertDepartments: Array<SyncRowResult>;
  /** Nightly sync of employees: a report per row. */
  upsertEmployees: Array<SyncRowResult>;
  /** Creates or updates a position by its external key. */
  upsertPosition: SyncRowResult;
  /** Nightly sync of positions: a report per row. */
  upsertPositions: Array<SyncRowResult>;
  /** Creates or updates a production line by its external key. */
  upsertProductionLine: SyncRowResult;
  /** Nightly sync of production lines: a report per row. */
  upsertProductionLines: Array<SyncRowResult>;
};


export type MutationActOnTeamAlertArgs = {
  impactId: Scalars['Int']['input'];
  input: TeamAlertActionInput;
};


export type MutationAdoptPracticeCaseArgs = {
  caseId: Scalars['ID']['input'];
};


export type MutationApplyForPromotionArgs = {
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  targetPositionId: Scalars['ID']['input'];
};


export type MutationCreateCourseArgs = {
  input: CreateCourseInput;
};


export type MutationCreateCourseSessionArgs = {
  input: CreateCourseSessionInput;
};


export type MutationCreatePerformanceReviewArgs = {
  input: CreatePerformanceReviewInput;
};


export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};


export type MutationDeactivateLoginArgs = {
  userId: Scalars['Int']['input'];
};


export type MutationDecideAwardNominationArgs = {
  awarded: Scalars['Boolean']['input'];
  campaignId: Scalars['ID']['input'];
  employeeId: Scalars['ID']['input'];
};


export type MutationDecidePromotionArgs = {
  applicationId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDevLoginArgs = {
  username: Scalars['String']['input'];
};


export type MutationDisableWebhookSubscriptionArgs = {
  id: Scalars['Int']['input'];
};


export type MutationEnrollArgs = {
  input: EnrollInput;
};


export type MutationErasePersonalDataArgs = {
  employeeId: Scalars['ID']['input'];
};


export type MutationEvaluateDueImpactsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationExportPersonalDataArgs = {
  employeeId: Scalars['ID']['input'];
};


export type MutationGivePeerFeedbackArgs = {
  input: GivePeerFeedbackInput;
};


export type MutationHireEmployeeArgs = {
  input: EmployeeSyncInput;
};


export type MutationImportArchiveArgs = {
  input: ImportArchiveInput;
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['Int']['input']>;
};


export type MutationNominateForAwardArgs = {
  campaignId: Scalars['ID']['input'];
  employeeId: Scalars['ID']['input'];
};


export type MutationPublishAwardCampaignArgs = {
  campaignId: Scalars['ID']['input'];
};


export type MutationRecordCitationArgs = {
  input: RecordCitationInput;
};


export type MutationRecordCompletionArgs = {
  input: RecordCompletionInput;
};


export type MutationRecordKpiObservationsArgs = {
  input: Array<KpiObservationInput>;
};


export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['Int']['input'];
};


export type MutationRemoveCareerPathArgs = {
  input: CareerPathInput;
};


export type MutationReviewPracticeCaseArgs = {
  input: ReviewPracticeCaseInput;
};


export type MutationRevokeSessionsArgs = {
  userId: Scalars['Int']['input'];
};


export type MutationSaveRuleArgs = {
  definition: Scalars['JSONObject']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  kind: RuleKind;
};


export type MutationScoreAwardCampaignArgs = {
  campaignId: Scalars['ID']['input'];
};


export type MutationSubmitPracticeCaseArgs = {
  input: SubmitPracticeCaseInput;
};


export type MutationTerminateEmployeeArgs = {
  input: EmployeeTerminationInput;
};


export type MutationTransferEmployeeArgs = {
  input: EmployeeTransferInput;
};


export type MutationUpdateCourseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCourseInput;
};


export type MutationUpdateCourseKpiBindingArgs = {
  input: UpdateCourseKpiBindingInput;
};


export type MutationUpdateEmployeeArgs = {
  input: EmployeeSyncInput;
};


export type MutationUpdateImprovementPlanArgs = {
  input: ImprovementPlanUpdateInput;
};


export type MutationUpsertAwardCampaignArgs = {
  input: AwardCampaignSyncInput;
};


export type MutationUpsertAwardCampaignsArgs = {
  input: Array<AwardCampaignSyncInput>;
};


export type MutationUpsertCareerPathArgs = {
  input: CareerPathInput;
};


export type MutationUpsertCompetenciesArgs = {
  input: Array<CompetencySyncInput>;
};


export type MutationUpsertCompetencyArgs = {
  input: CompetencySyncInput;
};


export type MutationUpsertCourseArgs = {
  input: CourseSyncInput;
};


export type MutationUpsertCourseSessionArgs = {
  input: CourseSessionSyncInput;
};


export type MutationUpsertCourseSessionsArgs = {
  input: Array<CourseSessionSyncInput>;
};


export type MutationUpsertCoursesArgs = {
  input: Array<CourseSyncInput>;
};


export type MutationUpsertDepartmentArgs = {
  input: DepartmentSyncInput;
};


export type MutationUpsertDepartmentsArgs = {
  input: Array<DepartmentSyncInput>;
};


export type MutationUpsertEmployeesArgs = {
  input: Array<EmployeeSyncInput>;
};


export type MutationUpsertPositionArgs = {
  input: PositionSyncInput;
};


export type MutationUpsertPositionsArgs = {
  input: Array<PositionSyncInput>;
};


export type MutationUpsertProductionLineArgs = {
  input: ProductionLineSyncInput;
};


export type MutationUpsertProductionLinesArgs = {
  input: Array<ProductionLineSyncInput>;
};

/** The recommended next course and why. */
export type NextCourse = {
  __typename?: 'NextCourse';
  /** CLOSES_GATE: the gate key; CLOSES_COMPETENCY_GAP: competency codes. */
  closes: Array<Scalars['String']['output']>;
  courseId: Scalars['Int']['output'];
  hours: Scalars['Float']['output'];
  measuredImpactPct?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** English explanation; prefer reasonCode + closes. */
  reason: Scalars['String']['output'];
  reasonCode: NextCourseReason;
};

export type NextCourseReason =
  | 'CLOSES_COMPETENCY_GAP'
  | 'CLOSES_GATE';

/** An object with a globally unique id (Relay global object identification). */
export type Node = {
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
};

/** Verdicts a KPI-binding threshold can lead to. */
export type OutcomeVerdict =
  | 'CONTRIBUTION'
  | 'EXCELLENT'
  | 'RETRAIN';

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Breakdown of the monthly participation series. */
export type ParticipationBy =
  | 'DEPARTMENT'
  | 'NONE'
  | 'POSITION_FAMILY';

/** 同事评价. */
export type PeerFeedback = Node & {
  __typename?: 'PeerFeedback';
  comment?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  databaseId: Scalars['Int']['output'];
  /** The colleague it is about; null when outside your scope. */
  employee?: Maybe<Employee>;
  /** The colleague; null when outside your scope. */
  fromEmployee?: Maybe<Employee>;
  id: Scalars['ID']['output'];
  period: Scalars['String']['output'];
  score: Scalars['Float']['output'];
};

export type PerformanceRating =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'S';

/** A quarterly review: final = base + training adjustment. */
export type PerformanceReview = Node & {
  __typename?: 'PerformanceReview';
  baseScore: Scalars['Float']['output'];
  databaseId: Scalars['Int']['output'];
  employee: Employee;
  finalScore: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** e.g. '2026-Q1'. */
  period: Scalars['String']['output'];
  periodStart: Scalars['Date']['output'];
  rating: PerformanceRating;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** null when outside your scope. */
  reviewer?: Maybe<Employee>;
  trainingAdjustment: Scalars['Float']['output'];
  /** The EXCELLENT training verdicts whose +points make up trainingAdjustment. */
  trainingAdjustmentSources: Array<TrainingAdjustmentSource>;
};

export type PerformanceReviewedEvent = ArchiveEvent & {
  __typename?: 'PerformanceReviewedEvent';
  finalScore: Scalars['Float']['output'];
  /** Unique within the archive, e.g. "EnrollmentCompleted:123". */
  key: Scalars['String']['output'];
  /** The day it happened; the timeline is ordered by it. */
  occurredOn: Scalars['Date']['output'];
  rating: PerformanceRating;
  review: PerformanceReview;
  /** A one-line human summary. */
  title: Scalars['String']['output'];
};

/** What an erasure by anonymisation changed (PIPL art. 47). */
export type PersonalDataErasure = {
  __typename?: 'PersonalDataErasure';
  employeeDatabaseId: Scalars['Int']['output'];
  /** entity.relation → rows whose free text was cleared. */
  erasedText: Scalars['JSONObject']['output'];
  loginsDeactivated: Scalars['Int']['output'];
};

/** Everything stored about one person (PIPL art. 45), as a JSON file. */
export type PersonalDataExport = {
  __typename?: 'PersonalDataExport';
  /** The file: a JSON document (format talentloop-pipl-export/1). */
  content: Scalars['String']['output'];
  /** Suggested file name, e.g. pipl-export-TL000123.json. */
  fileName: Scalars['String']['output'];
};

export type Position = Node & {
  __typename?: 'Position';
  code: Scalars['String']['output'];
  competencyRequirements: Array<CompetencyRequirement>;
  databaseId: Scalars['Int']['output'];
  family: PositionFamily;
  id: Scalars['ID']['output'];
  /** Seniority within the family; 1 = entry level. */
  level: Scalars['Int']['output'];
  managerial: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Where holders of this position are typically promoted. */
  nextPositions: Array<CareerPath>;
  /** Where holders of this position typically come from. */
  previousPositions: Array<CareerPath>;
};

export type PositionFamily =
  | 'ADMIN'
  | 'FINANCE'
  | 'HR'
  | 'MANAGEMENT'
  | 'MANUFACTURING'
  | 'SALES'
  | 'SERVICE'
  | 'TECH';

/** A position (job). */
export type PositionSyncInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  /** The row's key in sourceSystem; unique per source system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  family?: InputMaybe<PositionFamily>;
  /** Global id of an existing row (instead of, or to attach, an external key). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Seniority within the family, 1 = entry level. */
  level?: InputMaybe<Scalars['Int']['input']>;
  managerial?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** The system that owns externalId (HRIS, LMS, MES …). */
  sourceSystem?: InputMaybe<Scalars['String']['input']>;
};

/** 实践案例: how an employee applied a course. */
export type PracticeCase = Node & {
  __typename?: 'PracticeCase';
  /** When adopted into the knowledge base. */
  adoptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Departments that reused this case. */
  citations: Array<KnowledgeCitation>;
  course?: Maybe<Course>;
  databaseId: Scalars['Int']['output'];
  /** The author; null when outside your scope. */
  employee?: Maybe<Employee>;
  enrollment?: Maybe<Enrollment>;
  id: Scalars['ID']['output'];
  reviewComment?: Maybe<Scalars['String']['output']>;
  reviewScore?: Maybe<Scalars['Float']['output']>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  reviewer?: Maybe<Employee>;
  status: PracticeCaseStatus;
  submittedAt: Scalars['DateTime']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** Adopted into the knowledge base. */
export type PracticeCaseAdoptedEvent = ArchiveEvent & {
  __typename?: 'PracticeCaseAdoptedEvent';
  /** Unique within the archive, e.g. "EnrollmentCompleted:123". */
  key: Scalars['String']['output'];
  /** The day it happened; the timeline is ordered by it. */
  occurredOn: Scalars['Date']['output'];
  practiceCase: PracticeCase;
  /** A one-line human summary. */
  title: Scalars['String']['output'];
};

export type PracticeCaseApprovedEvent = ArchiveEvent & {
  __typename?: 'PracticeCaseApprovedEvent';
  /** Unique within the archive, e.g. "EnrollmentCompleted:123". */
  key: Scalars['String']['output'];
  /** The day it happened; the timeline is ordered by it. */
  occurredOn: Scalars['Date']['output'];
  practiceCase: PracticeCase;
  score?: Maybe<Scalars['Float']['output']>;
  /** A one-line human summary. */
  title: Scalars['String']['output'];
};

/** Another department reused the case. */
export type PracticeCaseCitedEvent = ArchiveEvent & {
  __typename?: 'PracticeCaseCitedEvent';
  department: Department;
  /** Unique within the archive, e.g. "EnrollmentCompleted:123". */
  key: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The day it happened; the timeline is ordered by it. */
  occurredOn: Scalars['Date']['output'];
  practiceCase: PracticeCase;
  /** A one-line human summary. */
  title: Scalars['String']['output'];
};

export type PracticeCaseConnection = {
  __typename?: 'PracticeCaseConnection';
  edges: Array<PracticeCaseEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<PracticeCase>;
  pageInfo: PageInfo;
  /** Number of matching rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PracticeCaseEdge = {
  __typename?: 'PracticeCaseEdge';
  cursor: Scalars['String']['output'];
  node: PracticeCase;
};

export type PracticeCaseStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'SUBMITTED';

export type PracticeCaseSubmittedEvent = ArchiveEvent & {
  __typename?: 'PracticeCaseSubmittedEvent';
  /** Unique within the archive, e.g. "EnrollmentCompleted:123". */
  key: Scalars['String']['output'];
  /** The day it happened; the timeline is ordered by it. */
  occurredOn: Scalars['Date']['output'];
  practiceCase: PracticeCase;
  /** A one-line human summary. */
  title: Scalars['String']['output'];
};

/** A production line; KPI feeds name it by code. */
export type ProductionLine = Node & {
  __typename?: 'ProductionLine';
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  databaseId: Scalars['Int']['output'];
  /** The owning department. */
  department: Department;
  externalId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  sourceSystem?: Maybe<Scalars['String']['output']>;
};

/** A production line. */
export type ProductionLineSyncInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The code KPI feeds send as productionLine. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Owning department: external id in the same sourceSystem. */
  departmentExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Owning department: global Department id. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** The row's key in sourceSystem; unique per source system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Global id of an existing row (instead of, or to attach, an external key). */
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** The system that owns externalId (HRIS, LMS, MES …). */
  sourceSystem?: InputMaybe<Scalars['String']['input']>;
};

export type ProfileItemType =
  | 'CATEGORY'
  | 'COURSE';

export type PromotedEvent = ArchiveEvent & {
  __typename?: 'PromotedEvent';
  fromPosition: Position;
  /** Unique within the archive, e.g. "EnrollmentCompleted:123". */
  key: Scalars['String']['output'];
  /** The day it happened; the timeline is ordered by it. */
  occurredOn: Scalars['Date']['output'];
  /** A one-line human summary. */
  title: Scalars['String']['output'];
  toPosition: Position;
};

export type PromotionApplication = Node & {
  __typename?: 'PromotionApplication';
  databaseId: Scalars['Int']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decision?: Maybe<Scalars['String']['output']>;
  /** HR's comment on the decision. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  departmentName?: Maybe<Scalars['String']['output']>;
  eligible: Scalars['Boolean']['output'];
  /** Global id (Employee) of the applicant. */
  employeeId?: Maybe<Scalars['ID']['output']>;
  employeeName?: Maybe<Scalars['String']['output']>;
  employeeNo?: Maybe<Scalars['String']['output']>;
  /** Global id (PromotionApplication). */
  id: Scalars['ID']['output'];
  /** Frozen at decision. */
  report?: Maybe<PromotionReport>;
  /** Rule version the application is judged by. */
  ruleVersion?: Maybe<Scalars['Int']['output']>;
  status: Scalars['String']['output'];
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  targetPosition?: Maybe<Scalars['String']['output']>;
  /** Global id (Position). */
  targetPositionId?: Maybe<Scalars['ID']['output']>;
};

export type PromotionApplicationConnection = {
  __typename?: 'PromotionApplicationConnection';
  edges: Array<PromotionApplicationEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<PromotionApplication>;
  pageInfo: PageInfo;
  /** Number of matching rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PromotionApplicationEdge = {
  __typename?: 'PromotionApplicationEdge';
  cursor: Scalars['String']['output'];
  node: PromotionApplication;
};

/** Combined with AND; the caller’s row scope always applies on top. */
export type PromotionApplicationFilter = {
  /** The applicant's department and its subtree. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of the name or the employee number. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** The position applied for. */
  targetPositionId?: InputMaybe<Scalars['ID']['input']>;
};

/** An employee in a position leading to a ruled target, with the rule’s verdict. */
export type PromotionCandidate = {
  __typename?: 'PromotionCandidate';
  /** Department (global id). */
  departmentId: Scalars['ID']['output'];
  /** The employee record (batched). */
  employee?: Maybe<Employee>;
  /** Global id (Employee). */
  employeeId: Scalars['ID']['output'];
  employeeNo: Scalars['String']['output'];
  name: Scalars['String']['output'];
  passedGates: Scalars['Int']['output'];
  /** The full evaluation, as promotionPath returns it. */
  path: PromotionPath;
  /** Current position (global id). */
  positionId: Scalars['ID']['output'];
  totalGates: Scalars['Int']['output'];
};

export type PromotionCandidateConnection = {
  __typename?: 'PromotionCandidateConnection';
  edges: Array<PromotionCandidateEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<PromotionCandidate>;
  pageInfo: PageInfo;
  summary: PromotionPipelineSummary;
  /** Number of matching rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PromotionCandidateEdge = {
  __typename?: 'PromotionCandidateEdge';
  cursor: Scalars['String']['output'];
  node: PromotionCandidate;
};

/** Combined with AND; the caller’s row scope always applies on top. */
export type PromotionCandidateFilter = {
  /** A department: it and its whole subtree. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only eligible (true) or only not yet eligible (false). */
  eligible?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only target positions of this family. */
  positionFamily?: InputMaybe<PositionFamily>;
  /** Case-insensitive substring of the name or the employee number. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type PromotionGate = {
  __typename?: 'PromotionGate';
  actual: Scalars['String']['output'];
  checks: Array<GateCheck>;
  code: GateCode;
  courseCode?: Maybe<Scalars['String']['output']>;
  /** COURSE gates: the required course. */
  courseName?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  key: Scalars['String']['output'];
  /** COURSE, APPROVED_CASES or RECENT_RATING. */
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** "missing: …" when the gate fails. */
  missing?: Maybe<Scalars['String']['output']>;
  passed: Scalars['Boolean']['output'];
  required: Scalars['String']['output'];
};

/** Gap to a target position: gates, readiness, time left, next course. */
export type PromotionPath = {
  __typename?: 'PromotionPath';
  asOf: Scalars['Date']['output'];
  competencyGaps: Array<Scalars['String']['output']>;
  competencyMatchPct: Scalars['Int']['output'];
  eligible: Scalars['Boolean']['output'];
  employeeId: Scalars['ID']['output'];
  /** Remaining course hours ÷ own pace; null without a pace. */
  estimatedMonths?: Maybe<Scalars['Float']['output']>;
  formula: Scalars['String']['output'];
  gates: Array<PromotionGate>;
  missing: Array<Scalars['String']['output']>;
  nextCourse?: Maybe<NextCourse>;
  paceHoursPerMonth?: Maybe<Scalars['Float']['output']>;
  readinessPct: Scalars['Int']['output'];
  remainingCourses: Array<RemainingCourse>;
  remainingHours: Scalars['Float']['output'];
  ruleVersion: Scalars['Int']['output'];
  targetPosition: Scalars['String']['output'];
  targetPositionId: Scalars['ID']['output'];
};

/** Candidates stopped at one gate (counted at the first gate of the rule they fail). */
export type PromotionPipelineBlock = {
  __typename?: 'PromotionPipelineBlock';
  count: Scalars['Int']['output'];
  /** COURSE gates: the required course’s name. */
  courseName?: Maybe<Scalars['String']['output']>;
  gateKey: Scalars['String']['output'];
  /** COURSE, APPROVED_CASES or RECENT_RATING. */
  gateKind: Scalars['String']['output'];
  targetPosition: Scalars['String']['output'];
  targetPositionId: Scalars['ID']['output'];
};

/** The whole scope’s candidates (every page, the `eligible` filter not applied). */
export type PromotionPipelineSummary = {
  __typename?: 'PromotionPipelineSummary';
  asOf: Scalars['Date']['output'];
  blocked: Array<PromotionPipelineBlock>;
  candidates: Scalars['Int']['output'];
  eligible: Scalars['Int']['output'];
  targets: Array<PromotionPipelineTarget>;
};

/** Candidates and eligible per target position. */
export type PromotionPipelineTarget = {
  __typename?: 'PromotionPipelineTarget';
  candidates: Scalars['Int']['output'];
  eligible: Scalars['Int']['output'];
  ruleVersion: Scalars['Int']['output'];
  targetPosition: Scalars['String']['output'];
  targetPositionId: Scalars['ID']['output'];
};

/** Training profile of promoted staff (view promotion_profile): share of promoted employees who completed the course / category vs comparable non-promoted staff, lift = promotedShare / comparisonShare. n = the smaller group. */
export type PromotionProfile = {
  __typename?: 'PromotionProfile';
  /** Comparable non-promoted employees — never promoted, not heading a department, currently in a position that is the from-position of a career-path step (career_path). */
  comparisonN: Scalars['Int']['output'];
  /** comparison_with / comparison_n. */
  comparisonShare?: Maybe<Scalars['Float']['output']>;
  itemKey: Scalars['String']['output'];
  itemName: Scalars['String']['output'];
  /** COURSE or CATEGORY. */
  itemType: ProfileItemType;
  /** Lift = promoted_share / comparison_share (> 1 — over-represented among the promoted). */
  lift?: Maybe<Scalars['Float']['output']>;
  /** 95% CI upper bound of the lift — exp(ln(lift) + 1.96·√(1/a − 1/n₁ + 1/c − 1/n₂)). */
  liftCiHigh?: Maybe<Scalars['Float']['output']>;
  /** 95% CI lower bound of the lift — exp(ln(lift) − 1.96·√(1/a − 1/n₁ + 1/c − 1/n₂)), a/c = promoted/comparison with, n₁/n₂ group sizes. */
  liftCiLow?: Maybe<Scalars['Float']['output']>;
  n: Scalars['Int']['output'];
  /** Promoted employees — everyone with at least one promotion (promotion table). */
  promotedN: Scalars['Int']['output'];
  /** promoted_with / promoted_n. */
  promotedShare?: Maybe<Scalars['Float']['output']>;
  /** Promotion rate of completers / promotion rate of non-completers, from the same 2×2 table: (a/(a+c)) / (b/(b+d)) with b = promoted without, d = comparison without. */
  promotionRateRatio?: Maybe<Scalars['Float']['output']>;
};

/** PENDING (submitted or in review), APPROVED or REJECTED. */
export type PromotionQueueStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** The weighted review packet (training / performance / peer feedback, weights from the rule). */
export type PromotionReport = {
  __typename?: 'PromotionReport';
  asOf: Scalars['Date']['output'];
  eligible: Scalars['Boolean']['output'];
  formula: Scalars['String']['output'];
  /** WEIGHTED_SUM of the sections. */
  formulaCode?: Maybe<ReportFormulaCode>;
  formulaTerms?: Maybe<Array<FormulaTerm>>;
  /** Rule and inputs as used, so the report can be reproduced. */
  frozen: Scalars['JSONObject']['output'];
  ruleKey: Scalars['String']['output'];
  ruleVersion: Scalars['Int']['output'];
  sections: Array<ReportSection>;
  targetPosition: Scalars['String']['output'];
  total: Scalars['Float']['output'];
};

/** Measured time to promotion on one career step (view promotion_timing): months the promoted spent in the from-position before the move. n = promotions on the step. */
export type PromotionTiming = {
  __typename?: 'PromotionTiming';
  /** Average time to promotion, months = months_sum / promotions: mean over the cell's promotions of (effective_on − start of the time in the from-position) / 30.4375 days; start = previous promotion into the from-position, else hire date. Population = recorded promotions; window = effective_on in the period. */
  avgMonths?: Maybe<Scalars['Float']['output']>;
  fromPosition: Scalars['String']['output'];
  /** The from-position. */
  fromPositionId: Scalars['ID']['output'];
  /** Longest time in the from-position before a promotion in the cell, months (same definition as avg_months). */
  maxMonths?: Maybe<Scalars['Float']['output']>;
  /** Shortest time in the from-position before a promotion in the cell, months (same definition as avg_months). */
  minMonths?: Maybe<Scalars['Float']['output']>;
  /** Promotions on the step (each one person). */
  n: Scalars['Int']['output'];
  /** Family of the from-position (a promotion stays within its family or moves into MANAGEMENT). */
  positionFamily?: Maybe<PositionFamily>;
  toPosition: Scalars['String']['output'];
  /** The to-position. */
  toPositionId: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Training metrics from the semantic layer, scoped like everything else: employees see their own numbers, managers their department subtree, HR / executives / analytics integrations the company. Every field is nullable: a metric that fails comes back as null with its error (path and code) in `errors`, and the other fields are still answered. */
  analytics?: Maybe<Analytics>;
  /** The append-only audit log, newest first, filtered by actor, entity and time (HR only). */
  auditLog: AuditEntryConnection;
  /** Stored ranking of a campaign (nominees in your scope), ranked first, then the excluded; evidence named. */
  awardCampaignRanking: Array<AwardRankingEntry>;
  /** Award campaigns, newest period first. */
  awardCampaigns: Array<AwardCampaignSummary>;
  course?: Maybe<Course>;
  /** The course catalogue (ordered by code). */
  courses: CourseConnection;
  /** The org tree: its roots (or the subtree under rootId); walk down with `children`. */
  departments: Array<Department>;
  /** null when it does not exist or is outside your scope. */
  employee?: Maybe<Employee>;
  /** Employees in your scope, filtered, sorted and paged. */
  employees: EmployeeConnection;
  /** 成长档案 of one employee: typed timeline + summary. FORBIDDEN outside your scope. */
  growthArchive: GrowthArchive;
  /** Improvement plans in your scope (your own, your subtree, or all for HR), newest first. */
  improvementPlans: ImprovementPlanConnection;
  /** KPI definitions, by code. */
  kpiDefinitions: Array<KpiDefinition>;
  /** Monthly values of one KPI for one employee (FORBIDDEN outside your scope). */
  kpiSeries: KpiSeries;
  /** Who you are, as the API sees your token. */
  me: Viewer;
  /** Your notifications, newest first. */
  myNotifications: Array<InboxNotification>;
  /** Your tasks, newest first (OPEN only unless all is set). */
  myTasks: Array<WorkflowTask>;
  /** Any object by global id; null when missing or outside your scope. */
  node?: Maybe<Node>;
  /** A person's notifications in your scope, newest first. */
  notifications: Array<InboxNotification>;
  /** Positions by family and level, with career paths and requirements. */
  positions: Array<Position>;
  /** Practice cases in your scope plus the knowledge base (adopted cases), newest first. */
  practiceCases: PracticeCaseConnection;
  /** Impact preview of a rule edit: the draft and the active version evaluated over your scope; nothing is saved. */
  previewRuleChange: RulePreview;
  /** Production lines in your scope, by code (KPI feeds name them by code). */
  productionLines: Array<ProductionLine>;
  promotionApplication?: Maybe<PromotionApplication>;
  /** The promotion-application queue of your scope: PENDING (oldest first), APPROVED or REJECTED (newest decision first), filtered by department, target position or applicant. */
  promotionApplications: PromotionApplicationConnection;
  /** Everyone in your scope in a position leading to a ruled target, evaluated on the server: exact for the whole scope, eligible first then by readiness; `summary` is the pipeline by gate. */
  promotionCandidates: PromotionCandidateConnection;
  /** Gap to a target position (NOT_FOUND outside your scope). */
  promotionPath: PromotionPath;
  /** Paths to every next position on the career path that has a rule. */
  promotionPaths: Array<PromotionPath>;
  /** The live review report (frozen copies live on applications). */
  promotionReport: PromotionReport;
  /** Linkage rules: active versions, or every version of `key` with history. */
  rules: Array<Rule>;
  /** Success stories of award winners in your scope, newest first. */
  successStories: Array<SuccessStory>;
  /** Published success stories of award winners, company-wide, newest first (the article's 示范效应); unpublished stories and the winners’ archives stay in scope. */
  successStoryFeed: Array<FeedStory>;
  /** A person's tasks in your scope, newest first (OPEN only unless all is set). */
  tasks: Array<WorkflowTask>;
  /** NO_CHANGE / RETRAIN verdicts to act on, for your whole scope (HR: the company; a manager: their subtree): exact and paged, newest completion first, with totals per verdict. */
  teamAlerts: TeamAlertConnection;
  /** Re-computes the audit log’s hash chain and names the first row that breaks it (HR only). */
  verifyAuditChain: AuditChainVerification;
  /** Deliveries, newest first; `status: DEAD` is the dead-letter view. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** Webhook subscriptions, newest first. */
  webhookSubscriptions: Array<WebhookSubscriptionType>;
};


export type QueryAuditLogArgs = {
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryAwardCampaignRankingArgs = {
  campaignId: Scalars['ID']['input'];
};


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CourseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDepartmentsArgs = {
  rootId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryEmployeeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EmployeeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<EmployeeSort>;
};


export type QueryGrowthArchiveArgs = {
  employeeId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryImprovementPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ImprovementPlanStatus>;
};


export type QueryKpiSeriesArgs = {
  employeeId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  kpi: Scalars['String']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryMyNotificationsArgs = {
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryMyTasksArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  employeeId: Scalars['ID']['input'];
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPositionsArgs = {
  family?: InputMaybe<PositionFamily>;
};


export type QueryPracticeCasesArgs = {
  adopted?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PracticeCaseStatus>;
};


export type QueryPreviewRuleChangeArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  definition: Scalars['JSONObject']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  key: Scalars['String']['input'];
  kind: RuleKind;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductionLinesArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPromotionApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPromotionApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PromotionApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PromotionQueueStatus>;
};


export type QueryPromotionCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PromotionCandidateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  targetPositionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPromotionPathArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  employeeId: Scalars['ID']['input'];
  targetPositionId: Scalars['ID']['input'];
};


export type QueryPromotionPathsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  employeeId: Scalars['ID']['input'];
};


export type QueryPromotionReportArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  employeeId: Scalars['ID']['input'];
  targetPositionId: Scalars['ID']['input'];
};


export type QueryRulesArgs = {
  history?: InputMaybe<Scalars['Boolean']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  kind: RuleKind;
};


export type QuerySuccessStoriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySuccessStoryFeedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTasksArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  employeeId: Scalars['ID']['input'];
};


export type QueryTeamAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TeamAlertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
  subscriptionId?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordCitationInput = {
  caseId: Scalars['ID']['input'];
  /** The department reusing the case. */
  departmentId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type RecordCompletionInput = {
  /** Default: today. */
  completedOn?: InputMaybe<Scalars['Date']['input']>;
  enrollmentId: Scalars['ID']['input'];
  /** Below the course pass score → FAILED. */
  examScore?: InputMaybe<Scalars['Float']['input']>;
  /** Hours attended. */
  hours: Scalars['Float']['input'];
  /** 实践应用 score. */
  practiceScore?: InputMaybe<Scalars['Float']['input']>;
  /** The participant's rating of the session, 1–5. */
  sessionRating?: InputMaybe<Scalars['Int']['input']>;
};

export type RemainingCourse = {
  __typename?: 'RemainingCourse';
  hours: Scalars['Float']['output'];
  name: Scalars['String']['output'];
};

/** How a promotion-report score was computed (terms hold its inputs): CORE_BEST_EXAM_MEAN (mean of each required course's best exam), CORE_EXAM_MEAN_ALL, COMPETENCY_MATCH (trained / required), COMPETENCY_NONE (→ 100), IMPROVEMENT_MEAN (mean verdict score), IMPROVEMENT_NONE (→ 0), WEIGHTED_SUM (Σ score × weight / 100), REVIEW_MEAN, REVIEW_NONE, PEER_MEAN (mean / scale max × 100), PEER_NONE. */
export type ReportFormulaCode =
  | 'COMPETENCY_MATCH'
  | 'COMPETENCY_NONE'
  | 'CORE_BEST_EXAM_MEAN'
  | 'CORE_EXAM_MEAN_ALL'
  | 'IMPROVEMENT_MEAN'
  | 'IMPROVEMENT_NONE'
  | 'PEER_MEAN'
  | 'PEER_NONE'
  | 'REVIEW_MEAN'
  | 'REVIEW_NONE'
  | 'WEIGHTED_SUM';

export type ReportPart = {
  __typename?: 'ReportPart';
  evidence: Array<Evidence>;
  /** English text; prefer formulaCode + formulaTerms. */
  formula: Scalars['String']['output'];
  /** null in reports frozen before codes. */
  formulaCode?: Maybe<ReportFormulaCode>;
  formulaTerms?: Maybe<Array<FormulaTerm>>;
  key: Scalars['String']['output'];
  score: Scalars['Float']['output'];
  weight: Scalars['Float']['output'];
};

export type ReportSection = {
  __typename?: 'ReportSection';
  evidence: Array<Evidence>;
  /** English text; prefer formulaCode + formulaTerms. */
  formula: Scalars['String']['output'];
  /** null in reports frozen before codes. */
  formulaCode?: Maybe<ReportFormulaCode>;
  formulaTerms?: Maybe<Array<FormulaTerm>>;
  key: Scalars['String']['output'];
  parts: Array<ReportPart>;
  score: Scalars['Float']['output'];
  weight: Scalars['Float']['output'];
  /** score × weight / 100. */
  weighted: Scalars['Float']['output'];
};

export type ReviewDecision =
  | 'APPROVE'
  | 'REJECT';

export type ReviewPracticeCaseInput = {
  caseId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  decision: ReviewDecision;
  /** Required to approve; 0–100. */
  score?: InputMaybe<Scalars['Float']['input']>;
};

/** Breakdown of training ROI; TOTAL = one row. */
export type RoiBy =
  | 'CATEGORY'
  | 'COURSE'
  | 'DEPARTMENT'
  | 'POSITION_FAMILY'
  | 'TOTAL';

/** Determines what rows and operations a caller may use. */
export type Role =
  | 'EMPLOYEE'
  | 'EXECUTIVE'
  | 'HR'
  | 'INTEGRATION'
  | 'MANAGER';

/** One immutable version of a linkage rule. Editing creates version n+1. */
export type Rule = {
  __typename?: 'Rule';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Username of the login that saved this version; null for the defaults stored at start-up. */
  createdBy?: Maybe<Scalars['String']['output']>;
  databaseId: Scalars['Int']['output'];
  /** The validated definition (defaults filled in). */
  definition: Scalars['JSONObject']['output'];
  /** Rule key; for PROMOTION the target position code. */
  key: Scalars['String']['output'];
  kind: RuleKind;
  version: Scalars['Int']['output'];
};

/** Which linkage rule family a rule belongs to. */
export type RuleKind =
  | 'AWARD'
  | 'PROMOTION'
  | 'TRAINING_IMPACT';

/** What saving a draft rule would change, evaluated with the draft and the active version over your scope. */
export type RulePreview = {
  __typename?: 'RulePreview';
  asOf: Scalars['Date']['output'];
  /** Outcomes the draft changes. */
  changed: Scalars['Int']['output'];
  /** A page of the changes, by employee number. */
  changes: Array<RulePreviewChange>;
  /** Active version compared against (null: a new rule). */
  currentVersion?: Maybe<Scalars['Int']['output']>;
  /** The version saving the draft would create. */
  draftVersion: Scalars['Int']['output'];
  /** Outcomes evaluated (person × target, enrollment or nominee). */
  evaluated: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  kind: RuleKind;
  transitions: Array<RulePreviewTransition>;
};

/** One person whose outcome the draft changes. */
export type RulePreviewChange = {
  __typename?: 'RulePreviewChange';
  /** PROMOTION: ELIGIBLE | NOT_ELIGIBLE; TRAINING_IMPACT: the impact verdict, or NOT_BOUND when that version binds no course of the enrollment; AWARD: RANKED | EXCLUDED. */
  after: Scalars['String']['output'];
  afterValue?: Maybe<Scalars['Float']['output']>;
  /** PROMOTION: ELIGIBLE | NOT_ELIGIBLE; TRAINING_IMPACT: the impact verdict, or NOT_BOUND when that version binds no course of the enrollment; AWARD: RANKED | EXCLUDED. */
  before: Scalars['String']['output'];
  /** PROMOTION: readiness %; TRAINING_IMPACT: contribution %; AWARD: rank. */
  beforeValue?: Maybe<Scalars['Float']['output']>;
  employeeId: Scalars['ID']['output'];
  employeeNo: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** What was judged: the target position, the course or the campaign (its name). */
  subject: Scalars['String']['output'];
};

/** How many outcomes move from one code to another. */
export type RulePreviewTransition = {
  __typename?: 'RulePreviewTransition';
  /** PROMOTION: ELIGIBLE | NOT_ELIGIBLE; TRAINING_IMPACT: the impact verdict, or NOT_BOUND when that version binds no course of the enrollment; AWARD: RANKED | EXCLUDED. */
  after: Scalars['String']['output'];
  /** PROMOTION: ELIGIBLE | NOT_ELIGIBLE; TRAINING_IMPACT: the impact verdict, or NOT_BOUND when that version binds no course of the enrollment; AWARD: RANKED | EXCLUDED. */
  before: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type SubmitPracticeCaseInput = {
  /** Only when there is no enrolment. */
  courseId?: InputMaybe<Scalars['ID']['input']>;
  /** HR only: submit on behalf of this employee. */
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  /** The completed enrolment the case applies (sets the course). */
  enrollmentId?: InputMaybe<Scalars['ID']['input']>;
  summary: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** A winner's learn → improve → be rewarded story. */
export type SuccessStory = {
  __typename?: 'SuccessStory';
  /** Adopted practice cases in the period. */
  adoptedCases?: Maybe<Scalars['Int']['output']>;
  body: Scalars['String']['output'];
  /** The campaign the story was published by (its name). */
  campaign?: Maybe<Scalars['String']['output']>;
  databaseId: Scalars['Int']['output'];
  employeeId: Scalars['ID']['output'];
  employeeName: Scalars['String']['output'];
  /** Facts for wording the story in the reader's language: completed training hours in the period. */
  hours?: Maybe<Scalars['Float']['output']>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Rank in the campaign. */
  rank?: Maybe<Scalars['Int']['output']>;
  /** Rated lectures taught in the period. */
  ratedLectures?: Maybe<Scalars['Int']['output']>;
  title: Scalars['String']['output'];
};

/** Why a row was not written: an error code and the field at fault. */
export type SyncProblem = {
  __typename?: 'SyncProblem';
  /** BAD_USER_INPUT, NOT_FOUND, FORBIDDEN or CONFLICT. */
  code: Scalars['String']['output'];
  /** Path of the field, e.g. 'input[3].departmentExternalId'. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The outcome of one master-data row (single mutation or batch row). */
export type SyncRowResult = {
  __typename?: 'SyncRowResult';
  databaseId?: Maybe<Scalars['Int']['output']>;
  externalId?: Maybe<Scalars['String']['output']>;
  /** Global id of the written or matched row (null on ERROR). */
  id?: Maybe<Scalars['ID']['output']>;
  /** Position of the row in the input (0 for a single mutation). */
  index: Scalars['Int']['output'];
  /** The written row; null on ERROR or when it is outside your read scope. */
  node?: Maybe<Node>;
  problems: Array<SyncProblem>;
  sourceSystem?: Maybe<Scalars['String']['output']>;
  status: SyncStatus;
};

/** What a master-data row did: CREATED, UPDATED, UNCHANGED (a replay), REMOVED (career-path edges) or ERROR (see problems). */
export type SyncStatus =
  | 'CREATED'
  | 'ERROR'
  | 'REMOVED'
  | 'UNCHANGED'
  | 'UPDATED';

/** A stored NO_CHANGE or RETRAIN verdict of the latest completed attempt of a course. */
export type TeamAlert = {
  __typename?: 'TeamAlert';
  /** Actions taken on the alert, oldest first. */
  actionsTaken: Array<TeamAlertActionTaken>;
  /** Codes of the causes the rule asks the manager to check. */
  causes: Array<Scalars['String']['output']>;
  completedOn?: Maybe<Scalars['Date']['output']>;
  /** Global id (Course). */
  courseId: Scalars['ID']['output'];
  courseName: Scalars['String']['output'];
  /** Global id (Department). */
  departmentId: Scalars['ID']['output'];
  departmentName: Scalars['String']['output'];
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** Global id (Employee). */
  employeeId: Scalars['ID']['output'];
  employeeName: Scalars['String']['output'];
  employeeNo: Scalars['String']['output'];
  enrollmentId: Scalars['Int']['output'];
  /** The manager's latest note on the follow-up. */
  followUpNote?: Maybe<Scalars['String']['output']>;
  /** The cause the manager found (RECORD_CAUSE). */
  foundCause?: Maybe<CauseCode>;
  /** The stored evaluation: KPIs, actions, formula. */
  impact: TrainingImpact;
  /** Database id of the training_impact row. */
  impactId: Scalars['Int']['output'];
  /** Global id of the employee's improvement plan for this course (an open one first). */
  improvementPlanId?: Maybe<Scalars['ID']['output']>;
  /** OPEN or CLOSED; null when there is none. */
  improvementPlanStatus?: Maybe<ImprovementPlanStatus>;
  /** The plan's target to reach. */
  improvementPlanTarget?: Maybe<Scalars['String']['output']>;
  /** The manager's follow-up task, if any. */
  taskId?: Maybe<Scalars['Int']['output']>;
  /** OPEN, DONE or CANCELLED. */
  taskStatus?: Maybe<Scalars['String']['output']>;
  /** NO_CHANGE or RETRAIN. */
  verdict: Scalars['String']['output'];
};

/** What a manager does about an alert; each lands on its follow-up task and the audit log. */
export type TeamAlertAction =
  | 'ASSIGN_COURSE'
  | 'ASSIGN_RETRAINING'
  | 'CLOSE_IMPROVEMENT_PLAN'
  | 'MARK_HANDLED'
  | 'OPEN_IMPROVEMENT_PLAN'
  | 'RECORD_CAUSE'
  | 'SCHEDULE_CONVERSATION';

export type TeamAlertActionInput = {
  action: TeamAlertAction;
  /** RECORD_CAUSE: the cause found. */
  causeCode?: InputMaybe<CauseCode>;
  /** ASSIGN_COURSE: the course to take instead (global id). */
  courseId?: InputMaybe<Scalars['ID']['input']>;
  /** SCHEDULE_CONVERSATION: the day of the talk. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** OPEN_IMPROVEMENT_PLAN: the target to reach (1–500 characters). */
  target?: InputMaybe<Scalars['String']['input']>;
};

export type TeamAlertActionTaken = {
  __typename?: 'TeamAlertActionTaken';
  action: TeamAlertAction;
  at: Scalars['DateTime']['output'];
};

export type TeamAlertConnection = {
  __typename?: 'TeamAlertConnection';
  edges: Array<TeamAlertEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<TeamAlert>;
  pageInfo: PageInfo;
  summary: TeamAlertSummary;
  /** Number of matching rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type TeamAlertEdge = {
  __typename?: 'TeamAlertEdge';
  cursor: Scalars['String']['output'];
  node: TeamAlert;
};

/** Combined with AND; the caller’s row scope always applies on top. */
export type TeamAlertFilter = {
  /** A department: it and its whole subtree. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of the name or the employee number. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** NO_CHANGE and/or RETRAIN (default both). */
  verdicts?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The alert's follow-up task after the action. */
export type TeamAlertFollowUp = {
  __typename?: 'TeamAlertFollowUp';
  cause?: Maybe<CauseCode>;
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** ASSIGN_RETRAINING: the new enrollment. */
  retrainingEnrollmentId?: Maybe<Scalars['Int']['output']>;
  /** OPEN, DONE or CANCELLED. */
  status: Scalars['String']['output'];
  taskId: Scalars['Int']['output'];
};

/** Totals over the whole scope (every page). */
export type TeamAlertSummary = {
  __typename?: 'TeamAlertSummary';
  byVerdict: Array<TeamAlertVerdictCount>;
  total: Scalars['Int']['output'];
};

export type TeamAlertVerdictCount = {
  __typename?: 'TeamAlertVerdictCount';
  count: Scalars['Int']['output'];
  verdict: Scalars['String']['output'];
};

/** Where a review's training adjustment came from. */
export type TrainingAdjustmentSource = {
  __typename?: 'TrainingAdjustmentSource';
  courseName: Scalars['String']['output'];
  enrollmentId: Scalars['Int']['output'];
  formula: Scalars['String']['output'];
  points: Scalars['Float']['output'];
  ruleVersion: Scalars['Int']['output'];
  verdict: ImpactVerdict;
};

/** Training → performance: the verdict for one completed enrollment. */
export type TrainingImpact = {
  __typename?: 'TrainingImpact';
  actions: Array<ImpactAction>;
  adjustmentQuarter?: Maybe<Scalars['String']['output']>;
  contributionPct?: Maybe<Scalars['Float']['output']>;
  evaluatedAt?: Maybe<Scalars['DateTime']['output']>;
  formula: Scalars['String']['output'];
  kpis: Array<KpiImpact>;
  /** Points added to the quarter's performance score. */
  performanceAdjustment?: Maybe<Scalars['Float']['output']>;
  ruleKey: Scalars['String']['output'];
  ruleVersion: Scalars['Int']['output'];
  /** true when stored (final); false for a live preview. */
  stored: Scalars['Boolean']['output'];
  verdict: ImpactVerdict;
};

/** One month of training activity (view training_participation). n = headcount. */
export type TrainingParticipation = {
  __typename?: 'TrainingParticipation';
  /** The data's last day (the latest enrollment start; null when there is none): months are counted up to it. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** finished / enrollments, by month of enrollment (cohort). */
  completionRate?: Maybe<Scalars['Float']['output']>;
  /** Training cost (course cost per participant, withdrawn enrollments excluded) of the month's enrollments, CNY. */
  cost: Scalars['Decimal']['output'];
  /** cost / headcount — training spend per employed person in the month, CNY. */
  costPerEmployee?: Maybe<Scalars['Decimal']['output']>;
  /** Set when broken down by DEPARTMENT. */
  departmentId?: Maybe<Scalars['ID']['output']>;
  departmentName?: Maybe<Scalars['String']['output']>;
  /** Enrollments starting in the month (every attempt, every status). */
  enrollments: Scalars['Int']['output'];
  /** Training hours attended on the month's enrollments. */
  hours: Scalars['Float']['output'];
  /** hours / headcount — training hours per employed person in the month. */
  hoursPerEmployee?: Maybe<Scalars['Float']['output']>;
  /** mandatory_participants / headcount, per month. */
  mandatoryParticipationRate?: Maybe<Scalars['Float']['output']>;
  /** First day of the month. */
  month: Scalars['Date']['output'];
  /** Employees employed in the month. */
  n: Scalars['Int']['output'];
  /** The month runs past asOf (the current month): its counts are incomplete, not a drop. Charts mark it. */
  partial: Scalars['Boolean']['output'];
  /** Employees with at least one enrollment starting in the month (any course, any status). Window — the month. */
  participants: Scalars['Int']['output'];
  /** participants / headcount — share of employed staff who started any course in the month. */
  participationRate?: Maybe<Scalars['Float']['output']>;
  /** passed / finished — share of finished enrollments that passed the exam, by month of enrollment. */
  passRate?: Maybe<Scalars['Float']['output']>;
  positionFamily?: Maybe<PositionFamily>;
  /** Employees with at least one voluntary (self-chosen) enrollment starting in the month. */
  voluntaryParticipants: Scalars['Int']['output'];
  /** Voluntary participation rate = voluntary_participants / headcount, per month: the share of employed staff who started at least one self-chosen (non-mandatory) course in the month (the article's "only 31 % take part in non-mandatory training"). */
  voluntaryParticipationRate?: Maybe<Scalars['Float']['output']>;
};

/** Training ROI of one cell (view training_roi): spend is every enrollment in the period and scope, benefit only the measured KPI gains of course effects with SUFFICIENT evidence; roi = (benefit − spend) / spend with its 95 % interval, null unless evidence = SUFFICIENT. n = participants. */
export type TrainingRoi = {
  __typename?: 'TrainingRoi';
  /** Benefit, CNY — Σ over measured employee × course pairs of Σ over the course's monetised KPIs with SUFFICIENT evidence of improvement_i × value per unit × W; improvement_i = did_i in the KPI's good direction, value per unit = kpi_definition.value_per_unit (CNY per unit per employee-month), W = window months (no extrapolation). KPIs in analytics.roi_excluded_kpi restate another KPI's gain and are not monetised. */
  benefit: Scalars['Decimal']['output'];
  /** benefit + 1.96 · SE(benefit) (95 %). */
  benefitCiHigh?: Maybe<Scalars['Decimal']['output']>;
  /** benefit − 1.96 · SE(benefit) (95 %). */
  benefitCiLow?: Maybe<Scalars['Decimal']['output']>;
  category?: Maybe<Scalars['String']['output']>;
  courseId?: Maybe<Scalars['ID']['output']>;
  /** Coverage = measured_spend / spend — the share of spend whose outcome was measured. */
  coverage?: Maybe<Scalars['Float']['output']>;
  departmentId?: Maybe<Scalars['ID']['output']>;
  /** SUFFICIENT — ≥ 30 credited pairs in the cell and the benefit's 95 % CI excludes 0; INSUFFICIENT_DATA — fewer than 30 measured pairs whose course effect has both arms ≥ 30; NOT_SIGNIFICANT — otherwise. Only SUFFICIENT cells carry net_benefit and roi. */
  evidence: EvidenceLevel;
  /** The cell; null for TOTAL. */
  label?: Maybe<Scalars['String']['output']>;
  /** Uncredited money value of every measured KPI gain, CNY — Σ improvement × value per unit × W over all monetised KPIs, whatever their evidence. For audit only: not part of ROI. */
  measuredBenefit: Scalars['Decimal']['output'];
  /** Distinct employees with a measured (monetised) KPI outcome in the cell (period = completion month). */
  measuredPeople: Scalars['Int']['output'];
  /** Spend on enrollments of employee × course pairs whose KPI outcome was measured (a BENEFIT row exists). */
  measuredSpend: Scalars['Decimal']['output'];
  /** Participants: distinct employees with an enrollment in the cell. */
  n: Scalars['Int']['output'];
  /** benefit − spend, CNY; null unless roi_evidence = SUFFICIENT. */
  netBenefit?: Maybe<Scalars['Decimal']['output']>;
  /** The employee's current position family. */
  positionFamily?: Maybe<PositionFamily>;
  /** ROI = (benefit − spend) / spend over ALL spend in the cell (unmeasured training returns 0); null unless roi_evidence = SUFFICIENT. */
  roi?: Maybe<Scalars['Float']['output']>;
  /** (benefit_ci_high − spend) / spend. */
  roiCiHigh?: Maybe<Scalars['Float']['output']>;
  /** (benefit_ci_low − spend) / spend — 95 % interval of the ROI (spend is known, benefit is estimated). */
  roiCiLow?: Maybe<Scalars['Float']['output']>;
  /** Spend, CNY — Σ course cost per participant over every enrollment in the cell and period (all training, every attempt; withdrawn enrollments cost 0). Participants' time is not costed (the data has no salaries). */
  spend: Scalars['Decimal']['output'];
};

/** One employee × course behind training ROI (view training_roi_detail), in the period. */
export type TrainingRoiDetail = {
  __typename?: 'TrainingRoiDetail';
  /** Benefit, CNY — Σ over measured employee × course pairs of Σ over the course's monetised KPIs with SUFFICIENT evidence of improvement_i × value per unit × W; improvement_i = did_i in the KPI's good direction, value per unit = kpi_definition.value_per_unit (CNY per unit per employee-month), W = window months (no extrapolation). KPIs in analytics.roi_excluded_kpi restate another KPI's gain and are not monetised. */
  benefit: Scalars['Decimal']['output'];
  courseId: Scalars['ID']['output'];
  courseName: Scalars['String']['output'];
  departmentName: Scalars['String']['output'];
  employeeId: Scalars['ID']['output'];
  employeeName: Scalars['String']['output'];
  /** Uncredited money value of every measured KPI gain, CNY — Σ improvement × value per unit × W over all monetised KPIs, whatever their evidence. For audit only: not part of ROI. */
  measuredBenefit: Scalars['Decimal']['output'];
  /** Spend, CNY — Σ course cost per participant over every enrollment in the cell and period (all training, every attempt; withdrawn enrollments cost 0). Participants' time is not costed (the data has no salaries). */
  spend: Scalars['Decimal']['output'];
};

/** Only the fields given are changed. */
export type UpdateCourseInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  core?: InputMaybe<Scalars['Boolean']['input']>;
  cost?: InputMaybe<Scalars['Decimal']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  hours?: InputMaybe<Scalars['Float']['input']>;
  mandatory?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  passScore?: InputMaybe<Scalars['Float']['input']>;
};

/** HR: change one KPI binding of a course; stored as a new version of its TRAINING_IMPACT rule. */
export type UpdateCourseKpiBindingInput = {
  courseId: Scalars['ID']['input'];
  direction?: InputMaybe<KpiDirection>;
  /** The binding’s key in the rule (e.g. SALES_GROWTH); a new key adds a binding. */
  key: Scalars['String']['input'];
  /** KpiDefinition code the binding reads. */
  kpiCode?: InputMaybe<Scalars['String']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  measure?: InputMaybe<KpiMeasure>;
  /** Remove this binding (and its thresholds) from the rule. */
  remove?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces every threshold of this binding; omitted = unchanged. */
  thresholds?: InputMaybe<Array<KpiBindingThresholdInput>>;
  /** Weight in the contribution %. */
  weight?: InputMaybe<Scalars['Float']['input']>;
  /** Tracking window (months) of the whole rule. */
  windowMonths?: InputMaybe<Scalars['Int']['input']>;
};

/** The authenticated caller. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Your own employee record, if your login has one. */
  employee?: Maybe<Employee>;
  role: Role;
  /** Integration scopes (archive:read, archive:write, kpi:write, pii:read). */
  scopes: Array<Scalars['String']['output']>;
  /** app_user id (JWT sub). */
  userId: Scalars['Int']['output'];
  username?: Maybe<Scalars['String']['output']>;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<WebhookDeliveryType>;
  pageInfo: PageInfo;
  /** Number of matching rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDeliveryType;
};

/** PENDING → DELIVERED, or RETRYING (back-off) … → DEAD after the last attempt. */
export type WebhookDeliveryStatus =
  | 'DEAD'
  | 'DELIVERED'
  | 'PENDING'
  | 'RETRYING';

/** One event for one subscription: attempts, back-off and outcome. */
export type WebhookDeliveryType = {
  __typename?: 'WebhookDeliveryType';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  databaseId: Scalars['Int']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event id: the Idempotency-Key header receivers deduplicate on. */
  eventId: Scalars['String']['output'];
  eventType: WebhookEventType;
  lastError?: Maybe<Scalars['String']['output']>;
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  nextAttemptAt: Scalars['DateTime']['output'];
  status: WebhookDeliveryStatus;
  subscriptionId: Scalars['Int']['output'];
};

/** Domain events delivered to webhook subscriptions (docs/api.md "Webhooks"). */
export type WebhookEventType =
  | 'AWARD_PUBLISHED'
  | 'COURSE_COMPLETED'
  | 'GATE_MET'
  | 'KPI_BATCH_PROCESSED'
  | 'PROMOTION_DECIDED'
  | 'VERDICT';

/** Where events are POSTed, signed with the subscription’s secret. */
export type WebhookSubscriptionType = {
  __typename?: 'WebhookSubscriptionType';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  databaseId: Scalars['Int']['output'];
  description?: Maybe<Scalars['String']['output']>;
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  eventTypes: Array<WebhookEventType>;
  url: Scalars['String']['output'];
};

/** Work created by the linkage workflow (practice, review, retrain …). */
export type WorkflowTask = {
  __typename?: 'WorkflowTask';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  databaseId: Scalars['Int']['output'];
  status: Scalars['String']['output'];
  subjectId?: Maybe<Scalars['Int']['output']>;
  subjectType?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type FilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterOptionsQuery = { __typename?: 'Query', departments: Array<{ __typename?: 'Department', id: string, name: string, depth: number, children: Array<{ __typename?: 'Department', id: string, name: string, depth: number }> }> };

export type OverviewRoiTotalQueryVariables = Exact<{
  filter?: InputMaybe<AnalyticsFilter>;
}>;


export type OverviewRoiTotalQuery = { __typename?: 'Query', analytics?: { __typename?: 'Analytics', trainingRoi?: Array<{ __typename?: 'TrainingRoi', n: number, spend: string, measuredSpend: string, coverage?: number | null, measuredPeople: number, benefit: string, benefitCiLow?: string | null, benefitCiHigh?: string | null, evidence: EvidenceLevel, roi?: number | null, roiCiLow?: number | null, roiCiHigh?: number | null }> | null } | null };

export type OverviewParticipationQueryVariables = Exact<{
  filter?: InputMaybe<AnalyticsFilter>;
}>;


export type OverviewParticipationQuery = { __typename?: 'Query', analytics?: { __typename?: 'Analytics', participation?: Array<{ __typename?: 'TrainingParticipation', month: string, asOf?: string | null, partial: boolean, n: number, participants: number, participationRate?: number | null, voluntaryParticipants: number, voluntaryParticipationRate?: number | null, completionRate?: number | null, passRate?: number | null, enrollments: number }> | null } | null };

export type OverviewSpendGainQueryVariables = Exact<{
  filter?: InputMaybe<AnalyticsFilter>;
  roiBy: RoiBy;
}>;


export type OverviewSpendGainQuery = { __typename?: 'Query', analytics?: { __typename?: 'Analytics', trainingRoi?: Array<{ __typename?: 'TrainingRoi', label?: string | null, n: number, spend: string, benefit: string, coverage?: number | null, evidence: EvidenceLevel, roi?: number | null, roiCiLow?: number | null, roiCiHigh?: number | null }> | null } | null };

export type OverviewContributionQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewContributionQuery = { __typename?: 'Query', analytics?: { __typename?: 'Analytics', courseContribution?: Array<{ __typename?: 'CourseContribution', courseName: string, kpiCode: string, kpiName: string, kpiUnit: string, windowMonths: number, evidence: EvidenceLevel, n: number, estimate?: number | null, ciLow?: number | null, ciHigh?: number | null }> | null } | null };

export type OverviewLecturersQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewLecturersQuery = { __typename?: 'Query', analytics?: { __typename?: 'Analytics', lecturerValueAdded?: Array<{ __typename?: 'LecturerValueAdded', lecturerName: string, n: number, scored: number, avgExamScore?: number | null, examValueAdded?: number | null }> | null } | null };

export type PromotionProfileQueryVariables = Exact<{
  itemType: ProfileItemType;
}>;


export type PromotionProfileQuery = { __typename?: 'Query', analytics?: { __typename?: 'Analytics', promotionProfile?: Array<{ __typename?: 'PromotionProfile', itemKey: string, itemName: string, n: number, promotedN: number, comparisonN: number, promotedShare?: number | null, comparisonShare?: number | null, lift?: number | null }> | null } | null };

export type AwardTraitsQueryVariables = Exact<{ [key: string]: never; }>;


export type AwardTraitsQuery = { __typename?: 'Query', analytics?: { __typename?: 'Analytics', awardTraits?: Array<{ __typename?: 'AwardTraitShare', trait: AwardTrait, n: number, nominations: number, winnerShare?: number | null, nomineeShare?: number | null, lift?: number | null }> | null } | null };

export type EmployeePickerQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  positionId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<EmployeeSortField>;
  direction?: InputMaybe<SortDirection>;
}>;


export type EmployeePickerQuery = { __typename?: 'Query', employees: { __typename?: 'EmployeeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Employee', id: string, name: string, employeeNo: string, hireDate: string, position: { __typename?: 'Position', id: string, name: string, level: number }, department: { __typename?: 'Department', id: string, name: string } }> } };

export type ArchiveFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ArchiveFilterOptionsQuery = { __typename?: 'Query', departments: Array<{ __typename?: 'Department', id: string, name: string, children: Array<{ __typename?: 'Department', id: string, name: string, children: Array<{ __typename?: 'Department', id: string, name: string }> }> }>, positions: Array<{ __typename?: 'Position', id: string, name: string, level: number }> };

export type MyEmployeeQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEmployeeQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', role: Role, employee?: { __typename?: 'Employee', id: string, name: string } | null } };

export type GrowthArchiveQueryVariables = Exact<{
  employeeId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
}>;


export type GrowthArchiveQuery = { __typename?: 'Query', growthArchive: { __typename?: 'GrowthArchive', from?: string | null, to?: string | null, generatedAt: string, employee: { __typename?: 'Employee', id: string, name: string, employeeNo: string, department: { __typename?: 'Department', id: string, name: string }, position: { __typename?: 'Position', id: string, name: string, competencyRequirements: Array<{ __typename?: 'CompetencyRequirement', requiredLevel: number, competency: { __typename?: 'Competency', code: string, name: string } }> }, enrollments: Array<{ __typename?: 'Enrollment', id: string, status: EnrollmentStatus, completedOn?: string | null, course: { __typename?: 'Course', id: string, name: string, competencies: Array<{ __typename?: 'CourseCompetency', weight: number, competency: { __typename?: 'Competency', code: string } }> } }> }, summary: { __typename?: 'GrowthArchiveSummary', year: number, hoursThisYear: number, standardHours?: number | null, hoursRatio?: number | null, coreCoursesPassed: number, approvedCases: number, adoptedCases: number, lecturesGiven: number, lectureRating?: number | null, latestRating?: PerformanceRating | null, latestReviewPeriod?: string | null, currentPosition: { __typename?: 'Position', id: string, name: string }, nextPositions: Array<{ __typename?: 'CareerPath', typicalMonths?: number | null, toPosition: { __typename?: 'Position', id: string, name: string, competencyRequirements: Array<{ __typename?: 'CompetencyRequirement', requiredLevel: number, competency: { __typename?: 'Competency', code: string, name: string } }> } }> }, events: Array<
      | { __typename: 'AwardedEvent', awardTitle: string, campaignName: string, key: string, occurredOn: string, title: string }
      | { __typename: 'EnrollmentCompletedEvent', passed: boolean, hours: number, examScore?: number | null, practiceScore?: number | null, key: string, occurredOn: string, title: string, course: { __typename?: 'Course', id: string, name: string } }
      | { __typename: 'KpiChangeEvent', month: string, value: number, change?: number | null, improved?: boolean | null, key: string, occurredOn: string, title: string, kpi: { __typename?: 'KpiDefinition', code: string, name: string, unit: string } }
      | { __typename: 'LectureGivenEvent', lectureRating?: number | null, ratingCount: number, key: string, occurredOn: string, title: string, course: { __typename?: 'Course', id: string, name: string } }
      | { __typename: 'PerformanceReviewedEvent', rating: PerformanceRating, finalScore: number, key: string, occurredOn: string, title: string }
      | { __typename: 'PracticeCaseAdoptedEvent', key: string, occurredOn: string, title: string, practiceCase: { __typename?: 'PracticeCase', id: string, title: string } }
      | { __typename: 'PracticeCaseApprovedEvent', score?: number | null, key: string, occurredOn: string, title: string, practiceCase: { __typename?: 'PracticeCase', id: string, title: string } }
      | { __typename: 'PracticeCaseCitedEvent', note?: string | null, key: string, occurredOn: string, title: string, department: { __typename?: 'Department', id: string, name: string }, practiceCase: { __typename?: 'PracticeCase', id: string, title: string } }
      | { __typename: 'PracticeCaseSubmittedEvent', key: string, occurredOn: string, title: string, practiceCase: { __typename?: 'PracticeCase', id: string, title: string } }
      | { __typename: 'PromotedEvent', key: string, occurredOn: string, title: string, fromPosition: { __typename?: 'Position', id: string, name: string }, toPosition: { __typename?: 'Position', id: string, name: string } }
    > } };

export type DevLoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
}>;


export type DevLoginMutation = { __typename?: 'Mutation', devLogin: { __typename?: 'AuthPayload', token: string, viewer: { __typename?: 'Viewer', role: Role, username?: string | null } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', userId: number, username?: string | null, role: Role, employee?: { __typename?: 'Employee', id: string, databaseId: number, name: string, position: { __typename?: 'Position', id: string, name: string }, department: { __typename?: 'Department', id: string, name: string } } | null } };

export type AwardCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type AwardCampaignsQuery = { __typename?: 'Query', awardCampaigns: Array<{ __typename?: 'AwardCampaignSummary', id: string, databaseId: number, name: string, period: string, periodStart: string, periodEnd: string, status: string, standardHours: number, ruleVersion?: number | null }> };

export type AwardRankingQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type AwardRankingQuery = { __typename?: 'Query', awardCampaignRanking: Array<{ __typename?: 'AwardRankingEntry', employeeId: string, name: string, total: number, rank?: number | null, result: string, exclusionCodes: Array<{ __typename?: 'AwardExclusion', code: ExclusionCode, required: number, actual?: number | null, requiredRating?: string | null, actualRating?: string | null }>, evidence: Array<{ __typename?: 'Evidence', type: string, id: number, name?: string | null, date?: string | null, link?: string | null }>, criteria: Array<{ __typename?: 'AwardCriterionScore', type: string, weight: number, score: number, formula: string, items: Array<{ __typename?: 'AwardCriterionItem', key: string, met: boolean, actualValue: number, requiredValue: number, meanRating?: number | null, points: number }> }> }> };

export type ScoreAwardCampaignMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type ScoreAwardCampaignMutation = { __typename?: 'Mutation', scoreAwardCampaign: Array<{ __typename?: 'AwardRankingEntry', employeeId: string, total: number, rank?: number | null }> };

export type SuccessStoriesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SuccessStoriesQuery = { __typename?: 'Query', successStories: Array<{ __typename?: 'SuccessStory', databaseId: number, title: string, body: string, employeeId: string, employeeName: string, publishedAt?: string | null, campaign?: string | null, hours?: number | null, adoptedCases?: number | null, ratedLectures?: number | null, rank?: number | null }> };

export type NominateForAwardMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  employeeId: Scalars['ID']['input'];
}>;


export type NominateForAwardMutation = { __typename?: 'Mutation', nominateForAward: Array<{ __typename?: 'AwardRankingEntry', employeeId: string, result: string }> };

export type DecideAwardNominationMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  employeeId: Scalars['ID']['input'];
  awarded: Scalars['Boolean']['input'];
}>;


export type DecideAwardNominationMutation = { __typename?: 'Mutation', decideAwardNomination: Array<{ __typename?: 'AwardRankingEntry', employeeId: string, result: string }> };

export type PublishAwardCampaignMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type PublishAwardCampaignMutation = { __typename?: 'Mutation', publishAwardCampaign: { __typename?: 'AwardCampaignSummary', id: string, status: string } };

export type ImportArchiveMutationVariables = Exact<{
  input: ImportArchiveInput;
}>;


export type ImportArchiveMutation = { __typename?: 'Mutation', importArchive: { __typename?: 'ImportReport', kind: ImportKind, format: ImportFormat, dryRun: boolean, committed: boolean, totalRows: number, inserted: number, updated: number, unchanged: number, rejected: number, errorCount: number, ignoredColumns: Array<string>, errors: Array<{ __typename?: 'ImportRowError', row: number, field: string, code?: string | null, values?: Record<string, unknown> | null }> } };

export type MyPathQueryVariables = Exact<{
  employeeId: Scalars['ID']['input'];
}>;


export type MyPathQuery = { __typename?: 'Query', promotionPaths: Array<{ __typename?: 'PromotionPath', employeeId: string, targetPositionId: string, targetPosition: string, ruleVersion: number, asOf: string, eligible: boolean, readinessPct: number, estimatedMonths?: number | null, paceHoursPerMonth?: number | null, remainingHours: number, formula: string, missing: Array<string>, competencyMatchPct: number, competencyGaps: Array<string>, gates: Array<{ __typename?: 'PromotionGate', key: string, code: GateCode, courseName?: string | null, passed: boolean, checks: Array<{ __typename?: 'GateCheck', code: GateCheckCode, required: number, actual?: number | null, passed: boolean, requiredRating?: string | null, actualRating?: string | null }> }>, remainingCourses: Array<{ __typename?: 'RemainingCourse', name: string, hours: number }>, nextCourse?: { __typename?: 'NextCourse', courseId: number, name: string, hours: number, reasonCode: NextCourseReason, closes: Array<string>, measuredImpactPct?: number | null } | null }> };

export type MyInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInboxQuery = { __typename?: 'Query', myTasks: Array<{ __typename?: 'WorkflowTask', databaseId: number, type: string, title: string, status: string, createdAt: string, completedAt?: string | null, subjectType?: string | null, subjectId?: number | null }>, myNotifications: Array<{ __typename?: 'InboxNotification', databaseId: number, type: string, title: string, body?: string | null, data?: Record<string, unknown> | null, readAt?: string | null, createdAt: string }> };

export type CasesAwaitingReviewQueryVariables = Exact<{ [key: string]: never; }>;


export type CasesAwaitingReviewQuery = { __typename?: 'Query', practiceCases: { __typename?: 'PracticeCaseConnection', nodes: Array<{ __typename?: 'PracticeCase', databaseId: number, title: string, submittedAt: string, employee?: { __typename?: 'Employee', name: string } | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['Int']['input']> | Scalars['Int']['input'];
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type PromotionPipelineQueryVariables = Exact<{
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  family?: InputMaybe<PositionFamily>;
}>;


export type PromotionPipelineQuery = { __typename?: 'Query', promotionCandidates: { __typename?: 'PromotionCandidateConnection', summary: { __typename?: 'PromotionPipelineSummary', asOf: string, candidates: number, eligible: number, targets: Array<{ __typename?: 'PromotionPipelineTarget', targetPositionId: string, targetPosition: string, ruleVersion: number, candidates: number, eligible: number }>, blocked: Array<{ __typename?: 'PromotionPipelineBlock', targetPositionId: string, targetPosition: string, gateKey: string, gateKind: string, courseName?: string | null, count: number }> } } };

export type EligibleCandidatesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EligibleCandidatesQuery = { __typename?: 'Query', promotionCandidates: { __typename?: 'PromotionCandidateConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, summary: { __typename?: 'PromotionPipelineSummary', candidates: number, eligible: number }, nodes: Array<{ __typename?: 'PromotionCandidate', employeeId: string, employeeNo: string, name: string, passedGates: number, totalGates: number, path: { __typename?: 'PromotionPath', targetPositionId: string, targetPosition: string } }> } };

export type CareerStepsQueryVariables = Exact<{
  family?: InputMaybe<PositionFamily>;
}>;


export type CareerStepsQuery = { __typename?: 'Query', positions: Array<{ __typename?: 'Position', id: string, name: string, family: PositionFamily, nextPositions: Array<{ __typename?: 'CareerPath', typicalMonths?: number | null, toPosition: { __typename?: 'Position', id: string, name: string } }> }> };

export type PromotionTimingQueryVariables = Exact<{
  filter?: InputMaybe<AnalyticsFilter>;
}>;


export type PromotionTimingQuery = { __typename?: 'Query', analytics?: { __typename?: 'Analytics', promotionTiming?: Array<{ __typename?: 'PromotionTiming', fromPositionId: string, fromPosition: string, toPositionId: string, toPosition: string, positionFamily?: PositionFamily | null, n: number, avgMonths?: number | null, minMonths?: number | null, maxMonths?: number | null }> | null } | null };

export type EnrollInCourseMutationVariables = Exact<{
  input: EnrollInput;
}>;


export type EnrollInCourseMutation = { __typename?: 'Mutation', enroll: { __typename?: 'Enrollment', id: string, status: EnrollmentStatus, enrolledOn: string } };

export type RuleVersionsQueryVariables = Exact<{
  kind: RuleKind;
  key: Scalars['String']['input'];
}>;


export type RuleVersionsQuery = { __typename?: 'Query', rules: Array<{ __typename?: 'Rule', databaseId: number, version: number, active: boolean, createdAt: string, createdBy?: string | null, definition: Record<string, unknown> }> };

export type PreviewRuleChangeQueryVariables = Exact<{
  kind: RuleKind;
  key: Scalars['String']['input'];
  definition: Scalars['JSONObject']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PreviewRuleChangeQuery = { __typename?: 'Query', previewRuleChange: { __typename?: 'RulePreview', kind: RuleKind, key: string, currentVersion?: number | null, draftVersion: number, asOf: string, evaluated: number, changed: number, transitions: Array<{ __typename?: 'RulePreviewTransition', before: string, after: string, count: number }>, changes: Array<{ __typename?: 'RulePreviewChange', employeeId: string, employeeNo: string, name: string, subject: string, before: string, after: string, beforeValue?: number | null, afterValue?: number | null }> } };

export type SaveRuleVersionMutationVariables = Exact<{
  kind: RuleKind;
  key: Scalars['String']['input'];
  definition: Scalars['JSONObject']['input'];
}>;


export type SaveRuleVersionMutation = { __typename?: 'Mutation', saveRule: { __typename?: 'Rule', databaseId: number, kind: RuleKind, key: string, version: number, active: boolean, createdAt: string, createdBy?: string | null, definition: Record<string, unknown> } };

export type StoryFeedQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StoryFeedQuery = { __typename?: 'Query', successStoryFeed: Array<{ __typename?: 'FeedStory', databaseId: number, employeeName: string, departmentName: string, campaign?: string | null, title: string, body: string, publishedAt: string }> };

export type ActOnTeamAlertMutationVariables = Exact<{
  impactId: Scalars['Int']['input'];
  input: TeamAlertActionInput;
}>;


export type ActOnTeamAlertMutation = { __typename?: 'Mutation', actOnTeamAlert: { __typename?: 'TeamAlertFollowUp', taskId: number, status: string, dueOn?: string | null, cause?: CauseCode | null, retrainingEnrollmentId?: number | null } };

export type AssignableCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type AssignableCoursesQuery = { __typename?: 'Query', courses: { __typename?: 'CourseConnection', nodes: Array<{ __typename?: 'Course', id: string, name: string }> } };

export type PromotionQueueQueryVariables = Exact<{
  status?: InputMaybe<PromotionQueueStatus>;
  filter?: InputMaybe<PromotionApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PromotionQueueQuery = { __typename?: 'Query', promotionApplications: { __typename?: 'PromotionApplicationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'PromotionApplication', id: string, databaseId: number, status: string, decision?: string | null, eligible: boolean, ruleVersion?: number | null, employeeId?: string | null, employeeName?: string | null, employeeNo?: string | null, departmentName?: string | null, targetPositionId?: string | null, targetPosition?: string | null, submittedAt?: string | null, decidedAt?: string | null, decisionNote?: string | null }> } };

export type QueueApplicationFragment = { __typename?: 'PromotionApplication', id: string, databaseId: number, status: string, decision?: string | null, eligible: boolean, ruleVersion?: number | null, employeeId?: string | null, employeeName?: string | null, employeeNo?: string | null, departmentName?: string | null, targetPositionId?: string | null, targetPosition?: string | null, submittedAt?: string | null, decidedAt?: string | null, decisionNote?: string | null };

export type PromotionApplicationReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PromotionApplicationReportQuery = { __typename?: 'Query', promotionApplication?: { __typename?: 'PromotionApplication', id: string, databaseId: number, status: string, decision?: string | null, eligible: boolean, ruleVersion?: number | null, employeeId?: string | null, employeeName?: string | null, employeeNo?: string | null, departmentName?: string | null, targetPositionId?: string | null, targetPosition?: string | null, submittedAt?: string | null, decidedAt?: string | null, decisionNote?: string | null, report?: { __typename?: 'PromotionReport', ruleKey: string, ruleVersion: number, targetPosition: string, asOf: string, eligible: boolean, total: number, formula: string, formulaCode?: ReportFormulaCode | null, frozen: Record<string, unknown>, formulaTerms?: Array<{ __typename?: 'FormulaTerm', name: string, value?: number | null, code?: string | null, weight?: number | null }> | null, sections: Array<{ __typename?: 'ReportSection', key: string, weight: number, score: number, weighted: number, formula: string, formulaCode?: ReportFormulaCode | null, formulaTerms?: Array<{ __typename?: 'FormulaTerm', name: string, value?: number | null, code?: string | null, weight?: number | null }> | null, parts: Array<{ __typename?: 'ReportPart', key: string, weight: number, score: number, formula: string, formulaCode?: ReportFormulaCode | null, formulaTerms?: Array<{ __typename?: 'FormulaTerm', name: string, value?: number | null, code?: string | null, weight?: number | null }> | null }> }> } | null } | null };

export type DecideQueuedPromotionMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type DecideQueuedPromotionMutation = { __typename?: 'Mutation', decidePromotion: { __typename?: 'PromotionApplication', id: string, databaseId: number, status: string, decision?: string | null, eligible: boolean, ruleVersion?: number | null, employeeId?: string | null, employeeName?: string | null, employeeNo?: string | null, departmentName?: string | null, targetPositionId?: string | null, targetPosition?: string | null, submittedAt?: string | null, decidedAt?: string | null, decisionNote?: string | null, report?: { __typename?: 'PromotionReport', ruleKey: string, ruleVersion: number, targetPosition: string, asOf: string, eligible: boolean, total: number, formula: string, formulaCode?: ReportFormulaCode | null, frozen: Record<string, unknown>, formulaTerms?: Array<{ __typename?: 'FormulaTerm', name: string, value?: number | null, code?: string | null, weight?: number | null }> | null, sections: Array<{ __typename?: 'ReportSection', key: string, weight: number, score: number, weighted: number, formula: string, formulaCode?: ReportFormulaCode | null, formulaTerms?: Array<{ __typename?: 'FormulaTerm', name: string, value?: number | null, code?: string | null, weight?: number | null }> | null, parts: Array<{ __typename?: 'ReportPart', key: string, weight: number, score: number, formula: string, formulaCode?: ReportFormulaCode | null, formulaTerms?: Array<{ __typename?: 'FormulaTerm', name: string, value?: number | null, code?: string | null, weight?: number | null }> | null }> }> } | null } };

export type CasesToReviewQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CasesToReviewQuery = { __typename?: 'Query', practiceCases: { __typename?: 'PracticeCaseConnection', totalCount: number, nodes: Array<{ __typename?: 'PracticeCase', id: string, title: string, summary: string, submittedAt: string, employee?: { __typename?: 'Employee', id: string, name: string } | null, course?: { __typename?: 'Course', id: string, name: string } | null }> } };

export type ReviewPracticeCaseMutationVariables = Exact<{
  input: ReviewPracticeCaseInput;
}>;


export type ReviewPracticeCaseMutation = { __typename?: 'Mutation', reviewPracticeCase: { __typename?: 'PracticeCase', id: string, status: PracticeCaseStatus, reviewScore?: number | null, reviewComment?: string | null, reviewedAt?: string | null } };

export type ActiveRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveRulesQuery = { __typename?: 'Query', trainingImpact: Array<{ __typename?: 'Rule', databaseId: number, kind: RuleKind, key: string, version: number, active: boolean, createdAt: string, definition: Record<string, unknown> }>, promotion: Array<{ __typename?: 'Rule', databaseId: number, kind: RuleKind, key: string, version: number, active: boolean, createdAt: string, definition: Record<string, unknown> }>, award: Array<{ __typename?: 'Rule', databaseId: number, kind: RuleKind, key: string, version: number, active: boolean, createdAt: string, definition: Record<string, unknown> }> };

export type RuleFieldsFragment = { __typename?: 'Rule', databaseId: number, kind: RuleKind, key: string, version: number, active: boolean, createdAt: string, definition: Record<string, unknown> };

export type RuleHistoryQueryVariables = Exact<{
  kind: RuleKind;
  key: Scalars['String']['input'];
}>;


export type RuleHistoryQuery = { __typename?: 'Query', rules: Array<{ __typename?: 'Rule', databaseId: number, version: number, active: boolean, createdAt: string }> };

export type SaveRuleMutationVariables = Exact<{
  kind: RuleKind;
  key: Scalars['String']['input'];
  definition: Scalars['JSONObject']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
}>;


export type SaveRuleMutation = { __typename?: 'Mutation', saveRule: { __typename?: 'Rule', databaseId: number, kind: RuleKind, key: string, version: number, active: boolean, createdAt: string, definition: Record<string, unknown> } };

export type CandidateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CandidateQuery = { __typename?: 'Query', employee?: { __typename?: 'Employee', id: string, name: string, employeeNo: string, position: { __typename?: 'Position', id: string, name: string, nextPositions: Array<{ __typename?: 'CareerPath', toPosition: { __typename?: 'Position', id: string, name: string } }> } } | null };

export type FormulaTermFieldsFragment = { __typename?: 'FormulaTerm', name: string, value?: number | null, code?: string | null, weight?: number | null };

export type ReportFieldsFragment = { __typename?: 'PromotionReport', ruleKey: string, ruleVersion: number, targetPosition: string, asOf: string, eligible: boolean, total: number, formula: string, formulaCode?: ReportFormulaCode | null, frozen: Record<string, unknown>, formulaTerms?: Array<{ __typename?: 'FormulaTerm', name: string, value?: number | null, code?: string | null, weight?: number | null }> | null, sections: Array<{ __typename?: 'ReportSection', key: string, weight: number, score: number, weighted: number, formula: string, formulaCode?: ReportFormulaCode | null, formulaTerms?: Array<{ __typename?: 'FormulaTerm', name: string, value?: number | null, code?: string | null, weight?: number | null }> | null, parts: Array<{ __typename?: 'ReportPart', key: string, weight: number, score: number, formula: string, formulaCode?: ReportFormulaCode | null, formulaTerms?: Array<{ __typename?: 'FormulaTerm', name: string, value?: number | null, code?: string | null, weight?: number | null }> | null }> }> };

export type PromotionReportPreviewQueryVariables = Exact<{
  employeeId: Scalars['ID']['input'];
  targetPositionId: Scalars['ID']['input'];
}>;


export type PromotionReportPreviewQuery = { __typename?: 'Query', promotionReport: { __typename?: 'PromotionReport', ruleKey: string, ruleVersion: number, targetPosition: string, asOf: string, eligible: boolean, total: number, formula: string, formulaCode?: ReportFormulaCode | null, frozen: Record<string, unknown>, formulaTerms?: Array<{ __typename?: 'FormulaTerm', name: string, value?: number | null, code?: string | null, weight?: number | null }> | null, sections: Array<{ __typename?: 'ReportSection', key: string, weight: number, score: number, weighted: number, formula: string, formulaCode?: ReportFormulaCode | null, formulaTerms?: Array<{ __typename?: 'FormulaTerm', name: string, value?: number | null, code?: string | null, weight?: number | null }> | null, parts: Array<{ __typename?: 'ReportPart', key: string, weight: number, score: number, formula: string, formulaCode?: ReportFormulaCode | null, formulaTerms?: Array<{ __typename?: 'FormulaTerm', name: string, value?: number | null, code?: string | null, weight?: number | null }> | null }> }> } };

export type ApplyForPromotionMutationVariables = Exact<{
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  targetPositionId: Scalars['ID']['input'];
}>;


export type ApplyForPromotionMutation = { __typename?: 'Mutation', applyForPromotion: { __typename?: 'PromotionApplication', id: string, databaseId: number, status: string, eligible: boolean, decision?: string | null, ruleVersion?: number | null } };

export type DecidePromotionMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type DecidePromotionMutation = { __typename?: 'Mutation', decidePromotion: { __typename?: 'PromotionApplication', id: string, databaseId: number, status: string, eligible: boolean, decision?: string | null, ruleVersion?: number | null, report?: { __typename?: 'PromotionReport', ruleKey: string, ruleVersion: number, targetPosition: string, asOf: string, eligible: boolean, total: number, formula: string, formulaCode?: ReportFormulaCode | null, frozen: Record<string, unknown>, formulaTerms?: Array<{ __typename?: 'FormulaTerm', name: string, value?: number | null, code?: string | null, weight?: number | null }> | null, sections: Array<{ __typename?: 'ReportSection', key: string, weight: number, score: number, weighted: number, formula: string, formulaCode?: ReportFormulaCode | null, formulaTerms?: Array<{ __typename?: 'FormulaTerm', name: string, value?: number | null, code?: string | null, weight?: number | null }> | null, parts: Array<{ __typename?: 'ReportPart', key: string, weight: number, score: number, formula: string, formulaCode?: ReportFormulaCode | null, formulaTerms?: Array<{ __typename?: 'FormulaTerm', name: string, value?: number | null, code?: string | null, weight?: number | null }> | null }> }> } | null } };

export type TeamAlertsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TeamAlertFilter>;
}>;


export type TeamAlertsQuery = { __typename?: 'Query', teamAlerts: { __typename?: 'TeamAlertConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, summary: { __typename?: 'TeamAlertSummary', total: number, byVerdict: Array<{ __typename?: 'TeamAlertVerdictCount', verdict: string, count: number }> }, nodes: Array<{ __typename?: 'TeamAlert', impactId: number, employeeId: string, employeeName: string, departmentName: string, courseName: string, completedOn?: string | null, verdict: string, causes: Array<string>, taskStatus?: string | null, dueOn?: string | null, courseId: string, foundCause?: CauseCode | null, followUpNote?: string | null, improvementPlanStatus?: ImprovementPlanStatus | null, improvementPlanTarget?: string | null, actionsTaken: Array<{ __typename?: 'TeamAlertActionTaken', action: TeamAlertAction, at: string }>, impact: { __typename?: 'TrainingImpact', ruleVersion: number, formula: string, kpis: Array<{ __typename?: 'KpiImpact', key: string, label: string, delta?: number | null, insufficientCode?: InsufficientCode | null }> } }> } };

export const QueueApplicationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"targetPositionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetPosition"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<QueueApplicationFragment, unknown>;
export const RuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}}]}}]} as unknown as DocumentNode<RuleFieldsFragment, unknown>;
export const FormulaTermFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormulaTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormulaTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]} as unknown as DocumentNode<FormulaTermFieldsFragment, unknown>;
export const ReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"targetPosition"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"formulaCode"}},{"kind":"Field","name":{"kind":"Name","value":"formulaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormulaTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"formulaCode"}},{"kind":"Field","name":{"kind":"Name","value":"formulaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormulaTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"formulaCode"}},{"kind":"Field","name":{"kind":"Name","value":"formulaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormulaTermFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormulaTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormulaTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]} as unknown as DocumentNode<ReportFieldsFragment, unknown>;
export const FilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}}]}}]}}]} as unknown as DocumentNode<FilterOptionsQuery, FilterOptionsQueryVariables>;
export const OverviewRoiTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewRoiTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRoi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"TOTAL"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"measuredSpend"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"measuredPeople"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCiLow"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCiHigh"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"roi"}},{"kind":"Field","name":{"kind":"Name","value":"roiCiLow"}},{"kind":"Field","name":{"kind":"Name","value":"roiCiHigh"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewRoiTotalQuery, OverviewRoiTotalQueryVariables>;
export const OverviewParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"participationRate"}},{"kind":"Field","name":{"kind":"Name","value":"voluntaryParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"voluntaryParticipationRate"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewParticipationQuery, OverviewParticipationQueryVariables>;
export const OverviewSpendGainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewSpendGain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roiBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoiBy"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRoi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roiBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"roi"}},{"kind":"Field","name":{"kind":"Name","value":"roiCiLow"}},{"kind":"Field","name":{"kind":"Name","value":"roiCiHigh"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewSpendGainQuery, OverviewSpendGainQueryVariables>;
export const OverviewContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewContribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseContribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseName"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCode"}},{"kind":"Field","name":{"kind":"Name","value":"kpiName"}},{"kind":"Field","name":{"kind":"Name","value":"kpiUnit"}},{"kind":"Field","name":{"kind":"Name","value":"windowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewContributionQuery, OverviewContributionQueryVariables>;
export const OverviewLecturersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewLecturers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lecturerValueAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lecturerName"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"avgExamScore"}},{"kind":"Field","name":{"kind":"Name","value":"examValueAdded"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewLecturersQuery, OverviewLecturersQueryVariables>;
export const PromotionProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromotionProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileItemType"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemKey"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"promotedN"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonN"}},{"kind":"Field","name":{"kind":"Name","value":"promotedShare"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonShare"}},{"kind":"Field","name":{"kind":"Name","value":"lift"}}]}}]}}]}}]} as unknown as DocumentNode<PromotionProfileQuery, PromotionProfileQueryVariables>;
export const AwardTraitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardTraits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardTraits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trait"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"nominations"}},{"kind":"Field","name":{"kind":"Name","value":"winnerShare"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeShare"}},{"kind":"Field","name":{"kind":"Name","value":"lift"}}]}}]}}]}}]} as unknown as DocumentNode<AwardTraitsQuery, AwardTraitsQueryVariables>;
export const EmployeePickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmployeeSortField"}},"defaultValue":{"kind":"EnumValue","value":"NAME"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}},"defaultValue":{"kind":"EnumValue","value":"ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"positionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"hireDate"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployeePickerQuery, EmployeePickerQueryVariables>;
export const ArchiveFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArchiveFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<ArchiveFilterOptionsQuery, ArchiveFilterOptionsQueryVariables>;
export const MyEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEmployee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyEmployeeQuery, MyEmployeeQueryVariables>;
export const GrowthArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrowthArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"growthArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"competencyRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hoursThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"standardHours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursRatio"}},{"kind":"Field","name":{"kind":"Name","value":"coreCoursesPassed"}},{"kind":"Field","name":{"kind":"Name","value":"approvedCases"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedCases"}},{"kind":"Field","name":{"kind":"Name","value":"lecturesGiven"}},{"kind":"Field","name":{"kind":"Name","value":"lectureRating"}},{"kind":"Field","name":{"kind":"Name","value":"latestRating"}},{"kind":"Field","name":{"kind":"Name","value":"latestReviewPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"currentPosition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPositions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typicalMonths"}},{"kind":"Field","name":{"kind":"Name","value":"toPosition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"competencyRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentCompletedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"examScore"}},{"kind":"Field","name":{"kind":"Name","value":"practiceScore"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"improved"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceReviewedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"finalScore"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LectureGivenEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lectureRating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeCaseSubmittedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practiceCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeCaseApprovedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"practiceCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeCaseAdoptedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practiceCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeCaseCitedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practiceCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPosition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toPosition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardTitle"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrowthArchiveQuery, GrowthArchiveQueryVariables>;
export const DevLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<DevLoginMutation, DevLoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AwardCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standardHours"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}}]}}]}}]} as unknown as DocumentNode<AwardCampaignsQuery, AwardCampaignsQueryVariables>;
export const AwardRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCampaignRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"exclusionCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"requiredRating"}},{"kind":"Field","name":{"kind":"Name","value":"actualRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"actualValue"}},{"kind":"Field","name":{"kind":"Name","value":"requiredValue"}},{"kind":"Field","name":{"kind":"Name","value":"meanRating"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AwardRankingQuery, AwardRankingQueryVariables>;
export const ScoreAwardCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoreAwardCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreAwardCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]} as unknown as DocumentNode<ScoreAwardCampaignMutation, ScoreAwardCampaignMutationVariables>;
export const SuccessStoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuccessStories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"successStories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedCases"}},{"kind":"Field","name":{"kind":"Name","value":"ratedLectures"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]} as unknown as DocumentNode<SuccessStoriesQuery, SuccessStoriesQueryVariables>;
export const NominateForAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NominateForAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominateForAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<NominateForAwardMutation, NominateForAwardMutationVariables>;
export const DecideAwardNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAwardNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"awarded"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAwardNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"awarded"},"value":{"kind":"Variable","name":{"kind":"Name","value":"awarded"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<DecideAwardNominationMutation, DecideAwardNominationMutationVariables>;
export const PublishAwardCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAwardCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAwardCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublishAwardCampaignMutation, PublishAwardCampaignMutationVariables>;
export const ImportArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ignoredColumns"}}]}}]}}]} as unknown as DocumentNode<ImportArchiveMutation, ImportArchiveMutationVariables>;
export const MyPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionPaths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"targetPositionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetPosition"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"readinessPct"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMonths"}},{"kind":"Field","name":{"kind":"Name","value":"paceHoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"remainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"competencyMatchPct"}},{"kind":"Field","name":{"kind":"Name","value":"competencyGaps"}},{"kind":"Field","name":{"kind":"Name","value":"gates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"courseName"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"requiredRating"}},{"kind":"Field","name":{"kind":"Name","value":"actualRating"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"remainingCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCourse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"measuredImpactPct"}}]}}]}}]}}]} as unknown as DocumentNode<MyPathQuery, MyPathQueryVariables>;
export const MyInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<MyInboxQuery, MyInboxQueryVariables>;
export const CasesAwaitingReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesAwaitingReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practiceCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasesAwaitingReviewQuery, CasesAwaitingReviewQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const PromotionPipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromotionPipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"family"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PositionFamily"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"positionFamily"},"value":{"kind":"Variable","name":{"kind":"Name","value":"family"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetPositionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetPosition"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetPositionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetPosition"}},{"kind":"Field","name":{"kind":"Name","value":"gateKey"}},{"kind":"Field","name":{"kind":"Name","value":"gateKind"}},{"kind":"Field","name":{"kind":"Name","value":"courseName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PromotionPipelineQuery, PromotionPipelineQueryVariables>;
export const EligibleCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EligibleCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eligible"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"passedGates"}},{"kind":"Field","name":{"kind":"Name","value":"totalGates"}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetPositionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetPosition"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EligibleCandidatesQuery, EligibleCandidatesQueryVariables>;
export const CareerStepsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareerSteps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"family"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PositionFamily"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"family"},"value":{"kind":"Variable","name":{"kind":"Name","value":"family"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"nextPositions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typicalMonths"}},{"kind":"Field","name":{"kind":"Name","value":"toPosition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CareerStepsQuery, CareerStepsQueryVariables>;
export const PromotionTimingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromotionTiming"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionTiming"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPositionId"}},{"kind":"Field","name":{"kind":"Name","value":"fromPosition"}},{"kind":"Field","name":{"kind":"Name","value":"toPositionId"}},{"kind":"Field","name":{"kind":"Name","value":"toPosition"}},{"kind":"Field","name":{"kind":"Name","value":"positionFamily"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"avgMonths"}},{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}}]}}]}}]}}]} as unknown as DocumentNode<PromotionTimingQuery, PromotionTimingQueryVariables>;
export const EnrollInCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollInCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enroll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}}]}}]}}]} as unknown as DocumentNode<EnrollInCourseMutation, EnrollInCourseMutationVariables>;
export const RuleVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"history"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}}]}}]}}]} as unknown as DocumentNode<RuleVersionsQuery, RuleVersionsQueryVariables>;
export const PreviewRuleChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewRuleChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewRuleChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"definition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definition"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"beforeValue"}},{"kind":"Field","name":{"kind":"Name","value":"afterValue"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewRuleChangeQuery, PreviewRuleChangeQueryVariables>;
export const SaveRuleVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveRuleVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"definition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}}]}}]}}]} as unknown as DocumentNode<SaveRuleVersionMutation, SaveRuleVersionMutationVariables>;
export const StoryFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoryFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"successStoryFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<StoryFeedQuery, StoryFeedQueryVariables>;
export const ActOnTeamAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActOnTeamAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"impactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamAlertActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actOnTeamAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"impactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"impactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"retrainingEnrollmentId"}}]}}]}}]} as unknown as DocumentNode<ActOnTeamAlertMutation, ActOnTeamAlertMutationVariables>;
export const AssignableCoursesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignableCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AssignableCoursesQuery, AssignableCoursesQueryVariables>;
export const PromotionQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromotionQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionQueueStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionApplicationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueApplication"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"targetPositionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetPosition"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<PromotionQueueQuery, PromotionQueueQueryVariables>;
export const PromotionApplicationReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromotionApplicationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueApplication"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormulaTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormulaTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"targetPositionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetPosition"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"targetPosition"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"formulaCode"}},{"kind":"Field","name":{"kind":"Name","value":"formulaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormulaTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"formulaCode"}},{"kind":"Field","name":{"kind":"Name","value":"formulaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormulaTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"formulaCode"}},{"kind":"Field","name":{"kind":"Name","value":"formulaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormulaTermFields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PromotionApplicationReportQuery, PromotionApplicationReportQueryVariables>;
export const DecideQueuedPromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideQueuedPromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidePromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueApplication"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormulaTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormulaTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"targetPositionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetPosition"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"targetPosition"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"formulaCode"}},{"kind":"Field","name":{"kind":"Name","value":"formulaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormulaTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"formulaCode"}},{"kind":"Field","name":{"kind":"Name","value":"formulaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormulaTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"formulaCode"}},{"kind":"Field","name":{"kind":"Name","value":"formulaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormulaTermFields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecideQueuedPromotionMutation, DecideQueuedPromotionMutationVariables>;
export const CasesToReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesToReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practiceCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasesToReviewQuery, CasesToReviewQueryVariables>;
export const ReviewPracticeCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewPracticeCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewPracticeCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewPracticeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewScore"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]} as unknown as DocumentNode<ReviewPracticeCaseMutation, ReviewPracticeCaseMutationVariables>;
export const ActiveRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"trainingImpact"},"name":{"kind":"Name","value":"rules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"TRAINING_IMPACT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"promotion"},"name":{"kind":"Name","value":"rules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PROMOTION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"award"},"name":{"kind":"Name","value":"rules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"AWARD"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}}]}}]} as unknown as DocumentNode<ActiveRulesQuery, ActiveRulesQueryVariables>;
export const RuleHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"history"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RuleHistoryQuery, RuleHistoryQueryVariables>;
export const SaveRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"definition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definition"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}}]}}]}}]} as unknown as DocumentNode<SaveRuleMutation, SaveRuleMutationVariables>;
export const CandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Candidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nextPositions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toPosition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidateQuery, CandidateQueryVariables>;
export const PromotionReportPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromotionReportPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetPositionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetPositionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetPositionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormulaTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormulaTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"targetPosition"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"formulaCode"}},{"kind":"Field","name":{"kind":"Name","value":"formulaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormulaTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"formulaCode"}},{"kind":"Field","name":{"kind":"Name","value":"formulaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormulaTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"formulaCode"}},{"kind":"Field","name":{"kind":"Name","value":"formulaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormulaTermFields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PromotionReportPreviewQuery, PromotionReportPreviewQueryVariables>;
export const ApplyForPromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForPromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetPositionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForPromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetPositionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetPositionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}}]}}]}}]} as unknown as DocumentNode<ApplyForPromotionMutation, ApplyForPromotionMutationVariables>;
export const DecidePromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecidePromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidePromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FormulaTermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormulaTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"targetPosition"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"formulaCode"}},{"kind":"Field","name":{"kind":"Name","value":"formulaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormulaTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"formulaCode"}},{"kind":"Field","name":{"kind":"Name","value":"formulaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormulaTermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"formulaCode"}},{"kind":"Field","name":{"kind":"Name","value":"formulaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FormulaTermFields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecidePromotionMutation, DecidePromotionMutationVariables>;
export const TeamAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamAlertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impactId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"courseName"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"causes"}},{"kind":"Field","name":{"kind":"Name","value":"taskStatus"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"foundCause"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNote"}},{"kind":"Field","name":{"kind":"Name","value":"actionsTaken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlanTarget"}},{"kind":"Field","name":{"kind":"Name","value":"impact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"insufficientCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamAlertsQuery, TeamAlertsQueryVariables>;