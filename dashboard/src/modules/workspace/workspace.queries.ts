import { graphql } from '../../graphql/generated';

export const CasesToReviewDocument = graphql(`
  query CasesToReview($first: Int) {
    practiceCases(status: SUBMITTED, first: $first) {
      totalCount
      nodes {
        id
        title
        summary
        submittedAt
        employee {
          id
          name
        }
        course {
          id
          name
        }
      }
    }
  }
`);

export const ReviewPracticeCaseDocument = graphql(`
  mutation ReviewPracticeCase($input: ReviewPracticeCaseInput!) {
    reviewPracticeCase(input: $input) {
      id
      status
      reviewScore
      reviewComment
      reviewedAt
    }
  }
`);

export const ActiveRulesDocument = graphql(`
  query ActiveRules {
    trainingImpact: rules(kind: TRAINING_IMPACT) {
      ...RuleFields
    }
    promotion: rules(kind: PROMOTION) {
      ...RuleFields
    }
    award: rules(kind: AWARD) {
      ...RuleFields
    }
  }
  fragment RuleFields on Rule {
    databaseId
    kind
    key
    version
    active
    createdAt
    definition
  }
`);

export const RuleHistoryDocument = graphql(`
  query RuleHistory($kind: RuleKind!, $key: String!) {
    rules(kind: $kind, key: $key, history: true) {
      databaseId
      version
      active
      createdAt
    }
  }
`);

export const SaveRuleDocument = graphql(`
  mutation SaveRule($kind: RuleKind!, $key: String!, $definition: JSONObject!, $description: String) {
    saveRule(kind: $kind, key: $key, definition: $definition, description: $description) {
      databaseId
      kind
      key
      version
      active
      createdAt
      definition
    }
  }
`);

export const CandidateDocument = graphql(`
  query Candidate($id: ID!) {
    employee(id: $id) {
      id
      name
      employeeNo
      position {
        id
        name
        nextPositions {
          toPosition {
            id
            name
          }
        }
      }
    }
  }
`);

const reportFields = graphql(`
  fragment FormulaTermFields on FormulaTerm {
    name
    value
    code
    weight
  }
  fragment ReportFields on PromotionReport {
    ruleKey
    ruleVersion
    targetPosition
    asOf
    eligible
    total
    formula
    formulaCode
    formulaTerms {
      ...FormulaTermFields
    }
    frozen
    sections {
      key
      weight
      score
      weighted
      formula
      formulaCode
      formulaTerms {
        ...FormulaTermFields
      }
      parts {
        key
        weight
        score
        formula
        formulaCode
        formulaTerms {
          ...FormulaTermFields
        }
      }
    }
  }
`);
void reportFields;

export const PromotionReportDocument = graphql(`
  query PromotionReportPreview($employeeId: ID!, $targetPositionId: ID!) {
    promotionReport(employeeId: $employeeId, targetPositionId: $targetPositionId) {
      ...ReportFields
    }
  }
`);

export const ApplyForPromotionDocument = graphql(`
  mutation ApplyForPromotion($employeeId: ID, $targetPositionId: ID!) {
    applyForPromotion(employeeId: $employeeId, targetPositionId: $targetPositionId) {
      id
      databaseId
      status
      eligible
      decision
      ruleVersion
    }
  }
`);

export const DecidePromotionDocument = graphql(`
  mutation DecidePromotion($applicationId: ID!, $approve: Boolean!, $note: String) {
    decidePromotion(applicationId: $applicationId, approve: $approve, note: $note) {
      id
      databaseId
      status
      eligible
      decision
      ruleVersion
      report {
        ...ReportFields
      }
    }
  }
`);

/** Alerts of the caller's whole scope, computed by the API (exact, paged, totals per verdict). */
export const TeamAlertsDocument = graphql(`
  query TeamAlerts($first: Int, $after: String, $filter: TeamAlertFilter) {
    teamAlerts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      summary {
        total
        byVerdict {
          verdict
          count
        }
      }
      nodes {
        impactId
        employeeId
        employeeName
        departmentName
        courseName
        completedOn
        verdict
        causes
        taskStatus
        dueOn
        courseId
        foundCause
        followUpNote
        actionsTaken {
          action
          at
        }
        improvementPlanStatus
        improvementPlanTarget
        impact {
          ruleVersion
          formula
          kpis {
            key
            label
            delta
            insufficientCode
          }
        }
      }
    }
  }
`);
