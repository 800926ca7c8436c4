/**
 * The script of the standalone HTML file, as a string: zoom (wheel, buttons), pan (drag), details
 * of a node on click or Enter, and collapse / expand of a node's branch. Plain ES2017, no
 * libraries, and it only ever sets text (`textContent`), never markup.
 */
export const HTML_VIEWER_SCRIPT = String.raw`(function () {
	'use strict';
	var data = JSON.parse(document.getElementById('tk-data').textContent);
	var t = data.ui;
	var svg = document.querySelector('#stage svg');
	var vb0 = svg.viewBox.baseVal;
	var home = { x: vb0.x, y: vb0.y, w: vb0.width, h: vb0.height };
	var vb = { x: home.x, y: home.y, w: home.w, h: home.h };
	svg.removeAttribute('width');
	svg.removeAttribute('height');
	function apply() { svg.setAttribute('viewBox', vb.x + ' ' + vb.y + ' ' + vb.w + ' ' + vb.h); }
	function unitsPerPixel() {
		var r = svg.getBoundingClientRect();
		return Math.max(vb.w / Math.max(1, r.width), vb.h / Math.max(1, r.height));
	}
	function toSvg(clientX, clientY) {
		var m = svg.getScreenCTM();
		if (!m) return { x: vb.x + vb.w / 2, y: vb.y + vb.h / 2 };
		var p = svg.createSVGPoint();
		p.x = clientX; p.y = clientY;
		var q = p.matrixTransform(m.inverse());
		return { x: q.x, y: q.y };
	}
	function zoom(f, cx, cy) {
		var nw = vb.w * f;
		if (nw < home.w / 40 || nw > home.w * 8) return;
		vb.x = cx - (cx - vb.x) * f; vb.y = cy - (cy - vb.y) * f; vb.w = nw; vb.h *= f;
		apply();
	}
	svg.addEventListener('wheel', function (e) {
		e.preventDefault();
		var p = toSvg(e.clientX, e.clientY);
		zoom(e.deltaY > 0 ? 1.15 : 1 / 1.15, p.x, p.y);
	}, { passive: false });
	var drag = null;
	svg.addEventListener('pointerdown', function (e) {
		drag = { x: e.clientX, y: e.clientY, moved: false };
	});
	window.addEventListener('pointermove', function (e) {
		if (!drag) return;
		var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
		if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
		drag.moved = true;
		var k = unitsPerPixel();
		vb.x -= dx * k; vb.y -= dy * k;
		drag.x = e.clientX; drag.y = e.clientY;
		apply();
	});
	window.addEventListener('pointerup', function () { setTimeout(function () { drag = null; }, 0); });
	document.querySelectorAll('[data-zoom]').forEach(function (b) {
		b.addEventListener('click', function () {
			var z = b.getAttribute('data-zoom');
			if (z === 'reset') { vb = { x: home.x, y: home.y, w: home.w, h: home.h }; apply(); return; }
			zoom(z === 'in' ? 1 / 1.3 : 1.3, vb.x + vb.w / 2, vb.y + vb.h / 2);
		});
	});

	var nodes = {}, children = {}, parent = {}, collapsed = {};
	data.nodes.forEach(function (n) { nodes[n.id] = n; });
	data.edges.forEach(function (e) {
		if (!e.backbone) return;
		(children[e.from] = children[e.from] || []).push(e.to);
		parent[e.to] = e.from;
	});
	var nodeEls = {};
	document.querySelectorAll('#stage g[data-id]:not([data-from])').forEach(function (g) {
		nodeEls[g.getAttribute('data-id')] = g;
		g.setAttribute('tabindex', '0');
		g.setAttribute('role', 'button');
		g.style.cursor = 'pointer';
		g.addEventListener('click', function () { if (!drag || !drag.moved) show(g.getAttribute('data-id')); });
		g.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(g.getAttribute('data-id')); } });
	});
	var edgeEls = document.querySelectorAll('#stage g[data-from]');
	function hiddenSet() {
		var hidden = {};
		function hide(id) { (children[id] || []).forEach(function (c) { if (!hidden[c]) { hidden[c] = true; hide(c); } }); }
		Object.keys(collapsed).forEach(function (id) { if (collapsed[id]) hide(id); });
		return hidden;
	}
	function refresh() {
		var hidden = hiddenSet();
		Object.keys(nodeEls).forEach(function (id) { nodeEls[id].style.display = hidden[id] ? 'none' : ''; });
		edgeEls.forEach(function (g) {
			var off = hidden[g.getAttribute('data-from')] || hidden[g.getAttribute('data-to')];
			g.style.display = off ? 'none' : '';
		});
	}
	var panel = document.getElementById('details');
	function el(tag, text, cls) {
		var e = document.createElement(tag);
		if (text !== undefined) e.textContent = text;
		if (cls) e.className = cls;
		return e;
	}
	// Wrapped lines break between words in English and between characters in Chinese.
	var sep = document.documentElement.lang === 'en' ? ' ' : '';
	function label(id) { return nodes[id] ? nodes[id].lines.join(sep) : id; }
	var selected = null;
	function reveal(id) {
		var n = nodes[id];
		if (!n) return;
		// Unfold collapsed ancestors first, then centre the view on the node.
		for (var a = parent[id]; a; a = parent[a]) collapsed[a] = false;
		refresh();
		vb.x = n.x - vb.w / 2; vb.y = n.y - vb.h / 2;
		apply();
		show(id);
	}
	function show(id) {
		var n = nodes[id];
		if (!n) return;
		if (selected && nodeEls[selected]) nodeEls[selected].classList.remove('selected');
		selected = id;
		if (nodeEls[id]) nodeEls[id].classList.add('selected');
		while (panel.firstChild) panel.removeChild(panel.firstChild);
		var close = el('button', '×', 'close');
		close.setAttribute('aria-label', t.close);
		close.addEventListener('click', function () {
			panel.hidden = true;
			if (selected && nodeEls[selected]) nodeEls[selected].classList.remove('selected');
			selected = null;
		});
		panel.appendChild(close);
		panel.appendChild(el('p', n.kindLabel, 'kind'));
		panel.appendChild(el('h2', n.lines.join(sep)));
		var dl = el('dl');
		function row(k, v) { dl.appendChild(el('dt', k)); dl.appendChild(el('dd', v)); }
		row(t.id, n.id);
		row(t.provenance, t.provenances[n.provenance] || n.provenance);
		if (n.hidden > 0) row(t.hidden, String(n.hidden));
		panel.appendChild(dl);
		var rel = data.edges.filter(function (e) { return e.from === id || e.to === id; });
		if (rel.length) {
			panel.appendChild(el('h3', t.relations));
			var ul = el('ul');
			rel.forEach(function (e) {
				var out = e.from === id;
				var text = (out ? '→ ' : '← ') + label(out ? e.to : e.from) + ' · ' + (data.edgeKinds[e.kind] || e.kind) + (e.count > 1 ? ' ×' + e.count : '');
				var li = el('li');
				var go = el('button', text, 'jump');
				go.addEventListener('click', function () { reveal(out ? e.to : e.from); });
				li.appendChild(go);
				ul.appendChild(li);
			});
			panel.appendChild(ul);
		}
		if ((children[id] || []).length) {
			var b = el('button', collapsed[id] ? t.expand : t.collapse, 'toggle');
			b.addEventListener('click', function () {
				collapsed[id] = !collapsed[id];
				b.textContent = collapsed[id] ? t.expand : t.collapse;
				refresh();
			});
			panel.appendChild(b);
		}
		panel.hidden = false;
	}
})();`;
