import { describe, expect, it } from 'vitest';
import { parsePresentMessage } from './present-channel.js';

describe('parsePresentMessage(data)', () => {
	it.each([
		[
			{ type: 'step', index: 2, lang: 'en' },
			{ type: 'step', index: 2, lang: 'en' }
		],
		[
			{ type: 'step', index: 0, lang: 'zh', extra: 1 },
			{ type: 'step', index: 0, lang: 'zh' }
		],
		[
			{ type: 'goto', index: 3 },
			{ type: 'goto', index: 3 }
		],
		[{ type: 'hello', index: 9 }, { type: 'hello' }],
		// The deck's language comes with its step: a step without one is not the deck's.
		[{ type: 'step', index: 2 }, null],
		[{ type: 'step', index: 2, lang: 'fr' }, null],
		[{ type: 'goto', index: -1 }, null],
		[{ type: 'step', index: 1.5, lang: 'en' }, null],
		[{ type: 'other' }, null],
		['step', null],
		[null, null]
	])('%j → %j', (data, message) => {
		expect(parsePresentMessage(data)).toEqual(message);
	});
});
