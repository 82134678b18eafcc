import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { identityKey } from './columns';

/** A skill (谈判, 团队管理, 精益生产 …) that positions require and courses build. */
@Entity()
@Unique({ name: 'competency_source_external_unique', properties: ['sourceSystem', 'externalId'] })
export class Competency {
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

  @Property({ type: 'text', nullable: true })
  category?: string | null;

  @Property({ type: 'text', nullable: true })
  description?: string | null;
}
