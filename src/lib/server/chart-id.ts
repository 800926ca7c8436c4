import { randomBytes } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A new chart id: 10 characters of base62 (about 59 bits), safe in a URL path. It has no hyphen,
 * so it can never equal a built-in dataset id such as `opinions-2015`.
 */
export function newChartId(): string {
	const bytes = randomBytes(10);
	let id = '';
	// 248 = 4 × 62: rejecting bytes at or above it keeps every character equally likely.
	for (let i = 0; id.length < 10; i++) {
		const b = i < bytes.length ? bytes[i] : randomBytes(1)[0];
		if (b < 248) id += alphabet[b % 62];
	}
	return id;
}

/** True when `id` has the shape of a stored chart's id. */
export function isChartId(id: string): boolean {
	return /^[0-9A-Za-z]{10}$/.test(id);
}
