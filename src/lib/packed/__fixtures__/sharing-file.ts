import type { Dataset, NodeDef } from '#lib/model/types.js';
import { generateNational } from '#lib/data/generate-national.js';
import { COUNTS_BYTES, NODE_COLUMNS, chunkLayout, columnViews } from '../chunk-layout.js';
import { encodePacked } from '../encode.js';

/**
 * A one-chunk packed file of `count` root units in which every record names the same string in
 * `column`: the first unit's extra JSON (`{"attrs":{"a":…}}` with `value` as the attribute) or
 * its Chinese name (`value` itself). Tiaokuai's encoder gives each record strings of its own, so
 * only a hostile writer makes such a file; the tests use it to show that one string named 30,000
 * times is parsed once, and that the text the records expand to is bounded.
 */
export function sharingFile(count: number, value: string, column: 'extra' | 'zh'): Uint8Array {
	const parts = encodePacked(sharingDataset(count, value, column), { firstChunk: count, chunkNodes: count });
	if (parts.length !== 2) throw new Error('Expected the header and one chunk.');
	const chunk = parts[1];
	const [n, m, s, sb] = new Uint32Array(chunk.buffer, 4, COUNTS_BYTES / 4);
	const nodes = columnViews(chunk.buffer, 4, chunkLayout(n, m, s, sb).node, NODE_COLUMNS, n);
	// The first unit's string, whatever place the arrival order gave it.
	const first = nodes[column][nodes.at.indexOf(0)];
	nodes[column].fill(first);
	const out = new Uint8Array(parts[0].byteLength + chunk.byteLength);
	out.set(parts[0]);
	out.set(chunk, parts[0].byteLength);
	return out;
}

/** `count` roots of the first node kind; the first carries `value` in `column`. */
function sharingDataset(count: number, value: string, column: 'extra' | 'zh'): Dataset {
	const base = generateNational({ nodes: 1 });
	const kind = base.kinds.nodes[0].id;
	const nodes: NodeDef[] = Array.from({ length: count }, (_, i) => ({
		id: `u${i}`,
		kind,
		label: { zh: i === 0 && column === 'zh' ? value : `单位${i}`, en: `Unit ${i}` },
		cites: [],
		provenance: 'user',
		...(i === 0 && column === 'extra' ? { attrs: { a: value } } : {})
	}));
	return { ...base, nodes, edges: [] };
}
