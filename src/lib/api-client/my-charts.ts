/** A chart this browser created or was given the edit token of. */
export interface MyChart {
	id: string;
	title: string;
	/** When this browser first kept the chart (ISO time). */
	addedAt: string;
}

const LIST_KEY = 'tiaokuai:my-charts';
const tokenKey = (id: string) => `tiaokuai:token:${id}`;

/** The subset of the Web Storage API the functions use, so tests can pass a Map-backed fake. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The edit token this browser holds for a chart, if any. */
export function editTokenFor(store: KeyValueStore, id: string): string | null {
	return store.getItem(tokenKey(id));
}

/** The charts this browser keeps, newest first; a damaged list reads as empty. */
export function myCharts(store: KeyValueStore): MyChart[] {
	try {
		const list = JSON.parse(store.getItem(LIST_KEY) ?? '[]') as unknown;
		return Array.isArray(list)
			? list.filter((c): c is MyChart => typeof c?.id === 'string' && typeof c?.title === 'string')
			: [];
	} catch {
		return [];
	}
}

/** Keeps a chart's edit token and lists the chart under "My charts". */
export function rememberChart(
	store: KeyValueStore,
	chart: { id: string; title: string },
	token: string,
	now = new Date()
): void {
	store.setItem(tokenKey(chart.id), token);
	const rest = myCharts(store).filter((c) => c.id !== chart.id);
	store.setItem(
		LIST_KEY,
		JSON.stringify([{ id: chart.id, title: chart.title, addedAt: now.toISOString() }, ...rest])
	);
}

/** Updates the title shown under "My charts" after a save. */
export function retitleChart(store: KeyValueStore, id: string, title: string): void {
	const list = myCharts(store);
	if (!list.some((c) => c.id === id)) return;
	store.setItem(LIST_KEY, JSON.stringify(list.map((c) => (c.id === id ? { ...c, title } : c))));
}

/** Drops a chart's token and its entry (e.g. after the token was rotated elsewhere). */
export function forgetChart(store: KeyValueStore, id: string): void {
	store.removeItem(tokenKey(id));
	store.setItem(LIST_KEY, JSON.stringify(myCharts(store).filter((c) => c.id !== id)));
}
