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
      result
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
        name
        date
        link
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
      campaign
      hours
      adoptedCases
      ratedLectures
      rank
    }
  }
`);

export const NominateForAwardDocument = graphql(`
  mutation NominateForAward($campaignId: ID!, $employeeId: ID!) {
    nominateForAward(campaignId: $campaignId, employeeId: $employeeId) {
      employeeId
      result
    }
  }
`);

export const DecideAwardNominationDocument = graphql(`
  mutation DecideAwardNomination($campaignId: ID!, $employeeId: ID!, $awarded: Boolean!) {
    decideAwardNomination(campaignId: $campaignId, employeeId: $employeeId, awarded: $awarded) {
      employeeId
      result
    }
  }
`);

export const PublishAwardCampaignDocument = graphql(`
  mutation PublishAwardCampaign($campaignId: ID!) {
    publishAwardCampaign(campaignId: $campaignId) {
      id
      status
    }
  }
`);
