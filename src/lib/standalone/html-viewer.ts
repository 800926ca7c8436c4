/**
 * The viewer of the standalone HTML file (`exportHtml`): zoom (wheel, buttons), pan (drag),
 * details of a node on click or Enter, and collapse / expand of a node's branch. No libraries,
 * and it only ever sets text (`textContent`), never markup. `npm run build:standalone` bundles it
 * to ES2017 into `src/lib/export/html-viewer.built.ts`, the string the exporter inlines.
 */
import type { ViewerData, ViewerEdge, ViewerNode } from '#lib/export/html-viewer-data.js';
import { hiddenNodes, toggleBranch, unfoldAbove, viewerBranches } from './viewer-branches.js';
import { viewerCamera } from './viewer-camera.js';

const data = JSON.parse(document.getElementById('tk-data')!.textContent!) as ViewerData;
const t = data.ui;
const camera = viewerCamera(document.querySelector<SVGSVGElement>('#stage svg')!);
const branches = viewerBranches(data.edges);
const nodes = new Map<string, ViewerNode>(data.nodes.map((n) => [n.id, n]));
const nodeEls = new Map<string, SVGGElement>();
const edgeEls = document.querySelectorAll<SVGGElement>('#stage g[data-from]');
const panel = document.getElementById('details')!;
// Wrapped lines break between words in English and between characters in Chinese.
const sep = document.documentElement.lang === 'en' ? ' ' : '';
let selected: string | null = null;

document.querySelectorAll<SVGGElement>('#stage g[data-id]:not([data-from])').forEach((g) => {
	const id = g.getAttribute('data-id')!;
	nodeEls.set(id, g);
	g.setAttribute('tabindex', '0');
	g.setAttribute('role', 'button');
	g.style.cursor = 'pointer';
	g.addEventListener('click', () => {
		if (!camera.drag()?.moved) show(id);
	});
	g.addEventListener('keydown', (e) => {
		if (e.key !== 'Enter' && e.key !== ' ') return;
		e.preventDefault();
		show(id);
	});
});

/** Hides the nodes of folded branches and the relations that touch them. */
function refresh(): void {
	const hidden = hiddenNodes(branches);
	for (const [id, g] of nodeEls) g.style.display = hidden.has(id) ? 'none' : '';
	edgeEls.forEach((g) => {
		const off = hidden.has(g.getAttribute('data-from')!) || hidden.has(g.getAttribute('data-to')!);
		g.style.display = off ? 'none' : '';
	});
}

/** An element with `text` as its text and `cls` as its class. */
function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	cls?: string
): HTMLElementTagNameMap[K] {
	const e = document.createElement(tag);
	if (text !== undefined) e.textContent = text;
	if (cls) e.className = cls;
	return e;
}

function label(id: string): string {
	return nodes.get(id)?.lines.join(sep) ?? id;
}

/** Unfolds the branches above a node, centres the view on it and shows its details. */
function reveal(id: string): void {
	const n = nodes.get(id);
	if (!n) return;
	unfoldAbove(branches, id);
	refresh();
	camera.centreOn(n.x, n.y);
	show(id);
}

function select(id: string | null): void {
	if (selected) nodeEls.get(selected)?.classList.remove('selected');
	selected = id;
	if (id) nodeEls.get(id)?.classList.add('selected');
}

/** The details panel of a node: kind, name, id, source, relations, and its branch's fold button. */
function show(id: string): void {
	const n = nodes.get(id);
	if (!n) return;
	select(id);
	while (panel.firstChild) panel.removeChild(panel.firstChild);
	const close = el('button', '×', 'close');
	close.setAttribute('aria-label', t.close);
	close.addEventListener('click', () => {
		panel.hidden = true;
		select(null);
	});
	panel.append(close, el('p', n.kindLabel, 'kind'), el('h2', n.lines.join(sep)), facts(n));
	const related = data.edges.filter((e) => e.from === id || e.to === id);
	if (related.length) panel.append(el('h3', t.relations), relations(id, related));
	if ((branches.children.get(id) ?? []).length) panel.append(foldButton(id));
	panel.hidden = false;
}

function facts(n: ViewerNode): HTMLDListElement {
	const dl = el('dl');
	const row = (k: string, v: string) => dl.append(el('dt', k), el('dd', v));
	row(t.id, n.id);
	row(t.provenance, t.provenances[n.provenance] || n.provenance);
	if (n.hidden > 0) row(t.hidden, String(n.hidden));
	return dl;
}

/** The node's relations, each a button that goes to the node at its other end, a rerouted one said so. */
function relations(id: string, related: ViewerEdge[]): HTMLUListElement {
	const ul = el('ul');
	for (const e of related) {
		const out = e.from === id;
		const other = out ? e.to : e.from;
		const count = e.count > 1 ? ` ×${e.count}` : '';
		const text = `${out ? '→ ' : '← '}${label(other)} · ${data.edgeKinds[e.kind] || e.kind}${count}${e.via}`;
		const go = el('button', text, 'jump');
		go.addEventListener('click', () => reveal(other));
		const li = el('li');
		li.append(go);
		ul.append(li);
	}
	return ul;
}

function foldButton(id: string): HTMLButtonElement {
	const b = el('button', branches.collapsed.has(id) ? t.expand : t.collapse, 'toggle');
	b.addEventListener('click', () => {
		b.textContent = toggleBranch(branches, id) ? t.expand : t.collapse;
		refresh();
	});
	return b;
}
