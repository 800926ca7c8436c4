/**
 * Moving a store: every chart with its token hash and every revision, as stored, from one store
 * into another (a SQLite file into PostgreSQL), then a check of the copy by counts and hashes.
 */
import { createHash } from 'node:crypto';
import type { ChartStore, StoredChart } from './chart-store.js';

/** What a copy did and what its check found. */
export interface CopyReport {
	charts: number;
	revisions: number;
	/** Charts the target already held, identical to the source's (a copy run again). */
	alreadyThere: number;
	/** Charts whose copy differs from the source, by id: empty when the copy is sound. */
	mismatched: string[];
}

/** The SHA-256 of a chart as stored: metadata, token hash and every revision with its dataset text. */
export function fingerprint(chart: StoredChart): string {
	return createHash('sha256').update(JSON.stringify(chart)).digest('hex');
}

/** Every chart id of `store`, read a page at a time. */
async function chartIds(store: ChartStore, page = 500): Promise<string[]> {
	const { total } = await store.list(1, 0);
	const ids = new Set<string>();
	for (let offset = 0; offset < total; offset += page) {
		for (const c of (await store.list(page, offset)).charts) ids.add(c.id);
	}
	return [...ids];
}

/**
 * Copies every chart of `from` into `to`, each in one transaction of the target, then reads both
 * back and compares counts and SHA-256 fingerprints chart by chart. A chart the target already
 * holds unchanged is left as it is (so an interrupted copy can be run again); one that differs is
 * reported as mismatched, never overwritten. `progress` hears of each chart.
 */
export async function copyStore(
	from: ChartStore,
	to: ChartStore,
	progress: (done: number, total: number) => void = () => {}
): Promise<CopyReport> {
	await Promise.all([from.ready(), to.ready()]);
	const report: CopyReport = { charts: 0, revisions: 0, alreadyThere: 0, mismatched: [] };
	const ids = await chartIds(from);
	for (const id of ids) {
		const source = await from.copyOut(id);
		if (!source) continue; // deleted while the copy ran
		const present = await to.copyOut(id);
		if (present) report.alreadyThere++;
		else await to.copyIn(source);
		const copied = await to.copyOut(id);
		const sameCount = copied?.revisions.length === source.revisions.length;
		if (!copied || !sameCount || fingerprint(copied) !== fingerprint(source)) report.mismatched.push(id);
		report.charts++;
		report.revisions += source.revisions.length;
		progress(report.charts, ids.length);
	}
	return report;
}

/** The report in words, English then Chinese. */
export function describeCopy(report: CopyReport): string {
	const { charts, revisions, alreadyThere, mismatched } = report;
	const again = alreadyThere ? ` (${alreadyThere} were already there, unchanged)` : '';
	const againZh = alreadyThere ? `（其中 ${alreadyThere} 个此前已复制，内容相同）` : '';
	if (mismatched.length === 0) {
		return [
			`Copied ${charts} charts with ${revisions} revisions${again}. Checked: the counts and the SHA-256 of every chart and revision match the source.`,
			`已复制 ${charts} 个图表、${revisions} 个版本${againZh}。已核对：数量及每个图表和版本的 SHA-256 均与源一致。`
		].join('\n');
	}
	const ids = mismatched.join(', ');
	return [
		`The copy does NOT match the source for ${mismatched.length} charts: ${ids}. The target already held different charts under these ids; they were left untouched.`,
		`副本与源不一致的图表有 ${mismatched.length} 个：${ids}。目标库中已有同一编号但内容不同的图表，未作改动。`
	].join('\n');
}
