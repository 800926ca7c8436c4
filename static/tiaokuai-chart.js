// Built by scripts/build-standalone.js from src/lib/standalone/tiaokuai-chart.ts; do not edit.
(function() {
	/**
	* True for a message of this protocol from the embed: an object whose `type` starts with
	* `tiaokuai:` (other libraries share the window's message channel). Its fields are the embed's.
	* @example isEmbedMessage({ type: 'tiaokuai:size', width: 1, height: 1 }) // → true
	*/
	function isEmbedMessage(data) {
		const m = record(data);
		return typeof m?.type === "string" && m.type.startsWith("tiaokuai:");
	}
	function record(data) {
		return typeof data === "object" && data !== null && !Array.isArray(data) ? data : null;
	}
	// src/lib/standalone/tiaokuai-chart.ts
	var RELOAD = [
		"src",
		"lang",
		"controls"
	];
	var STYLE = ":host{display:block;position:relative;width:100%;height:420px;contain:content}:host([hidden]){display:none}iframe{position:absolute;inset:0;width:100%;height:100%;border:0;display:block}";
	/** The custom element: an iframe of `/embed/:id` driven by attributes and postMessage. */
	var TiaokuaiChart = class extends HTMLElement {
		static observedAttributes = [
			"src",
			"step",
			"focus",
			"as-of",
			"lang",
			"controls",
			"height",
			"title"
		];
		frame;
		ready = false;
		origin = "";
		constructor() {
			super();
			const root = this.attachShadow({ mode: "open" });
			const style = document.createElement("style");
			style.textContent = STYLE;
			this.frame = document.createElement("iframe");
			this.frame.setAttribute("allow", "fullscreen");
			this.frame.setAttribute("loading", "lazy");
			root.append(style, this.frame);
			this.onMessage = this.onMessage.bind(this);
		}
		connectedCallback() {
			window.addEventListener("message", this.onMessage);
			this.applyHeight();
			this.frame.setAttribute("title", this.getAttribute("title") || "Tiaokuai chart");
			if (!this.frame.getAttribute("src")) this.load();
		}
		disconnectedCallback() {
			window.removeEventListener("message", this.onMessage);
		}
		attributeChangedCallback(name, oldValue, value) {
			if (oldValue === value || !this.isConnected) return;
			if (RELOAD.includes(name)) this.load();
			else if (name === "height") this.applyHeight();
			else if (name === "title") this.frame.setAttribute("title", value || "Tiaokuai chart");
			else if (this.ready) this.sendAttribute(name, value);
		}
		/** The embed URL with this element's options; null unless src is an http(s) URL. */
		url() {
			const src = this.getAttribute("src");
			if (!src) return null;
			let url;
			try {
				url = new URL(src, document.baseURI);
			} catch {
				return null;
			}
			if (url.protocol !== "http:" && url.protocol !== "https:") return null;
			const step = this.getAttribute("step");
			if (step && /^\d+$/.test(step)) url.searchParams.set("step", step);
			for (const name of [
				"lang",
				"controls",
				"focus"
			]) {
				const value = this.getAttribute(name);
				if (value) url.searchParams.set(name, value);
			}
			const asOf = this.getAttribute("as-of");
			if (asOf) url.searchParams.set("asof", asOf);
			return url;
		}
		load() {
			const url = this.url();
			this.ready = false;
			if (!url) return;
			this.origin = url.origin;
			this.frame.setAttribute("src", url.href);
		}
		applyHeight() {
			const height = this.getAttribute("height");
			if (height && /^\d+$/.test(height)) this.style.height = `${height}px`;
		}
		post(message) {
			if (this.ready && this.frame.contentWindow) this.frame.contentWindow.postMessage(message, this.origin);
		}
		sendAttribute(name, value) {
			if (name === "step" && value) this.goto(/^\d+$/.test(value) ? Number(value) : value);
			else if (name === "focus") this.focusNode(value || null);
			else if (name === "as-of") this.setAsOf(value || null);
		}
		/** Goes to a story step: a number from 1 or a step id. */
		goto(step) {
			this.post({
				type: "tiaokuai:goto",
				step
			});
		}
		/** Rings and frames a node; null clears the focus. */
		focusNode(id) {
			this.post({
				type: "tiaokuai:focus",
				id
			});
		}
		/** Shows the structure as of a date (YYYY-MM-DD); null shows every date. */
		setAsOf(date) {
			this.post({
				type: "tiaokuai:asOf",
				date
			});
		}
		/** Replaces the view state (see docs/embedding.md for its fields). */
		setView(view) {
			this.post({
				type: "tiaokuai:setView",
				view
			});
		}
		onMessage(event) {
			if (event.source !== this.frame.contentWindow || event.origin !== this.origin) return;
			const data = event.data;
			if (!isEmbedMessage(data)) return;
			if (data.type === "tiaokuai:ready") {
				this.ready = true;
				const step = this.getAttribute("step");
				if (step && !/^\d+$/.test(step)) this.goto(step);
			}
			this.dispatchEvent(new CustomEvent(data.type, {
				detail: data,
				bubbles: true,
				composed: true
			}));
		}
	};
	if ("customElements" in window && !customElements.get("tiaokuai-chart")) customElements.define("tiaokuai-chart", TiaokuaiChart);
})();
