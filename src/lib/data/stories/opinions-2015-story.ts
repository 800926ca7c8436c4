/**
 * The default story of the built-in 2015 Opinions dataset: five or six steps from the whole
 * structure down to one Party organisation, then the institutional changes of 2018 and 2023.
 * Steps name nodes by what they are (kind and label), not by id, so the story follows the
 * dataset as it grows; a step whose node is missing is left out.
 */
import type { Dataset, NodeDef, View } from '#lib/model/types.js';
import { visibleGraph } from '#lib/scene/visible-graph.js';

/** The roots of the backbone at the top tier: the central bodies, opened to show what they lead. */
function centralRoots(dataset: Dataset): string[] {
	const all = visibleGraph(dataset, { expanded: 'all' });
	const tier = new Map(dataset.kinds.nodes.map((k) => [k.id, k.tier ?? 0]));
	// Every shown node has an entry in `parent`; the roots' entry is null.
	const roots = all.nodes.filter((n) => !all.parent.get(n.id));
	const top = Math.min(...roots.map((n) => n.tier ?? tier.get(n.kind) ?? 0));
	return roots.filter((n) => (n.tier ?? tier.get(n.kind) ?? 0) === top).map((n) => n.id);
}

function ancestors(dataset: Dataset, id: string): string[] {
	const all = visibleGraph(dataset, { expanded: 'all' });
	const out: string[] = [];
	for (let at = all.parent.get(id); at; at = all.parent.get(at)) out.push(at);
	return out;
}

function find(dataset: Dataset, ...tests: ((n: NodeDef) => boolean)[]): NodeDef | undefined {
	for (const test of tests) {
		const hit = dataset.nodes.find((n) => !n.sample && test(n)) ?? dataset.nodes.find(test);
		if (hit) return hit;
	}
	return undefined;
}

const has = (n: NodeDef, ...parts: string[]) => parts.every((p) => n.label.zh.includes(p));

/** The duties of a node as one line per language, for a speaker note. */
function dutiesNote(node: NodeDef): { zh: string; en: string } {
	const duties = node.duties ?? [];
	return {
		zh: duties.length ? `职责：${duties.map((d) => d.text.zh).join('；')}` : node.label.zh,
		en: duties.length ? `Duties: ${duties.map((d) => d.text.en).join('; ')}` : node.label.en
	};
}

/** Builds the default story for a dataset shaped like the 2015 Opinions. */
export function opinions2015Story(dataset: Dataset): View[] {
	const top = centralRoots(dataset);
	const steps: View[] = [
		{
			id: 'whole',
			title: { zh: '整体结构', en: 'The whole structure' },
			note: {
				zh: '条：上级社会组织党建工作机构对下级进行指导；块：同级党委统一领导。',
				en: 'Lines (条): each work body is guided by the one above. Blocks (块): the Party committee of the same level leads.'
			},
			state: { expanded: 'all' }
		},
		{
			id: 'central',
			title: { zh: '中央层面', en: 'The central level' },
			note: {
				zh: '全国性社会组织党建工作分别归口中央直属机关工委、中央国家机关工委、国务院国资委党委统一领导和管理。',
				en: 'Party building in national social organisations is led and managed by three central bodies: the work committees for central Party organs and for central state organs, and the SASAC Party committee.'
			},
			state: { expanded: top }
		}
	];
	const county = find(
		dataset,
		(n) => has(n, '县', '党建工作机构'),
		(n) => has(n, '县', '工作机构'),
		(n) => has(n, '县')
	);
	if (county)
		steps.push({
			id: 'county',
			title: { zh: '县级工作机构及其依托', en: 'A county work body and what it relies on' },
			note: {
				zh: '县级以上地方党委依托党委组织部门和民政部门建立社会组织党建工作机构；党委组织部门对同级工作机构进行指导。',
				en: 'Local Party committees at county level and above set up the work body relying on their organisation department and civil-affairs department; the organisation department guides the work body of its level.'
			},
			state: { expanded: [...ancestors(dataset, county.id), county.id], focus: county.id }
		});
	const org = find(
		dataset,
		(n) => has(n, '社会组织', '党组织') && !has(n, '工作机构') && (n.duties?.length ?? 0) > 0,
		(n) => has(n, '党组织') && !has(n, '工作机构')
	);
	if (org)
		steps.push({
			id: 'party-organisation',
			title: { zh: '社会组织党组织及其职责', en: 'The Party organisation and its duties' },
			note: dutiesNote(org),
			state: { expanded: [...ancestors(dataset, org.id), org.id], focus: org.id }
		});
	steps.push(
		{
			id: 'as-of-2019',
			title: { zh: '2018年机构改革后（2019年）', en: 'After the 2018 reform (as of 2019)' },
			note: {
				zh: '2018年，中央直属机关工委和中央国家机关工委合并为中央和国家机关工作委员会（其他来源）。',
				en: 'In 2018 the work committees for central Party organs and central state organs merged into the Central and State Organs Work Committee (secondary source).'
			},
			state: { expanded: top, asOf: '2019-01-01' }
		},
		{
			id: 'as-of-2024',
			title: { zh: '2023年机构改革后（2024年）', en: 'After the 2023 reform (as of 2024)' },
			note: {
				zh: '2023年设立中央社会工作部，地方各级党委设立社会工作部，承接社会组织党建工作机构的职能（其他来源，各地细节待核实）。',
				en: 'In 2023 the Central Social Work Department was set up, and local Party committees set up social work departments that took over the work bodies (secondary source; local details to verify).'
			},
			state: { expanded: top, asOf: '2024-01-01' }
		}
	);
	return steps;
}
