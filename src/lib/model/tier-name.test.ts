import { describe, expect, it } from 'vitest';
import { ADMIN_TIERS, tierName } from './tier-name.js';

describe('tierName(kinds, tier, lang)', () => {
	it.each([
		[0, 'zh', '中央'],
		[2, 'zh', '地市级'],
		[3, 'en', 'County'],
		[5, 'en', 'Social organisation'],
		[9, 'zh', '第 9 级'],
		[9, 'en', 'Tier 9']
	] as const)('tier %i in %s is %s', (tier, lang, name) => {
		expect(tierName({ tiers: ADMIN_TIERS }, tier, lang)).toBe(name);
	});
	it('calls a tier by its number when the chart names none', () => {
		expect(tierName({}, 1, 'zh')).toBe('第 1 级');
	});
});
