import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique, type Opt } from '@mikro-orm/core';
import { identityKey, score } from './columns';
import { Competency } from './competency.entity';
import { Course } from './course.entity';

/** A competency a course builds; `weight` (0–1) is the match strength used in promotion reports. */
@Entity()
@Unique({ properties: ['course', 'competency'] })
export class CourseCompetency {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => Course, { ref: true })
  course!: Ref<Course>;

  @ManyToOne(() => Competency, { ref: true, index: true })
  competency!: Ref<Competency>;

  @Property(score({ precision: 4, scale: 3, default: 1 }))
  weight: Opt<number> = 1;
}
