import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { AwardCampaign } from './award-campaign.entity';
import { AwardNomination } from './award-nomination.entity';
import { identityKey } from './columns';
import { Employee } from './employee.entity';

/** An award granted to an employee in a campaign. */
@Entity()
@Index({ properties: ['employee', 'awardedOn'] })
@Index({ properties: ['campaign', 'awardedOn'] })
export class Award {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => AwardCampaign, { ref: true })
  campaign!: Ref<AwardCampaign>;

  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @ManyToOne(() => AwardNomination, { ref: true, index: true, nullable: true, deleteRule: 'set null' })
  nomination?: Ref<AwardNomination> | null;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'date' })
  awardedOn!: string;
}
