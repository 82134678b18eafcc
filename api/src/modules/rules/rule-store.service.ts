import type { EntityManager } from '@mikro-orm/core';
import { AppUser, Position, PromotionRule as PromotionRuleRow, RuleSet } from '@talentloop/db/entities';
import { ZodError } from 'zod';
import type { Viewer } from '../../auth/viewer';
import { badInput, notFound } from '../../common/errors';
import { recordAudit, snapshot } from '../audit/audit.service';
import { syncCourseBindings } from '../course/course-kpi-binding.service';
import { DEFAULT_RULES, ruleProblems } from '@talentloop/rules';
import {
  AwardCriteriaSchema,
  PromotionRuleSchema,
  TrainingImpactRuleSchema,
  type AwardCriteria,
  type PromotionRule,
  type RuleKind,
  type TrainingImpactRule,
} from '@talentloop/rules';

// Versioned rule storage. Versions are immutable: saving creates version n+1 and deactivates
// the previous one in the same transaction, so evaluations and frozen reports that recorded a
// version can always be reproduced. TRAINING_IMPACT and AWARD rules live in rule_set (key =
// rule key); PROMOTION rules live in promotion_rule (one chain per target position, key = the
// position's code) because applications reference them.

export interface StoredRule<T> {
  id: number;
  kind: RuleKind;
  key: string;
  version: number;
  active: boolean;
  createdAt: Date;
  /** Username of the login that saved the version; null for defaults stored at start-up. */
  createdBy: string | null;
  rule: T;
}

export type RuleOf<K extends RuleKind> = K extends 'TRAINING_IMPACT'
  ? TrainingImpactRule
  : K extends 'PROMOTION'
    ? PromotionRule
    : AwardCriteria;

const SCHEMAS = {
  TRAINING_IMPACT: TrainingImpactRuleSchema,
  PROMOTION: PromotionRuleSchema,
  AWARD: AwardCriteriaSchema,
};

function parseStored<K extends RuleKind>(
  kind: K,
  key: string,
  version: number,
  definition: unknown,
): RuleOf<K> {
  return SCHEMAS[kind].parse({ ...(definition as object), key, version }) as RuleOf<K>;
}

/** The saving login's username, when its row is loaded (listRules populates it). */
const creator = (row: RuleSet | PromotionRuleRow): string | null =>
  row.createdBy?.isInitialized() ? row.createdBy.getEntity().username : null;

function fromRuleSet<K extends RuleKind>(kind: K, row: RuleSet): StoredRule<RuleOf<K>> {
  return {
    id: row.id,
    kind,
    key: row.key,
    version: row.version,
    active: row.active,
    createdAt: row.createdAt,
    createdBy: creator(row),
    rule: parseStored(kind, row.key, row.version, row.definition),
  };
}

/** A promotion_rule row (any version) as a parsed rule. */
export function fromPromotionRow(row: PromotionRuleRow, position: Position): StoredRule<PromotionRule> {
  const rule = parseStored('PROMOTION', position.code, row.version, {
    ...row.definition,
    targetPosition: { code: position.code, name: position.name },
  });
  return {
    id: row.id,
    kind: 'PROMOTION',
    key: position.code,
    version: row.version,
    active: row.active,
    createdAt: row.createdAt,
    createdBy: creator(row),
    rule,
  };
}

/** Rules of a kind; active versions only unless `history` is set (then every version of `key`). */
export async function listRules<K extends RuleKind>(
  em: EntityManager,
  kind: K,
  options: { key?: string; history?: boolean } = {},
): Promise<StoredRule<RuleOf<K>>[]> {
  if (kind === 'PROMOTION') {
    const where: Record<string, unknown> = options.history ? {} : { active: true };
    if (options.key) where.targetPosition = { code: options.key };
    const rows = await em.find(PromotionRuleRow, where, {
      populate: ['targetPosition', 'createdBy'],
      orderBy: { id: 'asc' },
    });
    return rows.map((r) => fromPromotionRow(r, r.targetPosition.getEntity()) as StoredRule<RuleOf<K>>);
  }
  const where: Record<string, unknown> = { kind };
  if (!options.history) where.active = true;
  if (options.key) where.key = options.key;
  const rows = await em.find(RuleSet, where, {
    populate: ['createdBy'],
    orderBy: { key: 'asc', version: 'asc' },
  });
  return rows.map((r) => fromRuleSet(kind, r));
}

/** The active promotion rule for a target position, or null. */
export async function promotionRuleFor(
  em: EntityManager,
  positionId: number,
): Promise<StoredRule<PromotionRule> | null> {
  const row = await em.findOne(
    PromotionRuleRow,
    { targetPosition: positionId, active: true },
    { populate: ['targetPosition'] },
  );
  return row ? fromPromotionRow(row, row.targetPosition.getEntity()) : null;
}

/** A specific version (for replaying frozen evaluations). */
export async function ruleVersion<K extends RuleKind>(
  em: EntityManager,
  kind: K,
  key: string,
  version: number,
) {
  const all = await listRules(em, kind, { key, history: true });
  return all.find((r) => r.version === version) ?? null;
}

// Each problem carries its code and values (ruleProblems, shared with the dashboard's form) so
// clients word it in their language; the English message stays for logs and API clients.
function zodToBadInput(error: ZodError, field: string) {
  const coded = new Map(ruleProblems(error).map((p) => [p.path, p]));
  return badInput(
    error.issues.map((i) => {
      const path = i.path.map(String).join('.');
      const { path: _, ...problem } = coded.get(path) ?? { path, code: 'INVALID' };
      return { field: [field, ...i.path.map(String)].join('.'), message: i.message, ...problem };
    }),
  );
}

/**
 * Parses a draft definition as version `version` of `key` (what saveRule would store), or
 * throws BAD_USER_INPUT naming each bad field under `definition`.
 */
export async function parseDraft<K extends RuleKind>(
  em: EntityManager,
  kind: K,
  key: string,
  definition: Record<string, unknown>,
): Promise<{ rule: RuleOf<K>; current: StoredRule<RuleOf<K>> | null }> {
  const versions = await listRules(em, kind, { key, history: true });
  const current = versions.find((v) => v.active) ?? null;
  const version = Math.max(0, ...versions.map((v) => v.version)) + 1;
  let extra = {};
  if (kind === 'PROMOTION') {
    const position = await em.findOne(Position, { code: key });
    if (!position) throw notFound('Position', key);
    extra = { targetPosition: { code: position.code, name: position.name } };
  }
  try {
    return { rule: parseStored(kind, key, version, { ...definition, ...extra }), current };
  } catch (e) {
    throw e instanceof ZodError ? zodToBadInput(e, 'definition') : e;
  }
}

/**
 * Validates and stores a new version of a rule (version 1 when the key is new). Call inside a
 * transaction: deactivating the old version and inserting the new one must land together.
 */
export async function saveRule<K extends RuleKind>(
  em: EntityManager,
  viewer: Viewer | null,
  kind: K,
  key: string,
  definition: Record<string, unknown>,
  description?: string | null,
): Promise<StoredRule<RuleOf<K>>> {
  // Loaded, not a reference: the returned version names who created it.
  const createdBy = viewer ? await em.findOne(AppUser, viewer.userId) : null;
  if (kind === 'PROMOTION') {
    const position = await em.findOne(Position, { code: key });
    if (!position) throw notFound('Position', key);
    const previous = await em.find(
      PromotionRuleRow,
      { targetPosition: position },
      { orderBy: { version: 'desc' } },
    );
    const version = (previous[0]?.version ?? 0) + 1;
    let parsed: PromotionRule;
    try {
      parsed = parseStored('PROMOTION', key, version, {
        ...definition,
        targetPosition: { code: position.code, name: position.name },
      });
    } catch (e) {
      throw e instanceof ZodError ? zodToBadInput(e, 'definition') : e;
    }
    for (const p of previous.filter((r) => r.active)) p.active = false;
    await em.flush(); // the old active row must be inactive before the new one is inserted
    const row = em.create(PromotionRuleRow, {
      targetPosition: position,
      version,
      active: true,
      definition: parsed,
      createdBy,
      createdAt: new Date(),
    });
    await em.flush();
    recordAudit(
      em,
      viewer,
      'promotionRule.save',
      'PromotionRule',
      row.id,
      snapshot(previous[0]),
      snapshot(row),
    );
    return fromPromotionRow(row, position) as StoredRule<RuleOf<K>>;
  }
  const previous = await em.find(RuleSet, { kind, key }, { orderBy: { version: 'desc' } });
  const version = (previous[0]?.version ?? 0) + 1;
  let parsed: RuleOf<K>;
  try {
    parsed = parseStored(kind, key, version, definition);
  } catch (e) {
    throw e instanceof ZodError ? zodToBadInput(e, 'definition') : e;
  }
  for (const p of previous.filter((r) => r.active)) p.active = false;
  await em.flush();
  const row = em.create(RuleSet, {
    kind,
    key,
    version,
    active: true,
    definition: parsed as TrainingImpactRule | AwardCriteria,
    description: description ?? null,
    createdBy,
    createdAt: new Date(),
  });
  await em.flush();
  recordAudit(em, viewer, 'ruleSet.save', 'RuleSet', row.id, snapshot(previous[0]), snapshot(row));
  const stored = fromRuleSet(kind, row);
  // The course ↔ KPI bindings are this rule's data: write them out with the new version.
  if (kind === 'TRAINING_IMPACT') await syncCourseBindings(em, stored.rule as TrainingImpactRule);
  return stored;
}

/**
 * Stores the article's defaults as version 1 where no version exists yet. Promotion defaults
 * attach to every position with the default's target name (e.g. each family's 初级经理).
 * Idempotent; returns how many rules it created.
 */
export async function ensureDefaultRules(em: EntityManager): Promise<number> {
  let created = 0;
  for (const [kind, rules] of [
    ['TRAINING_IMPACT', DEFAULT_RULES.impact],
    ['AWARD', DEFAULT_RULES.award],
  ] as const) {
    for (const rule of rules) {
      if ((await em.count(RuleSet, { kind, key: rule.key })) > 0) continue;
      await saveRule(em, null, kind, rule.key, { ...rule }, rule.name);
      created++;
    }
  }
  // Bindings written out by an older version (or by SQL) follow the active rule versions again.
  for (const stored of await listRules(em, 'TRAINING_IMPACT')) await syncCourseBindings(em, stored.rule);
  for (const rule of DEFAULT_RULES.promotion) {
    const positions = await em.find(Position, { name: rule.targetPosition.name }, { orderBy: { id: 'asc' } });
    for (const position of positions) {
      if ((await em.count(PromotionRuleRow, { targetPosition: position })) > 0) continue;
      await saveRule(em, null, 'PROMOTION', position.code, { ...rule, key: position.code });
      created++;
    }
  }
  return created;
}
