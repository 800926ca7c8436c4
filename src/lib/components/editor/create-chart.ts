import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import type { Dataset, Lang } from '#lib/model/types.js';
import { langQuery } from '#lib/i18n/lang-query.js';
import type { ChartsClient } from '#lib/api-client/charts-client.js';
import { rememberChart } from '#lib/api-client/my-charts.js';
import type { ExplorerLink } from '../explorer-link.js';
import { encodeView } from '#lib/scene/view-url.js';

/** The session key under which a new chart's token waits to be shown once on its page. */
export function newTokenKey(id: string): string {
	return `tiaokuai:new-token:${id}`;
}

/**
 * Creates a chart, keeps its edit token in this browser, and opens it in `lang`, on `view` when
 * it is a copy of a chart on screen (the copy had opened on all dates, its selection and
 * expanded set gone); its page then shows the token once. Errors are thrown for the caller to show.
 */
export async function createAndOpen(
	client: ChartsClient,
	body: { dataset: Dataset; message?: string } | { from: string } | { region: string; samples: number },
	lang: Lang,
	view?: ExplorerLink
): Promise<void> {
	const created =
		'region' in body ? await client.createRegional(body.region, body.samples) : await client.create(body);
	rememberChart(localStorage, { id: created.id, title: created.title }, created.editToken);
	sessionStorage.setItem(newTokenKey(created.id), created.editToken);
	// The expanded set as ids, as the editor's address writes it (EditorAddress).
	const query = view && encodeView(view);
	if (!query?.size) return goto(resolve(`/charts/[id]${langQuery(lang)}`, { id: created.id }));
	// The resolved page with a view's query, which resolve()'s types do not take for a route with
	// parameters.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	await goto(`${resolve('/charts/[id]', { id: created.id })}?${query}`);
}
