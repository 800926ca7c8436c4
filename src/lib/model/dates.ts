import type { Validity } from './types.js';

/** True when a validity interval contains a date (`from` inclusive, `to` exclusive, open ends unbounded). */
export function isValidOn(valid: Validity | undefined, date: string): boolean {
	if (!valid) return true;
	return (!valid.from || valid.from <= date) && (!valid.to || date < valid.to);
}
