// Child process for the kill-during-write test: creates a chart, then saves revisions as fast as it
// can and prints "rev N" after each commit, until its parent kills it. The argument is a SQLite
// file or a postgres:// URL.
import { PgChartStore } from '../../src/lib/server/pg-chart-store.js';
import { SqliteChartStore } from '../../src/lib/server/sqlite-chart-store.js';
import type { Dataset } from '../../src/lib/model/types.js';

const where = process.argv[2];
const store = where.startsWith('postgres://') ? new PgChartStore(where) : new SqliteChartStore(where);

/** A dataset big enough (≈ 300 KB) that a kill often lands inside a write. */
function datasetAt(rev: number): Dataset {
	const nodes = Array.from({ length: 2000 }, (_, i) => ({
		id: `n${i}`,
		kind: 'unit',
		label: { zh: `单位 ${i} 第 ${rev} 版`, en: `Unit ${i} revision ${rev}` },
		cites: [],
		provenance: 'user' as const
	}));
	return {
		format: 'tiaokuai/1',
		id: 'kill-test',
		title: { zh: `第 ${rev} 版`, en: `Revision ${rev}` },
		kinds: {
			nodes: [{ id: 'unit', label: { zh: '单位', en: 'Unit' }, color: '#333333', shape: 'rect' }],
			edges: []
		},
		nodes,
		edges: [],
		sources: []
	};
}

const { chart } = await store.create(datasetAt(1), { author: 'writer', message: 'rev 1' });
process.stdout.write(`chart ${chart.id}\nrev 1\n`);
for (let rev = 2; ; rev++) {
	await store.update(chart.id, rev - 1, datasetAt(rev), { author: 'writer', message: `rev ${rev}` });
	process.stdout.write(`rev ${rev}\n`);
}
