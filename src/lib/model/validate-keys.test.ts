import { describe, expect, it } from 'vitest';
import small from '../../../tests/__fixtures__/small-dataset.json' with { type: 'json' };
import { validate } from './validate.js';

describe('validate refuses reserved keys and deep nesting anywhere', () => {
	it('names the path of a reserved key in a field it does not otherwise check', () => {
		const input = JSON.parse(
			JSON.stringify({ ...small, extra: [{ a: 1 }, { b: { c: 2 } }] }).replace('"c"', '"__proto__"')
		);
		const result = validate(input);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['extra[1].b.__proto__']);
	});

	it('walks 100,000 levels without recursion and reports the first value too deep', () => {
		let inner: unknown = 'x';
		for (let i = 0; i < 100_000; i++) inner = { a: inner };
		const result = validate({ ...small, extra: inner });
		expect(!result.ok && result.problems).toEqual([
			{
				path: `extra${'.a'.repeat(63)}`,
				message: 'objects and lists are nested more than 64 deep',
				text: { zh: '对象和列表嵌套超过 64 层', en: 'objects and lists are nested more than 64 deep' }
			}
		]);
	});

	it('accepts the dataset without them', () => {
		expect(validate(small).ok).toBe(true);
	});
});
