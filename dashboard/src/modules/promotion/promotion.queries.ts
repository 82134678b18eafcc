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
        kind
        label
        passed
        actual
        required
        missing
      }
      remainingCourses {
        name
        hours
      }
      nextCourse {
        courseId
        name
        hours
        reason
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
    }
    myNotifications {
      databaseId
      type
      title
      body
      readAt
      createdAt
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [Int!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

/** Targets with a promotion rule and where their candidates come from (career-path edges). */
export const PipelineSetupDocument = graphql(`
  query PipelineSetup {
    rules(kind: PROMOTION) {
      key
      version
    }
    positions {
      id
      code
      name
      family
      previousPositions {
        fromPosition {
          id
          name
        }
      }
    }
  }
`);

export const PipelineCandidatesDocument = graphql(`
  query PipelineCandidates($positionId: ID!, $departmentId: ID) {
    employees(first: 100, filter: { positionId: $positionId, departmentId: $departmentId, status: ACTIVE }) {
      totalCount
      nodes {
        id
        name
        employeeNo
      }
    }
  }
`);

export const CandidatePathDocument = graphql(`
  query CandidatePath($employeeId: ID!, $targetPositionId: ID!) {
    promotionPath(employeeId: $employeeId, targetPositionId: $targetPositionId) {
      targetPosition
      eligible
      ruleVersion
      gates {
        key
        label
        passed
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
