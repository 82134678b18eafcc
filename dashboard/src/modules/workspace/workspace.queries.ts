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
