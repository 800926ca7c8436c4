import { getHeapStatistics } from 'node:v8';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Problem } from '#lib/model/types.js';

/**
 * How many cases a property runs: a short run inside the unit tests, and `FUZZ_CASES` (set by
 * `npm run fuzz`) times its share in the long run. Seeded by `FUZZ_SEED` when given, so a failure
 * can be replayed.
 */
export function fuzzParams(share: number, short: number): fc.Parameters<unknown> {
	const total = Number(process.env.FUZZ_CASES ?? 0);
	const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
	return { numRuns: total > 0 ? Math.ceil(total * share) : short, ...(seed === undefined ? {} : { seed }) };
}

/** A test's time limit: the long run takes minutes; the short one is bounded by its cases' CPU time. */
export const fuzzTimeout = Number(process.env.FUZZ_CASES ?? 0) > 0 ? 3_600_000 : 60_000;

/** What a fuzz property measured: cases, the slowest case in CPU time, the most heap in use. */
export class FuzzMeter {
	cases = 0;
	slowestMs = 0;
	maxHeapBytes = 0;
	private started: number | undefined;
	private ended = 0;
	readonly baseHeapBytes = getHeapStatistics().used_heap_size;

	constructor(readonly name: string) {}

	/** Runs one case, measuring its CPU time. */
	run<T>(work: () => T): { value: T; cpuMs: number } {
		const start = process.cpuUsage();
		const value = work();
		const used = process.cpuUsage(start);
		const cpuMs = (used.user + used.system) / 1000;
		this.record(cpuMs);
		return { value, cpuMs };
	}

	/** Counts a case that took `cpuMs`; the heap is sampled every few cases (reading it costs time). */
	record(cpuMs: number): void {
		this.started ??= performance.now() - cpuMs;
		this.ended = performance.now();
		this.cases++;
		this.slowestMs = Math.max(this.slowestMs, cpuMs);
		if (this.cases % 25 === 1 || cpuMs > 50) {
			this.maxHeapBytes = Math.max(this.maxHeapBytes, getHeapStatistics().used_heap_size);
		}
	}

	/** One line for the log and for docs/import-limits.md. */
	summary(): string {
		const seconds = (this.ended - (this.started ?? this.ended)) / 1000;
		const mb = (b: number) => Math.round(b / 2 ** 20);
		return `fuzz ${this.name}: ${this.cases} cases in ${seconds.toFixed(1)} s, slowest ${Math.round(this.slowestMs)} ms CPU, max heap ${mb(this.maxHeapBytes)} MB (${mb(this.baseHeapBytes)} MB at start)`;
	}
}

/**
 * A refusal is located when it names where (a path, and the file for a file's problems) and why,
 * in both languages.
 */
export function expectLocated(problems: readonly Problem[], file?: string): void {
	for (const p of problems) {
		expect(p.path.length).toBeGreaterThan(0);
		if (file !== undefined) expect(p.file?.startsWith(file)).toBe(true);
		expect(p.message.length).toBeGreaterThan(0);
		expect(p.text.zh.length).toBeGreaterThan(0);
		expect(p.text.en.length).toBeGreaterThan(0);
	}
}

/**
 * Pieces hostile text is made of: separators, quotes, reserved keys, numbers past every limit, a
 * name one character longer than a label may be.
 */
export const hostileWords = [
	'',
	'"',
	'""',
	',',
	';',
	'\t',
	'\n',
	'\r\n',
	'\uFEFF',
	'编号',
	'名称',
	'上级',
	'类型',
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'1048577',
	'99999999999999999999',
	'-1',
	'NaN',
	'A',
	'B',
	'XFD1048576',
	'AAAAAAA1',
	'长'.repeat(201)
];
