import { describe, expect, it } from 'vitest';
import { buildPackedScene } from './build-scene.js';
import { fixture } from './__fixtures__/chain.js';
import { omitRepeatedTexts, restoreRepeatedTexts, sceneTexts } from './repeated-texts.js';

const view = { lang: 'en' as const, expanded: 'all' as const };
const plain = buildPackedScene(fixture, view);
const picked = buildPackedScene(fixture, view, { highlight: [fixture.nodes[2].id] });
const chinese = buildPackedScene(fixture, { ...view, lang: 'zh' });

describe('omitRepeatedTexts(packed, sent) and restoreRepeatedTexts(packed, repeated, received)', () => {
	it('leave nothing out of the first Scene', () => {
		expect(omitRepeatedTexts(plain, null)).toEqual({ packed: plain, repeated: [] });
	});

	it('leave out the texts a selection repeats, and put back the very strings received', () => {
		const { packed, repeated } = omitRepeatedTexts(picked, sceneTexts(plain));
		expect(repeated).toEqual(['nodeIds', 'lines', 'edgeIds']);
		expect([packed.nodeIds.text, packed.lines.text, packed.edgeIds.text]).toEqual(['', '', '']);
		// The Scene given is left whole.
		expect(picked.lines.text).not.toBe('');
		const received = sceneTexts(plain);
		const whole = restoreRepeatedTexts(packed, repeated, received);
		expect(whole).toEqual(picked);
		expect(whole.lines.text).toBe(received.lines);
	});

	it('send a text that changed: the labels in another language', () => {
		const { packed, repeated } = omitRepeatedTexts(chinese, sceneTexts(plain));
		expect(repeated).toEqual(['nodeIds', 'edgeIds']);
		expect(packed.lines.text).toBe(chinese.lines.text);
		expect(restoreRepeatedTexts(packed, repeated, sceneTexts(plain))).toEqual(chinese);
	});

	it('refuse to put back texts when no Scene was received before', () => {
		const { packed, repeated } = omitRepeatedTexts(picked, sceneTexts(plain));
		expect(() => restoreRepeatedTexts(packed, repeated, null)).toThrow(/not received/);
		// Another Scene's texts: its labels do not add up to these lengths.
		expect(() => restoreRepeatedTexts(packed, repeated, sceneTexts(chinese))).toThrow(/lines/);
		expect(restoreRepeatedTexts(plain, undefined, null)).toBe(plain);
	});
});
