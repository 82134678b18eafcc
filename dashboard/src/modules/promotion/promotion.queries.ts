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
