import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Option } from '../../components/Filters';
import { FilterOptionsDocument } from './analytics.queries';

const FAMILIES = [
  'SALES',
  'MANUFACTURING',
  'TECH',
  'SERVICE',
  'FINANCE',
  'HR',
  'ADMIN',
  'MANAGEMENT',
] as const;

/** Departments (two levels of the caller's org tree) and position families for the filter bar. */
export function useFilterOptions(): { departments: Option[] | undefined; families: Option[] } {
  const { t } = useTranslation();
  const { data } = useQuery(FilterOptionsDocument);
  const departments = useMemo(
    () =>
      data?.departments.flatMap((d) => [
        { value: d.id, label: d.name },
        ...d.children.map((c) => ({ value: c.id, label: '\u3000' + c.name })),
      ]),
    [data],
  );
  const families = useMemo(() => FAMILIES.map((f) => ({ value: f, label: t(`family.${f}`) })), [t]);
  return { departments, families };
}
