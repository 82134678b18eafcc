import { graphql } from '../../graphql/generated';

export const EmployeePickerDocument = graphql(`
  query EmployeePicker(
    $search: String
    $departmentId: ID
    $positionId: ID
    $first: Int
    $after: String
    $sort: EmployeeSortField = NAME
    $direction: SortDirection = ASC
  ) {
    employees(
      first: $first
      after: $after
      filter: { search: $search, departmentId: $departmentId, positionId: $positionId, status: ACTIVE }
      sort: { field: $sort, direction: $direction }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        employeeNo
        hireDate
        position {
          id
          name
          level
        }
        department {
          id
          name
        }
      }
    }
  }
`);

/** The filters' choices: the org tree in the caller's scope (three levels) and the positions. */
export const ArchiveFilterOptionsDocument = graphql(`
  query ArchiveFilterOptions {
    departments {
      id
      name
      children {
        id
        name
        children {
          id
          name
        }
      }
    }
    positions {
      id
      name
      level
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
