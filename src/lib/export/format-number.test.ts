import { expect, test } from 'vitest';
import { formatNumber } from './format-number.js';

test.each([
	[1.005, '1'],
	[-0.001, '0'],
	[12.5, '12.5'],
	[3.14159, '3.14'],
	[-7, '-7']
])('formatNumber(%s) is %j', (input, expected) => {
	expect(formatNumber(input)).toBe(expected);
});
