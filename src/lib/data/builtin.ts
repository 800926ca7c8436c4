import type { Dataset } from '#lib/model/types.js';
import { exampleCompany } from './example-company.js';
import { opinions2015 } from './opinions-2015.js';

/** The datasets that ship with the app, by id. */
export const builtinDatasets: Readonly<Record<string, Dataset>> = Object.freeze({
	[opinions2015.id]: opinions2015,
	[exampleCompany.id]: exampleCompany
});

/** The id of the dataset the app opens with. */
export const DEFAULT_DATASET = opinions2015.id;

/**
 * A built-in dataset by id, or undefined when there is none.
 * @example getBuiltin('opinions-2015')?.title.en → 'Party building in social organisations: …'
 */
export function getBuiltin(id: string): Dataset | undefined {
	return Object.hasOwn(builtinDatasets, id) ? builtinDatasets[id] : undefined;
}
