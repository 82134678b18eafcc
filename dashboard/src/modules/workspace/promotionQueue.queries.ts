import { graphql } from '../../graphql/generated';

/** HR's queue: one page of applications in a state, filtered by the applicant and the target. */
export const PromotionQueueDocument = graphql(`
  query PromotionQueue(
    $status: PromotionQueueStatus
    $filter: PromotionApplicationFilter
    $first: Int
    $after: String
  ) {
    promotionApplications(status: $status, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...QueueApplication
      }
    }
  }
  fragment QueueApplication on PromotionApplication {
    id
    databaseId
    status
    decision
    eligible
    ruleVersion
    employeeId
    employeeName
    employeeNo
    departmentName
    targetPositionId
    targetPosition
    submittedAt
    decidedAt
    decisionNote
  }
`);

/** One application with its frozen report (decided ones), for the report view and print. */
export const PromotionApplicationReportDocument = graphql(`
  query PromotionApplicationReport($id: ID!) {
    promotionApplication(id: $id) {
      ...QueueApplication
      report {
        ...ReportFields
      }
    }
  }
`);

/** The decision with HR's comment; the application comes back decided, its report frozen. */
export const DecideQueuedPromotionDocument = graphql(`
  mutation DecideQueuedPromotion($applicationId: ID!, $approve: Boolean!, $note: String) {
    decidePromotion(applicationId: $applicationId, approve: $approve, note: $note) {
      ...QueueApplication
      report {
        ...ReportFields
      }
    }
  }
`);
