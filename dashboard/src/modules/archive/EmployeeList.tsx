import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Card } from '../../components/Card';
import { OptionFilter } from '../../components/Filters';
import { QueryState } from '../../components/States';
import type { EmployeePickerQuery } from '../../graphql/generated/graphql';
import { csvFileName, download, type ListRow, listRows, toCsv } from './archive.export';
import { ArchiveFilterOptionsDocument, EmployeePickerDocument } from './archive.queries';
import {
  type ArchiveListState,
  ariaSort,
  departmentOptions,
  listStateParams,
  PAGE_SIZES,
  pageCount,
  parseListState,
  type SortField,
  toggleSort,
} from './archiveList.model';

/** Typing settles for this long before the list is asked again. */
const SEARCH_DELAY_MS = 250;

/**
 * HR's, executives' and managers' way into the archives: every employee in scope, paged by the
 * API's cursor, sortable by name, number, level and hire date, filtered by department subtree,
 * position and a name/number search.
 */
export function EmployeeList() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseListState(params), [params]);
  // Cursors of the pages before the current one; any change of filter or sort starts over.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [searchText, setSearchText] = useState(state.search);
  const update = (next: ArchiveListState) => {
    setCursors([null]);
    setParams(listStateParams(next), { replace: true });
  };

  useEffect(() => {
    if (searchText === state.search) return undefined;
    const timer = setTimeout(() => update({ ...state, search: searchText }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // Only the typed text starts a search (the URL state is read, not watched).
  }, [searchText]);

  const options = useQuery(ArchiveFilterOptionsDocument);
  const departments = useMemo(() => departmentOptions(options.data?.departments ?? []), [options.data]);
  const positionOptions = useMemo(
    () =>
      [...(options.data?.positions ?? [])]
        .sort((a, b) => a.level - b.level || a.name.localeCompare(b.name, 'zh-CN'))
        .map((p) => ({ value: p.id, label: p.name })),
    [options.data],
  );

  const after = cursors.at(-1) ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(EmployeePickerDocument, {
    variables: {
      search: state.search.trim() || null,
      departmentId: state.departmentId,
      positionId: state.positionId,
      first: state.pageSize,
      after,
      sort: state.sort,
      direction: state.direction,
    },
  });
  // Keep the previous page on screen while the next one loads (no flash of a spinner).
  const shown = data ?? previousData;
  const total = shown?.employees.totalCount ?? 0;
  const page = cursors.length;
  const pages = pageCount(total, state.pageSize);

  const client = useApolloClient();
  const [exporting, setExporting] = useState<number | null>(null);
  // Every page of the current filter and sort (the API's largest page at a time), not just the
  // page on screen; headers in the user's language.
  const exportCsv = async () => {
    setExporting(0);
    const rows: ListRow[] = [];
    let after: string | null = null;
    try {
      for (;;) {
        const res: { data?: EmployeePickerQuery } = await client.query({
          query: EmployeePickerDocument,
          variables: {
            search: state.search.trim() || null,
            departmentId: state.departmentId,
            positionId: state.positionId,
            first: 100,
            after,
            sort: state.sort,
            direction: state.direction,
          },
          fetchPolicy: 'network-only',
        });
        const page = res.data?.employees;
        if (!page) break;
        rows.push(...page.nodes);
        setExporting(rows.length);
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
        after = page.pageInfo.endCursor;
      }
      const headers = [
        t('archive.list.name'),
        t('archive.list.employeeNo'),
        t('archive.list.positionLevel'),
        t('filters.department'),
        t('archive.list.hireDate'),
      ];
      download(toCsv(headers, listRows(rows)), csvFileName(new Date().toISOString().slice(0, 10)));
    } finally {
      setExporting(null);
    }
  };

  const header = (field: SortField, label: string) => (
    <th scope="col" aria-sort={ariaSort(state, field)}>
      <button
        type="button"
        className="sort-btn"
        onClick={() => update(toggleSort(state, field))}
        data-testid={`sort-${field}`}
      >
        {label}
        <span aria-hidden="true" className="sort-mark">
          {state.sort === field ? (state.direction === 'ASC' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );

  return (
    <Card title={`${t('archive.employee')}${shown ? ` (${total})` : ''}`} wide testId="card-employees">
      <div className="filters" data-testid="archive-filters">
        <label>
          {t('archive.search')}
          <input
            type="search"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            data-testid="employee-search"
          />
        </label>
        <OptionFilter
          label={t('filters.department')}
          value={state.departmentId}
          options={departments}
          onChange={(departmentId) => update({ ...state, departmentId })}
          testId="filter-department"
          dataLabels
        />
        <OptionFilter
          label={t('field.positionId')}
          value={state.positionId}
          options={positionOptions}
          onChange={(positionId) => update({ ...state, positionId })}
          testId="filter-position"
          dataLabels
        />
        <label>
          {t('archive.list.pageSize')}
          <select
            value={state.pageSize}
            onChange={(e) => update({ ...state, pageSize: Number(e.target.value) })}
            data-testid="page-size"
          >
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="filters">
        <button
          type="button"
          className="btn btn-small"
          disabled={exporting !== null || !total}
          onClick={() => void exportCsv()}
          data-testid="export-csv"
        >
          {exporting !== null ? t('export.exporting') : t('export.csv')}
        </button>
      </div>
      <p className="muted small">{t('archive.pick')}</p>
      <QueryState
        loading={loading}
        error={error}
        data={shown}
        isEmpty={(d) => d.employees.nodes.length === 0}
        retry={() => void refetch()}
      >
        {(d) => (
          <>
            <div className="table-scroll">
              <table className="table" data-testid="employee-list" aria-busy={loading}>
                <caption className="sr-only">{t('archive.employee')}</caption>
                <thead>
                  <tr>
                    {header('NAME', t('archive.list.name'))}
                    {header('EMPLOYEE_NO', t('archive.list.employeeNo'))}
                    {header('LEVEL', t('archive.list.positionLevel'))}
                    <th scope="col">{t('filters.department')}</th>
                    {header('HIRE_DATE', t('archive.list.hireDate'))}
                  </tr>
                </thead>
                <tbody>
                  {d.employees.nodes.map((e) => (
                    <tr key={e.id} data-testid="employee-row">
                      <td>
                        <Link
                          to={`/archive/${encodeURIComponent(e.id)}`}
                          data-testid="employee-option"
                          translate="no"
                        >
                          {e.name}
                        </Link>
                      </td>
                      <td className="muted">{e.employeeNo}</td>
                      <td translate="no">{e.position.name}</td>
                      <td className="muted" translate="no">
                        {e.department.name}
                      </td>
                      <td className="muted">{e.hireDate}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav className="pager" aria-label={t('archive.list.paging')} data-testid="pager">
              <button
                type="button"
                className="btn btn-small"
                disabled={page <= 1 || loading}
                onClick={() => setCursors((c) => c.slice(0, -1))}
                data-testid="page-prev"
              >
                {t('archive.list.previous')}
              </button>
              <span data-testid="page-status" data-page={page} data-pages={pages}>
                {t('archive.list.pageOf', { page, pages, total })}
              </span>
              <button
                type="button"
                className="btn btn-small"
                disabled={!d.employees.pageInfo.hasNextPage || loading}
                onClick={() => {
                  const next = d.employees.pageInfo.endCursor;
                  if (next) setCursors((c) => [...c, next]);
                }}
                data-testid="page-next"
              >
                {t('archive.list.next')}
              </button>
            </nav>
          </>
        )}
      </QueryState>
    </Card>
  );
}
