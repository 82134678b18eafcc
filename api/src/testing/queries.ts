/** GraphQL documents shared by several test files and the API benchmark (bench/src/api/scenarios.ts). */

/**
 * The full growth archive: every event type and the summary. Named so the benchmark's requests
 * carry an operation name; tests run it as the document's only operation, name or not.
 */
export const ARCHIVE_QUERY = `query Archive($id: ID!, $from: Date, $to: Date) {
  growthArchive(employeeId: $id, from: $from, to: $to) {
    employee { name }
    events {
      __typename key occurredOn title
      ... on EnrollmentCompletedEvent { passed hours examScore practiceScore course { code } enrollment { status } }
      ... on PracticeCaseSubmittedEvent { practiceCase { title } }
      ... on PracticeCaseApprovedEvent { score practiceCase { status } }
      ... on PracticeCaseAdoptedEvent { practiceCase { adoptedAt } }
      ... on PracticeCaseCitedEvent { department { name } note }
      ... on KpiChangeEvent { kpi { code } month value previousValue change improved }
      ... on PerformanceReviewedEvent { rating finalScore review { period } }
      ... on PromotedEvent { fromPosition { code } toPosition { code } }
      ... on AwardedEvent { awardTitle campaignName }
      ... on LectureGivenEvent { lectureRating ratingCount course { code } session { startsOn } }
    }
    summary { year hoursThisYear standardHours hoursRatio coreCoursesPassed approvedCases adoptedCases
      lecturesGiven lectureRating latestRating latestReviewPeriod currentPosition { code }
      nextPositions { toPosition { code } } }
  }
}`;
