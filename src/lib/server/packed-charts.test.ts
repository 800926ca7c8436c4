import { mkdtempSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packedPath, removePackedFiles } from './packed-charts.js';

describe('removePackedFiles(id)', () => {
	it("deletes every packed file of the chart, half-written ones too, and no other chart's", () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'tiaokuai-packed-'));
		mkdirSync(join(dataDir, 'packed'));
		const files = [
			packedPath('Abc0123456', 1, dataDir),
			packedPath('Abc0123456', 2, dataDir),
			`${packedPath('Abc0123456', 3, dataDir)}.4242.1700000000000.part`,
			packedPath('Abc012345X', 1, dataDir)
		];
		for (const file of files) writeFileSync(file, 'TKPK');
		removePackedFiles('Abc0123456', dataDir);
		expect(readdirSync(join(dataDir, 'packed'))).toEqual(['Abc012345X@1.v1.tiaokuai']);
	});

	it('does nothing where no chart was ever packed', () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'tiaokuai-packed-'));
		expect(() => removePackedFiles('Abc0123456', dataDir)).not.toThrow();
	});
});
