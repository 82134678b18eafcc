import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';

export interface AnalyticsFilters {
  /** Months back from the current month (6, 12 or 24). */
  months: number;
  departmentId: string | null;
  family: string | null;
}

export interface Option {
  value: string;
  label: string;
}

/**
 * The last `months` completed months: a month still running would show as a sudden drop in
 * every rate (its enrollments have not finished yet), so the period ends with last month.
 */
export function periodRange(months: number, now = new Date()): { from: string; to: string } {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const start = new Date(Date.UTC(y, m - months, 1));
  const end = new Date(Date.UTC(y, m, 0));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}

/** Filters live in the URL so a filtered view can be bookmarked and shared. */
export function useAnalyticsFilters(): [AnalyticsFilters, (next: Partial<AnalyticsFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const months = Number(params.get('months') ?? 12);
  const filters: AnalyticsFilters = {
    months: [6, 12, 24].includes(months) ? months : 12,
    departmentId: params.get('dept'),
    family: params.get('family'),
  };
  const update = (next: Partial<AnalyticsFilters>) => {
    const merged = { ...filters, ...next };
    const out = new URLSearchParams();
    if (merged.months !== 12) out.set('months', String(merged.months));
    if (merged.departmentId) out.set('dept', merged.departmentId);
    if (merged.family) out.set('family', merged.family);
    setParams(out, { replace: true });
  };
  return [filters, update];
}

/** A labelled select whose first choice, "all", is the empty value: no filter (null). */
export function OptionFilter({
  label,
  value,
  options,
  onChange,
  testId,
  dataLabels = false,
}: {
  label: string;
  value: string | null;
  options: Option[];
  onChange: (value: string | null) => void;
  testId: string;
  /** The labels are data (department or position names): shown as stored, never translated. */
  dataLabels?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} data-testid={testId}>
        <option value="">{t('filters.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} translate={dataLabels ? 'no' : undefined}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterBar({
  filters,
  onChange,
  departments,
  families,
}: {
  filters: AnalyticsFilters;
  onChange: (next: Partial<AnalyticsFilters>) => void;
  departments?: Option[];
  families?: Option[];
}) {
  const { t } = useTranslation();
  return (
    <div className="filters" data-testid="filters">
      <label>
        {t('filters.period')}
        <select
          value={filters.months}
          onChange={(e) => onChange({ months: Number(e.target.value) })}
          data-testid="filter-period"
        >
          <option value={6}>{t('filters.last6')}</option>
          <option value={12}>{t('filters.last12')}</option>
          <option value={24}>{t('filters.last24')}</option>
        </select>
      </label>
      {departments ? (
        <OptionFilter
          label={t('filters.department')}
          value={filters.departmentId}
          options={departments}
          onChange={(departmentId) => onChange({ departmentId })}
          testId="filter-department"
          dataLabels
        />
      ) : null}
      {families ? (
        <OptionFilter
          label={t('filters.positionFamily')}
          value={filters.family}
          options={families}
          onChange={(family) => onChange({ family })}
          testId="filter-family"
        />
      ) : null}
    </div>
  );
}
