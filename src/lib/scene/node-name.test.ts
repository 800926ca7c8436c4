import { describe, expect, it } from 'vitest';
import { nodeName, spokenLines } from './node-name.js';

describe('spokenLines(lines, whole)', () => {
	it.each([
		[['General Office of the', 'CPC Central Committee'], 'General Office of the CPC Central Committee'],
		[['中共中央办公', '厅'], '中共中央办公厅'],
		[['一个很长的名', '字…'], '一个很长的名字而且还有更多']
	])('gives %j back as they read in %s', (lines, whole) => {
		const spoken = spokenLines(lines, whole);
		expect(spoken.map((l) => l.trim())).toEqual(lines);
		if (!lines.at(-1)!.endsWith('…')) expect(spoken.join('')).toBe(whole);
	});
});

describe('nodeName(node, lang)', () => {
	it('reads label, kind, then the badge and what is hidden, in the order the box is drawn', () => {
		expect(nodeName({ label: '县委', kind: '地方党委' }, 'zh')).toBe('县委，地方党委');
		expect(
			nodeName({ label: 'County', kind: 'Committee', badge: '+3', hidden: 'Hidden below: 3' }, 'en')
		).toBe('County, Committee +3, Hidden below: 3');
	});
});
