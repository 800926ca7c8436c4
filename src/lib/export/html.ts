import { reroutedWords } from '#lib/scene/reroute-marks.js';
import type { Scene } from '#lib/scene/types.js';
import { escapeXml } from './escape-xml.js';
import { HTML_VIEWER_SCRIPT } from './html-viewer.built.js';
import type { ViewerData } from './html-viewer-data.js';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './options.js';
import { footerText, pageFrame } from './page-frame.js';
import { svgMarkup } from './svg.js';

/** The viewer's words in both languages. */
const UI = {
	zh: {
		zoomIn: '放大',
		zoomOut: '缩小',
		reset: '复位',
		close: '关闭',
		id: '标识',
		provenance: '来源',
		hidden: '折叠的节点',
		relations: '关系',
		collapse: '折叠此分支',
		expand: '展开此分支',
		hint: '滚轮缩放，拖动平移，点击节点查看详情',
		provenances: {
			primary: '原始文件',
			secondary: '其他来源',
			interpretive: '推断（非原文明说）',
			user: '用户添加'
		}
	},
	en: {
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		reset: 'Reset',
		close: 'Close',
		id: 'Id',
		provenance: 'Source',
		hidden: 'Hidden nodes',
		relations: 'Relations',
		collapse: 'Collapse this branch',
		expand: 'Expand this branch',
		hint: 'Wheel to zoom, drag to pan, click a node for details',
		provenances: {
			primary: 'Primary text',
			secondary: 'Other source',
			interpretive: 'Inferred (not stated by a text)',
			user: 'Added by a user'
		}
	}
};

/**
 * JSON for an inline `<script type="application/json">`: `<`, `>`, `&` and the JavaScript line
 * separators are escaped so no label can close the script element or break parsing.
 */
export function inlineJson(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

const STYLE = `*{box-sizing:border-box}html,body{margin:0;height:100%}
body{display:flex;flex-direction:column;font-family:var(--font);color:var(--text);background:var(--bg)}
header{display:flex;align-items:center;gap:1rem;padding:.5rem 1rem;border-bottom:1px solid var(--border)}
h1{font-size:1.1rem;margin:0;flex:1}
header button{font:inherit;padding:.25rem .6rem;border:1px solid var(--border);background:var(--panel);color:var(--text);border-radius:4px;cursor:pointer}
.hint{color:var(--muted);font-size:.8rem}
main{flex:1;position:relative;min-height:0}
#stage{position:absolute;inset:0}#stage svg{width:100%;height:100%;touch-action:none;cursor:grab}
#stage g[tabindex]:focus{outline:none}#stage g[tabindex]:focus-visible path{stroke-width:3}
#details{position:absolute;top:1rem;right:1rem;width:min(22rem,90%);max-height:calc(100% - 2rem);overflow:auto;padding:1rem;background:var(--panel);border:1px solid var(--border);border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.15)}
#details h2{margin:.2rem 0 .6rem;font-size:1.1rem}#details h3{font-size:.9rem;margin:.8rem 0 .3rem}
#details .kind{margin:0;color:var(--muted);font-size:.8rem}
#details dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem .8rem;margin:0;font-size:.85rem}#details dt{color:var(--muted)}#details dd{margin:0;word-break:break-all}
#details ul{margin:0;padding-left:1rem;font-size:.85rem}#details .jump{font:inherit;text-align:left;padding:.1rem 0;border:0;background:none;color:var(--text);cursor:pointer;text-decoration:underline dotted}
#stage g.selected>path:nth-of-type(1){stroke-width:3.5}
#details .close{position:absolute;top:.4rem;right:.5rem;border:0;background:none;font-size:1.2rem;cursor:pointer;color:var(--text)}
#details .toggle{margin-top:.8rem;font:inherit;padding:.3rem .7rem;border:1px solid var(--border);border-radius:4px;background:var(--bg);color:var(--text);cursor:pointer}
footer{padding:.35rem 1rem;font-size:.75rem;color:var(--muted);border-top:1px solid var(--border)}`;

/**
 * Exports a Scene as one self-contained HTML file: the chart as inline SVG, a small embedded
 * viewer (zoom, pan, node details, collapse / expand of branches), the data inline as JSON and a
 * Content-Security-Policy that forbids every network request. Opens from disk in any browser.
 */
export function exportHtml(scene: Scene, options: ExportOptions = {}): Uint8Array {
	const {
		title = scene.title,
		sourceLine = scene.sourceLine,
		margin = DEFAULT_EXPORT_OPTIONS.margin
	} = options;
	const ui = UI[scene.lang];
	const theme = scene.theme;
	// The page shows title and footer itself; the drawing carries only the chart and its legend.
	const frame = pageFrame(scene, '', '', margin);
	const svg = svgMarkup(scene, { ...options, title: '', sourceLine: '', margin }, { dataIds: true }).replace(
		/^<\?xml[^>]*>\n/,
		''
	);
	const data: ViewerData = {
		ui,
		nodes: scene.nodes.map((n) => ({
			id: n.id,
			kind: n.kind,
			kindLabel: n.kindLabel,
			// Centre in the drawing's coordinates (the SVG's viewBox), to pan to it.
			x: n.x + frame.dx,
			y: n.y + frame.dy,
			lines: n.lines,
			provenance: n.provenance,
			hidden: n.hidden,
			hiddenByKind: n.hiddenByKind
		})),
		edges: scene.edges.map((e) => ({
			id: e.id,
			kind: e.kind,
			from: e.from,
			to: e.to,
			label: e.label,
			count: e.count,
			backbone: e.backbone,
			// As the screen's accessible name and the PPTX alt text say it.
			via: reroutedWords(e, scene.lang)
		})),
		edgeKinds: Object.fromEntries(scene.legend.edges.map((e) => [e.kind, e.label]))
	};
	// Inside <style> entities are not decoded, so theme values are cleaned of what could end a rule or the element.
	const css = (v: string) => v.replace(/[<>{};\\]/g, '');
	const vars = `:root{--font:${css(theme.fontFamily)};--text:${css(theme.text)};--muted:${css(theme.mutedText)};--bg:${css(theme.background)};--panel:${css(theme.panel)};--border:${css(theme.border)}}`;
	const footer = footerText(scene, sourceLine);
	const html =
		'<!DOCTYPE html>\n' +
		`<html lang="${scene.lang === 'zh' ? 'zh-CN' : 'en'}">\n<head>\n<meta charset="utf-8">\n` +
		`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">\n` +
		'<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
		`<title>${escapeXml(title || scene.title)}</title>\n<style>${vars}\n${STYLE}</style>\n</head>\n<body>\n` +
		`<header><h1>${escapeXml(title || scene.title)}</h1><span class="hint">${escapeXml(ui.hint)}</span>` +
		`<button type="button" data-zoom="in" aria-label="${ui.zoomIn}">+</button><button type="button" data-zoom="out" aria-label="${ui.zoomOut}">−</button><button type="button" data-zoom="reset">${ui.reset}</button></header>\n` +
		`<main><div id="stage">${svg}</div><aside id="details" hidden aria-live="polite"></aside></main>\n` +
		(footer ? `<footer>${escapeXml(footer)}</footer>\n` : '') +
		`<script type="application/json" id="tk-data">${inlineJson(data)}</script>\n` +
		`<script>${HTML_VIEWER_SCRIPT}</script>\n</body>\n</html>\n`;
	return new TextEncoder().encode(html);
}
