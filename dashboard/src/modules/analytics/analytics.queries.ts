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

/**
 * The executive overview in one request: the API's `analytics` fields (Cube metrics, scoped by
 * the caller's token). Period / department / family narrow the period-based metrics; course
 * contribution and lecturer value-added are whole-history, company-wide statistics.
 */
export const OverviewDocument = graphql(`
  query Overview($filter: AnalyticsFilter, $roiBy: RoiBy!) {
    analytics {
      participation(filter: $filter) {
        month
        n
        participants
        participationRate
        completionRate
        passRate
        enrollments
        hours
        cost
      }
      roi: trainingRoi(by: $roiBy, filter: $filter) {
        label
        n
        benefit
        cost
        roi
      }
      roiTotal: trainingRoi(by: TOTAL, filter: $filter) {
        n
        benefit
        cost
        roi
      }
      courseContribution {
        courseName
        kpiCode
        kpiName
        kpiUnit
        evidence
        n
        estimate
        ciLow
        ciHigh
      }
      lecturerValueAdded(first: 15) {
        lecturerName
        n
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
