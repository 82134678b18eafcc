import { graphql } from '../../graphql/generated';

export const EmployeePickerDocument = graphql(`
  query EmployeePicker($search: String, $first: Int) {
    employees(
      first: $first
      filter: { search: $search, status: ACTIVE }
      sort: { field: NAME, direction: ASC }
    ) {
      totalCount
      nodes {
        id
        name
        employeeNo
        position {
          id
          name
        }
        department {
          id
          name
        }
      }
    }
  }
`);

export const MyEmployeeDocument = graphql(`
  query MyEmployee {
    me {
      role
      employee {
        id
        name
      }
    }
  }
`);

export const GrowthArchiveDocument = graphql(`
  query GrowthArchive($employeeId: ID!, $from: Date, $to: Date) {
    growthArchive(employeeId: $employeeId, from: $from, to: $to) {
      from
      to
      generatedAt
      employee {
        id
        name
        employeeNo
        department {
          id
          name
        }
        position {
          id
          name
          competencyRequirements {
            requiredLevel
            competency {
              code
              name
            }
          }
        }
        enrollments {
          id
          status
          completedOn
          course {
            id
            name
            competencies {
              weight
              competency {
                code
              }
            }
          }
        }
      }
      summary {
        year
        hoursThisYear
        standardHours
        hoursRatio
        coreCoursesPassed
        approvedCases
        adoptedCases
        lecturesGiven
        lectureRating
        latestRating
        latestReviewPeriod
        currentPosition {
          id
          name
        }
        nextPositions {
          typicalMonths
          toPosition {
            id
            name
            competencyRequirements {
              requiredLevel
              competency {
                code
                name
              }
            }
          }
        }
      }
      events {
        __typename
        key
        occurredOn
        title
        ... on EnrollmentCompletedEvent {
          passed
          hours
          examScore
          practiceScore
          course {
            id
            name
          }
        }
        ... on KpiChangeEvent {
          month
          value
          change
          improved
          kpi {
            code
            name
            unit
          }
        }
        ... on PerformanceReviewedEvent {
          rating
          finalScore
        }
        ... on LectureGivenEvent {
          lectureRating
          ratingCount
          course {
            id
            name
          }
        }
        ... on PracticeCaseSubmittedEvent {
          practiceCase {
            id
            title
          }
        }
        ... on PracticeCaseApprovedEvent {
          score
          practiceCase {
            id
            title
          }
        }
        ... on PracticeCaseAdoptedEvent {
          practiceCase {
            id
            title
          }
        }
        ... on PracticeCaseCitedEvent {
          note
          department {
            id
            name
          }
          practiceCase {
            id
            title
          }
        }
        ... on PromotedEvent {
          fromPosition {
            id
            name
          }
          toPosition {
            id
            name
          }
        }
        ... on AwardedEvent {
          awardTitle
          campaignName
        }
      }
    }
  }
`);
