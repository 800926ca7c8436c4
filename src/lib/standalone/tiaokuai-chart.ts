/**
 * <tiaokuai-chart>: a Tiaokuai chart in any page, without a build step.
 *
 *   <script src="https://HOST/tiaokuai-chart.js" defer></script>
 *   <tiaokuai-chart src="https://HOST/embed/opinions-2015?controls=minimal" step="2" lang="en"
 *                   height="480" title="Party building in social organisations"></tiaokuai-chart>
 *
 * Attributes: src (an /embed/ URL), step (number from 1, or a step id), focus (node id),
 * as-of (YYYY-MM-DD), lang (zh|en), controls (none|minimal|full), height (px), title.
 * Changes of step, focus and as-of are sent to the chart with postMessage; src, lang and
 * controls reload it. The chart's messages come back as DOM events on the element (bubbling,
 * crossing shadow roots): `tiaokuai:ready`, `tiaokuai:step`, `tiaokuai:size`, with the message
 * as `event.detail`. Methods: goto(step), focusNode(id), setAsOf(date), setView(view).
 *
 * `npm run build:standalone` bundles this file to `static/tiaokuai-chart.js`.
 */
import type { ViewState } from '#lib/model/types.js';
import { isEmbedMessage, type HostMessage } from '#lib/embed/protocol.js';

const RELOAD = ['src', 'lang', 'controls'];
const STYLE =
	':host{display:block;position:relative;width:100%;height:420px;contain:content}' +
	':host([hidden]){display:none}' +
	'iframe{position:absolute;inset:0;width:100%;height:100%;border:0;display:block}';

/** The custom element: an iframe of `/embed/:id` driven by attributes and postMessage. */
class TiaokuaiChart extends HTMLElement {
	static observedAttributes = ['src', 'step', 'focus', 'as-of', 'lang', 'controls', 'height', 'title'];

	readonly frame: HTMLIFrameElement;
	ready = false;
	origin = '';

	constructor() {
		super();
		const root = this.attachShadow({ mode: 'open' });
		const style = document.createElement('style');
		style.textContent = STYLE;
		this.frame = document.createElement('iframe');
		this.frame.setAttribute('allow', 'fullscreen');
		this.frame.setAttribute('loading', 'lazy');
		root.append(style, this.frame);
		this.onMessage = this.onMessage.bind(this);
	}

	connectedCallback(): void {
		window.addEventListener('message', this.onMessage);
		this.applyHeight();
		this.frame.setAttribute('title', this.getAttribute('title') || 'Tiaokuai chart');
		if (!this.frame.getAttribute('src')) this.load();
	}

	disconnectedCallback(): void {
		window.removeEventListener('message', this.onMessage);
	}

	attributeChangedCallback(name: string, oldValue: string | null, value: string | null): void {
		if (oldValue === value || !this.isConnected) return;
		if (RELOAD.includes(name)) this.load();
		else if (name === 'height') this.applyHeight();
		else if (name === 'title') this.frame.setAttribute('title', value || 'Tiaokuai chart');
		else if (this.ready) this.sendAttribute(name, value);
	}

	/** The embed URL with this element's options; null unless src is an http(s) URL. */
	url(): URL | null {
		const src = this.getAttribute('src');
		if (!src) return null;
		let url: URL;
		try {
			url = new URL(src, document.baseURI);
		} catch {
			return null;
		}
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
		const step = this.getAttribute('step');
		if (step && /^\d+$/.test(step)) url.searchParams.set('step', step);
		for (const name of ['lang', 'controls', 'focus']) {
			const value = this.getAttribute(name);
			if (value) url.searchParams.set(name, value);
		}
		const asOf = this.getAttribute('as-of');
		if (asOf) url.searchParams.set('asof', asOf);
		return url;
	}

	load(): void {
		const url = this.url();
		this.ready = false;
		if (!url) return;
		this.origin = url.origin;
		this.frame.setAttribute('src', url.href);
	}

	applyHeight(): void {
		const height = this.getAttribute('height');
		if (height && /^\d+$/.test(height)) this.style.height = `${height}px`;
	}

	post(message: HostMessage): void {
		if (this.ready && this.frame.contentWindow) this.frame.contentWindow.postMessage(message, this.origin);
	}

	sendAttribute(name: string, value: string | null): void {
		if (name === 'step' && value) this.goto(/^\d+$/.test(value) ? Number(value) : value);
		else if (name === 'focus') this.focusNode(value || null);
		else if (name === 'as-of') this.setAsOf(value || null);
	}

	/** Goes to a story step: a number from 1 or a step id. */
	goto(step: number | string): void {
		this.post({ type: 'tiaokuai:goto', step });
	}

	/** Rings and frames a node; null clears the focus. */
	focusNode(id: string | null): void {
		this.post({ type: 'tiaokuai:focus', id });
	}

	/** Shows the structure as of a date (YYYY-MM-DD); null shows every date. */
	setAsOf(date: string | null): void {
		this.post({ type: 'tiaokuai:asOf', date });
	}

	/** Replaces the view state (see docs/embedding.md for its fields). */
	setView(view: ViewState): void {
		this.post({ type: 'tiaokuai:setView', view });
	}

	onMessage(event: MessageEvent): void {
		if (event.source !== this.frame.contentWindow || event.origin !== this.origin) return;
		const data: unknown = event.data;
		if (!isEmbedMessage(data)) return;
		if (data.type === 'tiaokuai:ready') {
			this.ready = true;
			// Attributes set while the chart was loading and not carried by the URL.
			const step = this.getAttribute('step');
			if (step && !/^\d+$/.test(step)) this.goto(step);
		}
		this.dispatchEvent(new CustomEvent(data.type, { detail: data, bubbles: true, composed: true }));
	}
}

if ('customElements' in window && !customElements.get('tiaokuai-chart'))
	customElements.define('tiaokuai-chart', TiaokuaiChart);
