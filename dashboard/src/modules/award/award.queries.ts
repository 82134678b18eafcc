import { graphql } from '../../graphql/generated';

export const AwardCampaignsDocument = graphql(`
  query AwardCampaigns {
    awardCampaigns {
      id
      databaseId
      name
      period
      periodStart
      periodEnd
      status
      standardHours
      ruleVersion
    }
  }
`);

export const AwardRankingDocument = graphql(`
  query AwardRanking($campaignId: ID!) {
    awardCampaignRanking(campaignId: $campaignId) {
      employeeId
      name
      total
      rank
      exclusionCodes {
        code
        required
        actual
        requiredRating
        actualRating
      }
      evidence {
        type
        id
      }
      criteria {
        type
        weight
        score
        formula
        items {
          key
          met
          actualValue
          requiredValue
          meanRating
          points
        }
      }
    }
  }
`);

export const ScoreAwardCampaignDocument = graphql(`
  mutation ScoreAwardCampaign($campaignId: ID!) {
    scoreAwardCampaign(campaignId: $campaignId) {
      employeeId
      total
      rank
    }
  }
`);

export const SuccessStoriesDocument = graphql(`
  query SuccessStories($first: Int) {
    successStories(first: $first) {
      databaseId
      title
      body
      employeeId
      employeeName
      publishedAt
    }
  }
`);
