import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { identityKey } from './columns';

/** A skill (谈判, 团队管理, 精益生产 …) that positions require and courses build. */
@Entity()
export class Competency {
  @PrimaryKey(identityKey)
  id!: number;

  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  category?: string | null;

  @Property({ type: 'text', nullable: true })
  description?: string | null;
}
