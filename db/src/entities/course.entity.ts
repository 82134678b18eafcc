import { Collection, Entity, OneToMany, PrimaryKey, Property, type Opt, Unique } from '@mikro-orm/core';
import { hours, identityKey, money, score } from './columns';
import { CourseCompetency } from './course-competency.entity';
import { CourseSession } from './course-session.entity';

/** A training course (客户谈判技巧, 精益生产, 团队管理基础 …). */
@Entity()
@Unique({ name: 'course_source_external_unique', properties: ['sourceSystem', 'externalId'] })
export class Course {
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

  /** Free text on purpose (SALES, MANAGEMENT, PRODUCTION, GENERAL …): HR adds categories. */
  @Property({ type: 'text', index: true })
  category!: string;

  @Property(hours())
  hours!: number;

  /** Cost per participant, CNY. */
  @Property(money())
  cost!: string;

  /** Core (核心) courses count towards promotion gates and award evidence. */
  @Property({ type: 'boolean', default: false })
  core: Opt<boolean> = false;

  /** Mandatory courses are assigned; others are voluntary (participation metrics split on this). */
  @Property({ type: 'boolean', default: false })
  mandatory: Opt<boolean> = false;

  /** Exam score needed to pass (COMPLETED vs FAILED). */
  @Property(score({ default: 60 }))
  passScore: Opt<number> = 60;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @OneToMany(() => CourseCompetency, (cc) => cc.course)
  competencies = new Collection<CourseCompetency>(this);

  @OneToMany(() => CourseSession, (s) => s.course)
  sessions = new Collection<CourseSession>(this);
}
