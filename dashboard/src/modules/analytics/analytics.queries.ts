import { graphql } from '../../graphql/generated';

/** Filter options: top levels of the org tree (the API scopes it to the caller). */
export const FilterOptionsDocument = graphql(`
  query FilterOptions {
    departments {
      id
      name
      depth
      children {
        id
        name
        depth
      }
    }
  }
`);

/*
 * The executive overview: one query per card, so a slow or failing metric holds up only its own
 * card (the API answers each `analytics` field on its own; Apollo shares a document asked for by
 * two cards with the same variables). Period / department / family narrow the period-based
 * metrics; course contribution and lecturer value-added are whole-history, company-wide.
 */

/** Headline money: spend over all training, credited benefit, coverage and ROI with its interval. */
export const OverviewRoiTotalDocument = graphql(`
  query OverviewRoiTotal($filter: AnalyticsFilter) {
    analytics {
      trainingRoi(by: TOTAL, filter: $filter) {
        n
        spend
        measuredSpend
        coverage
        measuredPeople
        benefit
        benefitCiLow
        benefitCiHigh
        evidence
        roi
        roiCiLow
        roiCiHigh
      }
    }
  }
`);

/** Monthly participation (voluntary included), completion and pass rate: headline rates and trends. */
export const OverviewParticipationDocument = graphql(`
  query OverviewParticipation($filter: AnalyticsFilter) {
    analytics {
      participation(filter: $filter) {
        month
        asOf
        partial
        n
        participants
        participationRate
        voluntaryParticipants
        voluntaryParticipationRate
        completionRate
        passRate
        enrollments
      }
    }
  }
`);

/** Spend vs credited benefit per cut (category by default). */
export const OverviewSpendGainDocument = graphql(`
  query OverviewSpendGain($filter: AnalyticsFilter, $roiBy: RoiBy!) {
    analytics {
      trainingRoi(by: $roiBy, filter: $filter) {
        label
        n
        spend
        benefit
        coverage
        evidence
        roi
        roiCiLow
        roiCiHigh
      }
    }
  }
`);

export const OverviewContributionDocument = graphql(`
  query OverviewContribution {
    analytics {
      courseContribution {
        courseName
        kpiCode
        kpiName
        kpiUnit
        windowMonths
        evidence
        n
        estimate
        ciLow
        ciHigh
      }
    }
  }
`);

export const OverviewLecturersDocument = graphql(`
  query OverviewLecturers {
    analytics {
      lecturerValueAdded(first: 15) {
        lecturerName
        n
        scored
        avgExamScore
        examValueAdded
      }
    }
  }
`);

/** Training profile of promoted staff vs comparable peers (promotion insights). */
export const PromotionProfileDocument = graphql(`
  query PromotionProfile($itemType: ProfileItemType!) {
    analytics {
      promotionProfile(itemType: $itemType) {
        itemKey
        itemName
        n
        promotedN
        comparisonN
        promotedShare
        comparisonShare
        lift
      }
    }
  }
`);

/** Traits shared by award winners vs all nominees (award insights). */
export const AwardTraitsDocument = graphql(`
  query AwardTraits {
    analytics {
      awardTraits {
        trait
        n
        nominations
        winnerShare
        nomineeShare
        lift
      }
    }
  }
`);
