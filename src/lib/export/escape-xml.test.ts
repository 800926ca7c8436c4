import { expect, test } from 'vitest';
import { escapeXml } from './escape-xml.js';

test.each([
	['<a & "b">', '&lt;a &amp; &quot;b&quot;&gt;'],
	["it's", 'it&apos;s'],
	['党 & 政', '党 &amp; 政'],
	['bad\u0001control\u000bchars\ufffe', 'badcontrolchars'],
	['tab\tand\nnewline', 'tab\tand\nnewline'],
	['🚩', '🚩']
])('escapeXml(%j) is %j', (input, expected) => {
	expect(escapeXml(input)).toBe(expected);
});
