// The stored-chart slot of `npm run bench`: the address of a chart the app's server holds, with
// the same data as a `?src=` file, opened fully expanded. The bench times navigation → first
// frame there the same way as for `?src=` and prints it beside the floor of the same data.
//
// The chart is created through the API (`POST /api/charts`); a server that refuses it (today
// stored charts are limited to 50,000 nodes and 5 MB bodies) leaves the slot empty and the table
// says why. Whoever gives the server another way in for national-size charts changes this file.
import { readFileSync } from 'node:fs';

/**
 * A stored copy of the chart in `file`, or why there is none.
 * @param {string} base the app's origin
 * @param {string} file the chart's JSON
 * @param {string | undefined} backbone the tree's relation kind when not the backbone
 * @returns {Promise<{ url: string } | { skipped: string }>}
 */
export async function storedChart(base, file, backbone) {
	const response = await fetch(`${base}/api/charts`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: readFileSync(file)
	});
	if (!response.ok) {
		const text = (await response.text()).replace(/\s+/g, ' ').slice(0, 120);
		return { skipped: `the server refused to store it: HTTP ${response.status} ${text}` };
	}
	const { id } = /** @type {{ id: string }} */ (await response.json());
	const tree = backbone ? `&backbone=${backbone}` : '';
	return { url: `${base}/charts/${encodeURIComponent(id)}?expand=all${tree}` };
}
