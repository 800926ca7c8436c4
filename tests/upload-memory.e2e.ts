import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ownPort, startOwnServer, type OwnServer } from './support/own-server.js';
import { workbook } from './support/workbook.js';

/**
 * Issue 16's memory bound: any upload up to the 5 MB body limit is answered with at most ~256 MB
 * of memory beyond what the server held before it — measured as the server's resident size, so
 * the parsing worker counts too. Each upload is the worst of its kind that the limit lets through.
 */
const port = ownPort(1105);
const BODY_LIMIT = 5 * 1024 * 1024;
const EXTRA_MB = 256;
let server: OwnServer;

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

test.beforeAll(async () => {
	server = await startOwnServer('scripts/serve.js', port);
});

test.afterAll(async () => {
	await server?.stop();
});

const rssMb = () =>
	Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.process.pid}/status`, 'utf8'))![1]) / 1024;

/** Lines `make(i)` for i = 0, 1, … under the header, as many as fit in the body limit. */
function tableUpTo(header: string, make: (i: number) => string, most = Infinity): Buffer {
	const lines = [header];
	let bytes = header.length;
	for (let i = 0; i < most; i++) {
		const line = make(i);
		bytes += Buffer.byteLength(line) + 1;
		if (bytes > BODY_LIMIT - 4096) break;
		lines.push(line);
	}
	return Buffer.from(lines.join('\n'));
}

/** A workbook of `rows` units in one chain, each row three text cells under a header. */
function chainWorkbook(rows: number): Buffer {
	const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
	const row = (r: number, cells: string[]) =>
		`<row r="${r}">${cells.map((text, i) => cell(`${'ABC'[i]}${r}`, text)).join('')}</row>`;
	const body = Array.from({ length: rows }, (_, i) => row(i + 2, [`U${i}`, `单位${i}`, `U${i + 1}`]));
	return workbook(row(1, ['编号', '名称', '上级']) + body.join(''));
}

/** A chart of `n` units under one, each with a relation up, as JSON to create. */
function bigChart(n: number): Buffer {
	const dataset = JSON.parse(readFileSync('tests/__fixtures__/small-dataset.json', 'utf8'));
	dataset.nodes = [dataset.nodes[0]];
	dataset.edges = [];
	for (let i = 0; i < n - 1; i++) {
		dataset.nodes.push({
			id: `o${i}`,
			kind: 'party-org',
			label: { zh: `党支部${i}`, en: `Branch ${i}` },
			cites: [],
			provenance: 'user'
		});
		dataset.edges.push({
			id: `e${i}`,
			kind: 'leads',
			from: 'body',
			to: `o${i}`,
			cites: [],
			provenance: 'user'
		});
	}
	return Buffer.from(JSON.stringify({ dataset }));
}

/** Posts `body` to `path` and follows the server's resident size until the answer has come. */
async function peakExtraMb(path: string, body: { multipart?: Buffer; name?: string; json?: Buffer }) {
	const before = rssMb();
	let peak = before;
	const timer = setInterval(() => (peak = Math.max(peak, rssMb())), 5);
	const form = new FormData();
	if (body.multipart) form.append('file', new Blob([new Uint8Array(body.multipart)]), body.name);
	const res = await fetch(`${server.origin}${path}`, {
		method: 'POST',
		body: body.multipart ? form : new Uint8Array(body.json!),
		headers: body.json
			? { 'content-type': 'application/json', origin: server.origin }
			: { origin: server.origin }
	});
	const text = await res.text();
	clearInterval(timer);
	return { status: res.status, extra: peak - before, bytes: text.length };
}

const uploads: [string, () => Promise<{ status: number; extra: number; bytes: number }>][] = [
	[
		'a 5 MB chain of parents (refused past 50,000 units)',
		() =>
			peakExtraMb('/api/import', {
				name: 'chain.csv',
				multipart: tableUpTo('编号,名称,上级', (i) => `U${i},单位${i},U${i + 1}`)
			})
	],
	[
		'50,000 units in one chain (the most a chart holds)',
		() =>
			peakExtraMb('/api/import', {
				name: 'units.csv',
				multipart: tableUpTo('编号,名称,上级', (i) => `U${i},单位${i},U${i + 1}`, 49_999)
			})
	],
	[
		'a workbook of 50,000 units in one chain',
		() => peakExtraMb('/api/import', { name: 'rows.xlsx', multipart: chainWorkbook(49_999) })
	],
	[
		'a chart of 24,000 units created over the API',
		() => peakExtraMb('/api/charts', { json: bigChart(24_000) })
	]
];

for (const [what, send] of uploads) {
	test(`${what}: answered with at most ${EXTRA_MB} MB more memory`, async () => {
		const { status, extra, bytes } = await send();
		console.log(`${what}: ${status}, ${bytes} bytes answered, ${Math.round(extra)} MB more at the peak`);
		expect([200, 201]).toContain(status);
		expect(extra).toBeLessThan(EXTRA_MB);
		const list = await fetch(`${server.origin}/api/charts`);
		// What the server said, when the list is refused: the reason is in its log.
		expect(list.status, `${await list.text()}\n${server.output().slice(-4000)}`).toBe(200);
	});
}
