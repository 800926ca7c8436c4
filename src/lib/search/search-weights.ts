/** How much a match in each field counts, and which fields may match with typos. */

const WEIGHTS: Record<string, number> = {
	'label.zh': 1,
	'label.en': 0.95,
	pinyin: 1,
	initials: 1,
	'region.zh': 0.7,
	'region.en': 0.65,
	'region.code': 0.6,
	'region.pinyin': 0.7,
	id: 0.55
};

/** The weight of a field: labels before regions before ids; attributes 0.5. */
export const weightOf = (field: string): number => WEIGHTS[field] ?? 0.5;

/**
 * The best rank a match in a field can have (5 the whole text, 4 its start, 2 inside it): an
 * attribute's text counts as a mention only, so a note beginning 民政部… does not put 登记和审批机关
 * above the bodies named 民政部门.
 */
export const topRankOf = (field: string): number => (Object.hasOwn(WEIGHTS, field) ? 5 : 2);

/** Ids and codes are matched exactly or by prefix only: a typo in them names something else. */
export const fuzzyFields = (field: string): boolean => field !== 'id' && field !== 'region.code';
