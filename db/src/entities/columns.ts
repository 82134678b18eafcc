import { DecimalType, type PropertyOptions } from '@mikro-orm/core';

/**
 * Shared column shapes, so the same kind of value has the same SQL type in every table.
 *
 * Money is `numeric` mapped to a JS *string*: it is only summed/compared in SQL (Cube, reports)
 * and must never pass through a float. Scores, hours and KPI values are also `numeric` in SQL
 * (exact storage, exact SQL aggregates) but map to JS *numbers*: they are bounded measurements
 * (0–100 scores, hours, ratios) that the rules engine does arithmetic on, where a double's
 * precision is far beyond what the data carries.
 *
 * Each call builds a fresh DecimalType: MikroORM binds a type instance to its property.
 */
export function money(options: PropertyOptions<object> = {}): PropertyOptions<object> {
  return { type: DecimalType, precision: 14, scale: 2, ...options };
}

export function score(options: PropertyOptions<object> = {}): PropertyOptions<object> {
  return { type: new DecimalType('number'), precision: 5, scale: 2, ...options };
}

export function hours(options: PropertyOptions<object> = {}): PropertyOptions<object> {
  return { type: new DecimalType('number'), precision: 7, scale: 1, ...options };
}

/** KPI values and derived ratios (growth rates, defect rates, contribution percentages). */
export function measure(options: PropertyOptions<object> = {}): PropertyOptions<object> {
  return { type: new DecimalType('number'), precision: 18, scale: 6, ...options };
}

/** Identity primary key; the generator inserts explicit ids and then resets the sequence. */
export const identityKey = { type: 'integer', generated: 'by default as identity' } as const;
