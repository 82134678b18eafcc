import { useMemo } from 'react';
import { type LiftRow, liftToOption } from '../../charts/lift.chart';
import { EChart } from '../../components/EChart';
import { Empty } from '../../components/States';

/** Focus-group share vs comparison share with the lift (promoted staff profile, winner traits). */
export function LiftChart({
  rows,
  focus,
  base,
  lift,
  label,
}: {
  rows: LiftRow[];
  focus: string;
  base: string;
  lift: string;
  label: string;
}) {
  const option = useMemo(() => liftToOption(rows, { focus, base, lift }), [rows, focus, base, lift]);
  return rows.length ? (
    <EChart option={option} label={label} height={Math.max(260, rows.length * 34)} />
  ) : (
    <Empty />
  );
}
