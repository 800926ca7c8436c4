import type { Citation, Dataset, Text } from '#lib/model/types.js';
import { datasetAsOf } from '#lib/model/as-of.js';

/** The JSON-LD context: W3C Organization Ontology, SKOS, PROV-O and Dublin Core terms. */
const CONTEXT = {
	org: 'http://www.w3.org/ns/org#',
	skos: 'http://www.w3.org/2004/02/skos/core#',
	prov: 'http://www.w3.org/ns/prov#',
	dct: 'http://purl.org/dc/terms/',
	xsd: 'http://www.w3.org/2001/XMLSchema#',
	tk: 'https://tiaokuai.org/ns#',
	'org:subOrganizationOf': { '@type': '@id' },
	'org:hasSubOrganization': { '@type': '@id' },
	'org:linkedTo': { '@type': '@id' },
	'org:classification': { '@type': '@id' },
	'prov:wasDerivedFrom': { '@type': '@id' },
	'tk:from': { '@type': '@id' },
	'tk:to': { '@type': '@id' },
	'tk:kind': { '@type': '@id' },
	'dct:date': { '@type': 'xsd:date' },
	'tk:validFrom': { '@type': 'xsd:date' },
	'tk:validUntil': { '@type': 'xsd:date' }
};

/** A bilingual text as SKOS language-tagged values. */
function tagged(text: Text): { '@value': string; '@language': string }[] {
	return [
		{ '@value': text.zh, '@language': 'zh' },
		{ '@value': text.en, '@language': 'en' }
	];
}

/**
 * Exports the dataset as JSON-LD with the W3C Organization Ontology: every node an
 * `org:Organization` with `skos:prefLabel` in zh and en and its kind as `org:classification`
 * (a `skos:Concept`); backbone relations as `org:subOrganizationOf` / `org:hasSubOrganization`;
 * every other relation as `org:linkedTo` plus a `tk:Relation` that keeps its kind and verb;
 * citations as `prov:wasDerivedFrom` the cited clause of a `prov:Entity` source. IRIs are built
 * under `base` (default `urn:tiaokuai:<dataset id>:`).
 */
export function exportJsonLd(
	dataset: Dataset,
	asOf?: string,
	base = `urn:tiaokuai:${encodeURIComponent(dataset.id)}:`
): Uint8Array {
	const ds = asOf ? datasetAsOf(dataset, asOf) : dataset;
	const iri = (kind: string, id: string) => `${base}${kind}/${encodeURIComponent(id)}`;
	const clause = (c: Citation) => `${iri('source', c.source)}#${encodeURIComponent(c.clause)}`;
	const backboneKinds = new Set(ds.kinds.edges.filter((k) => k.backbone).map((k) => k.id));
	const parents = new Map<string, string[]>();
	const childrenOf = new Map<string, string[]>();
	const links = new Map<string, string[]>();
	for (const e of ds.edges) {
		if (backboneKinds.has(e.kind)) {
			parents.set(e.to, [...(parents.get(e.to) ?? []), iri('unit', e.from)]);
			childrenOf.set(e.from, [...(childrenOf.get(e.from) ?? []), iri('unit', e.to)]);
		} else links.set(e.from, [...(links.get(e.from) ?? []), iri('unit', e.to)]);
	}
	const graph: Record<string, unknown>[] = [
		{
			'@id': iri('dataset', ds.id),
			'@type': 'prov:Entity',
			'dct:title': tagged(ds.title),
			...(ds.description ? { 'dct:description': tagged(ds.description) } : {}),
			...(asOf ? { 'dct:temporal': asOf } : {}),
			'prov:wasDerivedFrom': ds.sources.map((s) => iri('source', s.id))
		},
		...ds.sources.map((s) => ({
			'@id': iri('source', s.id),
			'@type': 'prov:Entity',
			'dct:title': tagged(s.title),
			...(s.issuer ? { 'dct:publisher': tagged(s.issuer) } : {}),
			...(s.date ? { 'dct:date': s.date } : {}),
			'dct:language': s.lang
		})),
		...ds.kinds.nodes.map((k) => ({
			'@id': iri('kind', k.id),
			'@type': 'skos:Concept',
			'skos:prefLabel': tagged(k.label)
		})),
		...ds.kinds.edges.map((k) => ({
			'@id': iri('relation-kind', k.id),
			'@type': 'skos:Concept',
			'skos:prefLabel': tagged(k.label),
			'skos:altLabel': tagged(k.verb)
		})),
		...ds.nodes.map((n) => ({
			'@id': iri('unit', n.id),
			'@type': 'org:Organization',
			'skos:prefLabel': tagged(n.label),
			'org:classification': iri('kind', n.kind),
			...(n.region ? { 'tk:region': n.region.code, 'tk:regionName': tagged(n.region.name) } : {}),
			...(parents.has(n.id) ? { 'org:subOrganizationOf': parents.get(n.id) } : {}),
			...(childrenOf.has(n.id) ? { 'org:hasSubOrganization': childrenOf.get(n.id) } : {}),
			...(links.has(n.id) ? { 'org:linkedTo': links.get(n.id) } : {}),
			...(n.valid?.from ? { 'tk:validFrom': n.valid.from } : {}),
			...(n.valid?.to ? { 'tk:validUntil': n.valid.to } : {}),
			'tk:provenance': n.provenance,
			...(n.cites.length ? { 'prov:wasDerivedFrom': n.cites.map(clause) } : {})
		})),
		...ds.edges.map((e) => ({
			'@id': iri('relation', e.id),
			'@type': 'tk:Relation',
			'tk:kind': iri('relation-kind', e.kind),
			'tk:from': iri('unit', e.from),
			'tk:to': iri('unit', e.to),
			...(e.label ? { 'skos:prefLabel': tagged(e.label) } : {}),
			...(e.valid?.from ? { 'tk:validFrom': e.valid.from } : {}),
			...(e.valid?.to ? { 'tk:validUntil': e.valid.to } : {}),
			'tk:provenance': e.provenance,
			...(e.cites.length ? { 'prov:wasDerivedFrom': e.cites.map(clause) } : {})
		}))
	];
	return new TextEncoder().encode(
		JSON.stringify({ '@context': CONTEXT, '@graph': graph }, null, '\t') + '\n'
	);
}
