import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * One field of a selection, after fragments, aliases and @skip/@include are resolved: the
 * look-ahead the SQL compiler works from (what graphql-parse-resolve-info gives PostGraphile).
 */
export interface SelectedField {
  /** The schema field, e.g. `enrollments`. */
  name: string;
  /** The response key (alias or name): compiled values are stored under it. */
  key: string;
  /** Argument nodes of the first occurrence (compiled fields take no arguments). */
  hasArguments: boolean;
  /** Sub-selections of every occurrence of this key, merged by collectFields(). */
  selectionSets: SelectionSetNode[];
  /**
   * The key names different fields in selections merged from different places (a connection's
   * `nodes` and `edges.node`): such a key is left to the field resolvers, not compiled.
   */
  conflict: boolean;
}

export interface SelectionContext {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

export function selectionContext(info: GraphQLResolveInfo): SelectionContext {
  return { fragments: info.fragments, variables: info.variableValues };
}

function included(node: FieldNode | { directives?: FieldNode['directives'] }, ctx: SelectionContext) {
  if (!node.directives?.length) return true;
  const skip = getDirectiveValues(GraphQLSkipDirective, node as FieldNode, ctx.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, ctx.variables);
  return include?.if !== false;
}

/**
 * The fields selected on an object of type `typeName` (which implements `interfaces`) by
 * these selection sets, keyed by response key in document order. Fragments apply when their
 * type condition is the type itself or one of its interfaces — the objects compiled here are
 * concrete types, so no other condition can match.
 */
export function collectFields(
  sets: readonly SelectionSetNode[],
  typeName: string,
  ctx: SelectionContext,
  interfaces: readonly string[] = ['Node'],
): Map<string, SelectedField> {
  // A single selection set is a node of the parsed document, which Apollo keeps and reuses
  // for every request with the same text: its walk is remembered per type unless a directive
  // (@skip/@include with variables) makes it depend on the request.
  const memoKey = sets.length === 1 ? `${typeName}|${interfaces.join(',')}` : null;
  const remembered = memoKey ? MEMO.get(sets[0]!)?.get(memoKey) : undefined;
  if (remembered) return remembered;
  let dynamic = false;
  const fields = new Map<string, SelectedField>();
  const applies = (condition: string | undefined) =>
    condition === undefined || condition === typeName || interfaces.includes(condition);
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.directives?.length) dynamic = true;
      if (!included(selection, ctx)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const existing = fields.get(key);
        if (existing) {
          if (existing.name !== selection.name.value) existing.conflict = true;
          if (selection.selectionSet) existing.selectionSets.push(selection.selectionSet);
        } else {
          fields.set(key, {
            name: selection.name.value,
            key,
            hasArguments: (selection.arguments?.length ?? 0) > 0,
            selectionSets: selection.selectionSet ? [selection.selectionSet] : [],
            conflict: false,
          });
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value)) visit(selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        const fragment = ctx.fragments[name];
        if (!fragment || seen.has(name) || !applies(fragment.typeCondition.name.value)) continue;
        visit(fragment.selectionSet, new Set(seen).add(name));
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  if (memoKey && !dynamic) {
    let byType = MEMO.get(sets[0]!);
    if (!byType) MEMO.set(sets[0]!, (byType = new Map()));
    byType.set(memoKey, fields);
  }
  return fields;
}

/**
 * collectFields() results by selection set and type (read-only for every caller). Keyed weakly:
 * a document Apollo drops from its cache takes its entries with it.
 */
const MEMO = new WeakMap<SelectionSetNode, Map<string, Map<string, SelectedField>>>();

/** The selection sets of the field being resolved (all its occurrences). */
export function rootSelectionSets(info: GraphQLResolveInfo): SelectionSetNode[] {
  return info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

/** Sub-selections of `key` within `fields`, or none when it is not selected. */
export function subSelections(fields: Map<string, SelectedField>, ...names: string[]): SelectionSetNode[] {
  const out: SelectionSetNode[] = [];
  for (const field of fields.values()) if (names.includes(field.name)) out.push(...field.selectionSets);
  return out;
}
