import type { KeyValueStore } from '#lib/api-client/my-charts.js';

/** A Map-backed stand-in for localStorage. */
export function memoryStore(): KeyValueStore & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v),
		removeItem: (k) => void data.delete(k)
	};
}
