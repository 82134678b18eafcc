import type { EntityManager } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Why a row breaks the audit hash chain (Migration20261207064500). */
export enum AuditChainProblem {
  /** The row's content no longer matches its hash: it was rewritten. */
  HASH_MISMATCH = 'HASH_MISMATCH',
  /** Its prev_hash is not the previous row's hash: a row before it was removed, or re-hashed. */
  LINK_BROKEN = 'LINK_BROKEN',
  /** Its position does not follow the previous one: rows were removed. */
  SEQUENCE_GAP = 'SEQUENCE_GAP',
  /** A row without a chain position (inserted with the chain trigger off). */
  UNCHAINED = 'UNCHAINED',
}

registerEnumType(AuditChainProblem, { name: 'AuditChainProblem' });

@ObjectType({ description: 'The result of re-computing the audit log’s hash chain.' })
export class AuditChainVerification {
  @Field({ description: 'True when every row matches its hash and links to the one before.' })
  ok!: boolean;

  @Field(() => Int, { description: 'Rows checked.' })
  checked!: number;

  @Field(() => Int, { nullable: true, description: 'databaseId of the first row that breaks the chain.' })
  firstBrokenId!: number | null;

  @Field(() => AuditChainProblem, { nullable: true })
  problem!: AuditChainProblem | null;

  @Field(() => String, {
    nullable: true,
    description: 'Hash of the newest row: record it elsewhere to detect a rewrite of the whole tail.',
  })
  headHash!: string | null;
}

/**
 * Re-computes every row's hash with the same SQL function the insert trigger uses and checks
 * each link, in one pass over the table in chain order. Returns the first broken row.
 */
export async function verifyAuditChain(em: EntityManager): Promise<AuditChainVerification> {
  const connection = em.getConnection();
  const [summary] = (await connection.execute(
    `select count(*)::int as checked,
            (select hash from audit_log where chain_seq is not null order by chain_seq desc limit 1) as head
       from audit_log`,
  )) as [{ checked: number; head: string | null }];
  const [unchained] = (await connection.execute(
    `select id from audit_log where chain_seq is null order by id limit 1`,
  )) as { id: number }[];
  const [broken] = (await connection.execute(
    `select id, problem from (
       select id, chain_seq,
              case
                when hash is distinct from encode(sha256(convert_to(coalesce(prev_hash, '') || audit_log_canonical(a), 'UTF8')), 'hex')
                  then 'HASH_MISMATCH'
                when chain_seq <> coalesce(lag(chain_seq) over w, 0) + 1 then 'SEQUENCE_GAP'
                when prev_hash is distinct from coalesce(lag(hash) over w, '') then 'LINK_BROKEN'
              end as problem
         from audit_log a where chain_seq is not null
       window w as (order by chain_seq)
     ) checked where problem is not null order by chain_seq limit 1`,
  )) as { id: number; problem: AuditChainProblem }[];
  const first = broken ?? (unchained ? { id: unchained.id, problem: AuditChainProblem.UNCHAINED } : null);
  return {
    ok: first == null,
    checked: summary.checked,
    firstBrokenId: first ? Number(first.id) : null,
    problem: first?.problem ?? null,
    headHash: summary.head,
  };
}
