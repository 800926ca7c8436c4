import { describe, expect, test } from 'vitest';
import { sceneEmphasis, type EmphasisOptions } from './emphasis.js';

describe('sceneEmphasis(options)', () => {
	test.each<[string, EmphasisOptions, string, string]>([
		['nothing asked: all plain', {}, 'normal', 'normal'],
		['a selection rings its node and the lines touching it', { highlight: ['a'] }, 'highlight', 'highlight'],
		['dimOthers fades the rest', { highlight: ['x'], dimOthers: true }, 'dim', 'dim'],
		['a filter fades its rejects', { dim: ['a'] }, 'dim', 'dim'],
		['a highlight wins over a dim', { highlight: ['a'], dim: ['a'] }, 'highlight', 'highlight'],
		[
			'a trace rings the lines it names, not those touching its nodes',
			{ highlight: ['a'], highlightEdges: ['other'], dimOthers: true },
			'highlight',
			'dim'
		],
		['a traced line rings', { highlight: ['x'], highlightEdges: ['e'], dimOthers: true }, 'dim', 'highlight']
	])('%s', (_, options, node, line) => {
		const emphasis = sceneEmphasis(options);
		expect(emphasis.node('a')).toBe(node);
		expect(emphasis.line(['e'], 'a', 'b')).toBe(line);
	});

	test('says when every node and line is plain, so writing can skip asking', () => {
		expect(sceneEmphasis({}).plainLines).toBe(true);
		expect(sceneEmphasis({ highlightEdges: [] }).plainLines).toBe(false);
		expect(sceneEmphasis({ dim: ['a'] }).plain).toBe(false);
	});
});
