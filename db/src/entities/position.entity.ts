import { Entity, Enum, Index, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { identityKey } from './columns';

export enum PositionFamily {
  SALES = 'SALES',
  MANUFACTURING = 'MANUFACTURING',
  TECH = 'TECH',
  FINANCE = 'FINANCE',
  HR = 'HR',
  SERVICE = 'SERVICE',
  ADMIN = 'ADMIN',
  MANAGEMENT = 'MANAGEMENT',
}

/** A job (客户经理, 高级客户经理, 工程师, 初级经理 …). Family groups comparable staff for the DiD control group. */
@Entity()
@Index({ properties: ['family', 'level'] })
@Unique({ properties: ['family', 'name'] })
@Unique({ name: 'position_source_external_unique', properties: ['sourceSystem', 'externalId'] })
export class Position {
  @PrimaryKey(identityKey)
  id!: number;

  /** This row's key in the system it is synced from (HRIS, LMS …): unique per source system. */
  @Property({ type: 'text', nullable: true })
  externalId?: string | null;

  /** The system that owns `externalId` (e.g. HRIS, LMS, MES); set together with it. */
  @Property({ type: 'text', nullable: true })
  sourceSystem?: string | null;

  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => PositionFamily })
  family!: PositionFamily;

  /** Seniority within the family: 1 = entry level. */
  @Property({ type: 'integer' })
  level!: number;

  /** Whether holders manage people (初级经理 and up); promotion rules often target these. */
  @Property({ type: 'boolean', default: false })
  managerial: Opt<boolean> = false;
}
