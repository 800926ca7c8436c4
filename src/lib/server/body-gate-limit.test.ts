import { describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES } from '../../../scripts/body-gate.js';
import { limits } from '#lib/model/limits.js';

// The gate (plain JS, run before SvelteKit) counts a chunked body at the app's limit: a gate
// counting less than the app reads would let more bodies into memory than its budget says.
describe('scripts/body-gate.js', () => {
	it('counts a body at the app’s own limit, limits.bodyBytes', () => {
		expect(BODY_LIMIT_BYTES).toBe(limits.bodyBytes);
	});
});
