import { Entity, Enum, Index, PrimaryKey, Property, type Opt, Unique } from '@mikro-orm/core';
import { hours, identityKey } from './columns';

export enum AwardCampaignStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  SCORED = 'SCORED',
  CLOSED = 'CLOSED',
}

/** An excellent-employee (优秀员工) campaign for a period, with its criteria and weights. */
@Entity()
@Index({ properties: ['periodStart'] })
@Unique({ name: 'award_campaign_source_external_unique', properties: ['sourceSystem', 'externalId'] })
export class AwardCampaign {
  @PrimaryKey(identityKey)
  id!: number;

  /** This row's key in the system it is synced from (HRIS, LMS …): unique per source system. */
  @Property({ type: 'text', nullable: true })
  externalId?: string | null;

  /** The system that owns `externalId` (e.g. HRIS, LMS, MES); set together with it. */
  @Property({ type: 'text', nullable: true })
  sourceSystem?: string | null;

  @Property({ type: 'text' })
  name!: string;

  /** e.g. '2025' or '2026-H1'. */
  @Property({ type: 'text' })
  period!: string;

  /** Evaluation window, for evidence queries (hours, lecturing, adopted cases). */
  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  /** Standard training hours; ≥ 120% of it is an award trait. */
  @Property(hours())
  standardHours!: number;

  /** Criteria and weights (training outcomes 30% by default). */
  @Property({ type: 'json' })
  criteria!: Record<string, unknown>;

  /** Version of the AWARD rule set the campaign was scored with. */
  @Property({ type: 'integer', nullable: true })
  ruleVersion?: number | null;

  @Enum({ items: () => AwardCampaignStatus, default: AwardCampaignStatus.DRAFT })
  status: Opt<AwardCampaignStatus> = AwardCampaignStatus.DRAFT;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
