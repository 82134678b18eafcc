import type { AwardBreakdown } from '@talentloop/rules';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
  type Opt,
} from '@mikro-orm/core';
import { AwardCampaign } from './award-campaign.entity';
import { identityKey, score } from './columns';
import { Employee } from './employee.entity';

export enum NominationResult {
  PENDING = 'PENDING',
  AWARDED = 'AWARDED',
  NOT_AWARDED = 'NOT_AWARDED',
  EXCLUDED = 'EXCLUDED',
}

/** A nominee's scored entry: the breakdown and evidence (ids of enrollments, sessions, cases) are traceable. */
@Entity()
@Unique({ properties: ['campaign', 'employee'] })
@Index({ properties: ['employee', 'createdAt'] })
@Index({ properties: ['campaign', 'rank'] })
export class AwardNomination {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => AwardCampaign, { ref: true, deleteRule: 'cascade' })
  campaign!: Ref<AwardCampaign>;

  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  /** The award evaluation as stored when scored ({} until then): see AwardBreakdown. */
  @Property({ type: 'json', default: '{}' })
  scoreBreakdown: Opt<AwardBreakdown | Record<string, never>> = {};

  @Property({ type: 'json', default: '{}' })
  evidence: Opt<Record<string, unknown>> = {};

  @Property(score({ precision: 7, scale: 2, default: 0 }))
  total: Opt<number> = 0;

  @Property({ type: 'integer', nullable: true })
  rank?: number | null;

  @Enum({ items: () => NominationResult, default: NominationResult.PENDING })
  result: Opt<NominationResult> = NominationResult.PENDING;

  @Property({ type: 'text', nullable: true })
  exclusionReason?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
