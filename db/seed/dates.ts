// Calendar arithmetic on UTC day numbers — pure, no clock. Month index 0 = 2024-11.
import { FIRST_MONTH } from './truth';

const DAY_MS = 86_400_000;

export function dayOf(year: number, month1: number, day: number): number {
  return Math.floor(Date.UTC(year, month1 - 1, day) / DAY_MS);
}

/** Day number of the given day-of-month in month index m (0 = 2024-11). */
export function monthDay(m: number, day = 1): number {
  return Math.floor(Date.UTC(FIRST_MONTH.year, FIRST_MONTH.month - 1 + m, day) / DAY_MS);
}

/** Month index of a day number (may be negative or ≥ 24). */
export function monthIndexOf(dayNumber: number): number {
  const d = new Date(dayNumber * DAY_MS);
  return (d.getUTCFullYear() - FIRST_MONTH.year) * 12 + d.getUTCMonth() - (FIRST_MONTH.month - 1);
}

export function isoDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD HH:MM:00+08' — timestamps in China Standard Time. */
export function isoTimestamp(dayNumber: number, hour: number, minute = 0): string {
  return `${isoDate(dayNumber)} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08`;
}

export function monthIso(m: number): string {
  return isoDate(monthDay(m, 1));
}

export function daysInMonth(m: number): number {
  return monthDay(m + 1, 1) - monthDay(m, 1);
}
