import { expect, test } from 'vitest';
import { colorHex } from './color-hex.js';

test.each([
	['#b91c1c', 'B91C1C'],
	['#abc', 'AABBCC'],
	['#11223344', '112233'],
	['red', '000000'],
	['"/><p:sp>', '000000']
])('colorHex(%j) is %j', (input, expected) => {
	expect(colorHex(input)).toBe(expected);
});
