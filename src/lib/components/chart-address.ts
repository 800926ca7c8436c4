import type { Dataset } from '#lib/model/types.js';
import { decodeView, encodeView, type UrlView, type UrlWarning } from '#lib/scene/view-url.js';

/**
 * The explorer page's query string for one dataset, read and written: node ids and kinds are
 * checked against the dataset, and expanded sets written in the dataset's node order. The node
 * lists are made the first time an address names nodes (a focus, an expanded set), not on
 * every load and view change of a large chart.
 */
export class ChartAddress {
	readonly dataset: Dataset;
	#order: string[] | null = null;
	#ids: Set<string> | null = null;

	constructor(dataset: Dataset) {
		this.dataset = dataset;
	}

	#nodeOrder(): string[] {
		return (this.#order ??= this.dataset.nodes.map((n) => n.id));
	}

	/** The view a query string asks for, and what it asks for that the dataset lacks. */
	read(search: string): { view: UrlView; warnings: UrlWarning[] } {
		const kinds = this.dataset.kinds;
		const nodeOrder = () => this.#nodeOrder();
		const nodeIds = () => (this.#ids ??= new Set(this.#nodeOrder()));
		const read = decodeView(new URLSearchParams(search), {
			get nodeOrder() {
				return nodeOrder();
			},
			get nodeIds() {
				return nodeIds();
			},
			edgeKinds: new Set(kinds.edges.map((k) => k.id)),
			nodeKinds: new Set(kinds.nodes.map((k) => k.id))
		});
		const named = read.view.dataset;
		if (named !== undefined && named !== this.dataset.id)
			read.warnings.push({
				param: 'd',
				value: named,
				message: {
					zh: `地址中的 d=${named} 不是本页显示的图表（${this.dataset.id}）。保存在本站的图表请在 /charts/${named} 打开。`,
					en: `d=${named} in the address is not the chart shown here (${this.dataset.id}). A chart saved on this site opens at /charts/${named}.`
				}
			});
		return read;
	}

	/**
	 * The query string of a view: empty, or starting with `?`. A `dataset` other than this one's
	 * (a `d=` the address named wrongly, said in its warnings) is not written again.
	 */
	write(view: UrlView): string {
		const nodeOrder = () => this.#nodeOrder();
		const ours =
			view.dataset === undefined || view.dataset === this.dataset.id ? view : { ...view, dataset: undefined };
		const params = encodeView(ours, {
			get nodeOrder() {
				return nodeOrder();
			}
		});
		return params.size ? `?${params}` : '';
	}
}

/**
 * One parameter of a query string, or null.
 * @example addressParam('?lang=en&focus=x', 'lang') // 'en'
 */
export function addressParam(search: string, name: string): string | null {
	return new URLSearchParams(search).get(name);
}
