import { describe, expect, it } from 'vitest';
import type { Text } from '#lib/model/types.js';
import { FileOpener, type FileHost } from './file-opener.svelte.js';

/** A host that records what the opener asked of it. */
function host(edited = false) {
	const done: string[] = [];
	const refused: Text[] = [];
	const calls: FileHost = {
		edited: () => edited,
		openChart: (file, packed) => done.push(`${packed ? 'stream' : 'read'} ${file.name}`),
		importTable: (file) => done.push(`import ${file.name}`),
		refuse: (error) => refused.push(error)
	};
	return { calls, done, refused };
}

const PACKED = new Uint8Array([0x54, 0x4b, 0x50, 0x4b, 1, 0]);

describe('FileOpener.open(file)', () => {
	it('streams a packed file, reads a JSON dataset and takes a table to the import wizard', async () => {
		const { calls, done, refused } = host();
		const opener = new FileOpener(calls);
		await opener.open(new File([PACKED], 'chart.tiaokuai'));
		await opener.open(new File(['{"format": "tiaokuai/1"}'], 'chart.json'));
		await opener.open(new File(['名称,上级\n'], 'units.csv'));
		expect(done).toEqual(['stream chart.tiaokuai', 'read chart.json', 'import units.csv']);
		expect(refused).toEqual([]);
	});

	it('refuses a file of another type, naming it, without asking', async () => {
		const { calls, done, refused } = host(true);
		const opener = new FileOpener(calls);
		await opener.open(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'photo.png'));
		expect(done).toEqual([]);
		expect(opener.pending).toBeNull();
		expect(refused[0].en).toContain('photo.png is not a file Tiaokuai can open');
	});

	it('asks before an edited chart is replaced, and opens the file only once the reader agrees', async () => {
		const { calls, done } = host(true);
		const opener = new FileOpener(calls);
		await opener.open(new File([PACKED], 'first.tiaokuai'));
		expect(opener.pending?.file.name).toBe('first.tiaokuai');
		opener.cancel();
		expect(opener.pending).toBeNull();
		await opener.open(new File(['a,b\n'], 'units.csv'));
		opener.confirm();
		expect(opener.pending).toBeNull();
		expect(done).toEqual(['import units.csv']);
	});
});
