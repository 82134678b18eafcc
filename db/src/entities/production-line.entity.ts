import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { identityKey } from './columns';
import { Department } from './department.entity';

/**
 * A production line (产线). KPI observations name a line by its `code` (kpi_observation.
 * production_line), so MES feeds keep sending the code they know; this table gives the line a
 * name, an owning department (row scope) and an external key for master-data syncs.
 */
@Entity()
@Unique({ name: 'production_line_source_external_unique', properties: ['sourceSystem', 'externalId'] })
export class ProductionLine {
  @PrimaryKey(identityKey)
  id!: number;

  /** This row's key in the system it is synced from (MES …): unique per source system. */
  @Property({ type: 'text', nullable: true })
  externalId?: string | null;

  /** The system that owns `externalId`; set together with it. */
  @Property({ type: 'text', nullable: true })
  sourceSystem?: string | null;

  /** The code KPI feeds use in `productionLine`. */
  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @ManyToOne(() => Department, { ref: true, index: true })
  department!: Ref<Department>;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}
