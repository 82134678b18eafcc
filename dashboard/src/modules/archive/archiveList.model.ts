/**
 * The archive list's state — search, department and position filters, sort, page size — kept in
 * the URL so a filtered, sorted list can be bookmarked and the back button restores it. Paging
 * is by cursor (the API's Relay connection); the cursors of earlier pages live in component
 * state, since a cursor is only meaningful for one filter and sort.
 */
export type SortField = 'NAME' | 'EMPLOYEE_NO' | 'LEVEL' | 'HIRE_DATE';
export type SortDirection = 'ASC' | 'DESC';

export interface ArchiveListState {
  search: string;
  departmentId: string | null;
  positionId: string | null;
  sort: SortField;
  direction: SortDirection;
  pageSize: number;
}

export const PAGE_SIZES = [25, 50, 100] as const;
const SORT_FIELDS: readonly SortField[] = ['NAME', 'EMPLOYEE_NO', 'LEVEL', 'HIRE_DATE'];

export const DEFAULT_LIST_STATE: ArchiveListState = {
  search: '',
  departmentId: null,
  positionId: null,
  sort: 'NAME',
  direction: 'ASC',
  pageSize: 25,
};

export function parseListState(params: URLSearchParams): ArchiveListState {
  const sort = params.get('sort') as SortField | null;
  const size = Number(params.get('size'));
  return {
    search: params.get('q') ?? '',
    departmentId: params.get('dept') || null,
    positionId: params.get('pos') || null,
    sort: sort && SORT_FIELDS.includes(sort) ? sort : DEFAULT_LIST_STATE.sort,
    direction: params.get('dir') === 'DESC' ? 'DESC' : 'ASC',
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_LIST_STATE.pageSize,
  };
}

/** Only what differs from the defaults goes into the URL. */
export function listStateParams(state: ArchiveListState): URLSearchParams {
  const out = new URLSearchParams();
  if (state.search.trim()) out.set('q', state.search);
  if (state.departmentId) out.set('dept', state.departmentId);
  if (state.positionId) out.set('pos', state.positionId);
  if (state.sort !== DEFAULT_LIST_STATE.sort) out.set('sort', state.sort);
  if (state.direction !== DEFAULT_LIST_STATE.direction) out.set('dir', state.direction);
  if (state.pageSize !== DEFAULT_LIST_STATE.pageSize) out.set('size', String(state.pageSize));
  return out;
}

/** A click on a column header: the same column flips direction, another starts ascending. */
export function toggleSort(state: ArchiveListState, field: SortField): ArchiveListState {
  if (state.sort === field) return { ...state, direction: state.direction === 'ASC' ? 'DESC' : 'ASC' };
  return { ...state, sort: field, direction: 'ASC' };
}

/** `aria-sort` of a column header (WAI-ARIA sortable table). */
export function ariaSort(state: ArchiveListState, field: SortField): 'ascending' | 'descending' | 'none' {
  if (state.sort !== field) return 'none';
  return state.direction === 'ASC' ? 'ascending' : 'descending';
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export interface DepartmentNode {
  id: string;
  name: string;
  children?: DepartmentNode[] | null;
}

/** The org tree as select options, indented by depth (an ideographic space per level). */
export function departmentOptions(roots: DepartmentNode[]): Array<{ value: string; label: string }> {
  const out: Array<{ value: string; label: string }> = [];
  const walk = (nodes: DepartmentNode[], depth: number) => {
    for (const node of nodes) {
      out.push({ value: node.id, label: '\u3000'.repeat(depth) + node.name });
      walk(node.children ?? [], depth + 1);
    }
  };
  walk(roots, 0);
  return out;
}
