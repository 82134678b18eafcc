import { graphql } from '../../graphql/generated';

export const MyPathDocument = graphql(`
  query MyPath($employeeId: ID!) {
    promotionPaths(employeeId: $employeeId) {
      employeeId
      targetPositionId
      targetPosition
      ruleVersion
      asOf
      eligible
      readinessPct
      estimatedMonths
      paceHoursPerMonth
      remainingHours
      formula
      missing
      competencyMatchPct
      competencyGaps
      gates {
        key
        code
        courseName
        passed
        checks {
          code
          required
          actual
          passed
          requiredRating
          actualRating
        }
      }
      remainingCourses {
        name
        hours
      }
      nextCourse {
        courseId
        name
        hours
        reasonCode
        closes
        measuredImpactPct
      }
    }
  }
`);

export const MyInboxDocument = graphql(`
  query MyInbox {
    myTasks {
      databaseId
      type
      title
      status
      createdAt
      completedAt
      subjectType
      subjectId
    }
    myNotifications {
      databaseId
      type
      title
      body
      data
      readAt
      createdAt
    }
  }
`);

/** Submitted practice cases in a reviewer's scope: each is a review task in 我的任务. */
export const CasesAwaitingReviewDocument = graphql(`
  query CasesAwaitingReview {
    practiceCases(status: SUBMITTED, first: 100) {
      nodes {
        databaseId
        title
        submittedAt
        employee {
          name
        }
      }
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [Int!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

/**
 * The promotion pipeline of the caller's scope, evaluated by the API for every candidate
 * (promotionCandidates.summary); one row is enough, the summary covers every page.
 */
export const PromotionPipelineDocument = graphql(`
  query PromotionPipeline($departmentId: ID, $family: PositionFamily) {
    promotionCandidates(first: 1, filter: { departmentId: $departmentId, positionFamily: $family }) {
      summary {
        asOf
        candidates
        eligible
        targets {
          targetPositionId
          targetPosition
          ruleVersion
          candidates
          eligible
        }
        blocked {
          targetPositionId
          targetPosition
          gateKey
          gateKind
          courseName
          count
        }
      }
    }
  }
`);

/** HR's "find eligible candidates": the eligible ones of the whole scope, a page at a time. */
export const EligibleCandidatesDocument = graphql(`
  query EligibleCandidates($first: Int, $after: String) {
    promotionCandidates(first: $first, after: $after, filter: { eligible: true }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      summary {
        candidates
        eligible
      }
      nodes {
        employeeId
        employeeNo
        name
        passedGates
        totalGates
        path {
          targetPositionId
          targetPosition
        }
      }
    }
  }
`);

export const CareerStepsDocument = graphql(`
  query CareerSteps($family: PositionFamily) {
    positions(family: $family) {
      id
      name
      family
      nextPositions {
        typicalMonths
        toPosition {
          id
          name
        }
      }
    }
  }
`);

/** Measured months in the from-position before each promotion, per career step (Cube, n ≥ 5). */
export const PromotionTimingDocument = graphql(`
  query PromotionTiming($filter: AnalyticsFilter) {
    analytics {
      promotionTiming(filter: $filter) {
        fromPositionId
        fromPosition
        toPositionId
        toPosition
        positionFamily
        n
        avgMonths
        minMonths
        maxMonths
      }
    }
  }
`);

/** Self-enrolment in a course (the API defaults the employee to the caller). */
export const EnrollInCourseDocument = graphql(`
  mutation EnrollInCourse($input: EnrollInput!) {
    enroll(input: $input) {
      id
      status
      enrolledOn
    }
  }
`);
