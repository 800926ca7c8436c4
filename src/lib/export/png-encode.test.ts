import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PngWriter, unpremultiply } from './png-encode.js';
import { run, tempDir, writeTemp } from './__fixtures__/programs.js';

/** The RGBA bytes ImageMagick reads from a PNG file. */
function decoded(png: Uint8Array): Buffer {
	const path = writeTemp(tempDir(), 'rows.png', png);
	return execFileSync('convert', [path, '-depth', '8', 'rgba:-'], { maxBuffer: 2 ** 24 });
}

describe('PngWriter', () => {
	it('writes rows added in bands as one PNG that a real decoder reads back exactly', async () => {
		const width = 37;
		const height = 23;
		const rgba = new Uint8Array(width * height * 4).map((_, i) => (i * 7 + (i >> 5)) % 256);
		const writer = new PngWriter(width, height);
		const stride = width * 4;
		await writer.rows(rgba.subarray(0, 10 * stride));
		await writer.rows(rgba.subarray(10 * stride, 11 * stride));
		await writer.rows(rgba.subarray(11 * stride));
		const png = await writer.end();
		expect(
			run('identify', ['-format', '%w %h %[channels]', writeTemp(tempDir(), 'a.png', png)]).trim()
		).toMatch(/^37 23 srgba/);
		expect(Buffer.compare(decoded(png), Buffer.from(rgba))).toBe(0);
	});

	it('refuses rows that do not fit and an image ended early', async () => {
		const writer = new PngWriter(4, 2);
		await expect(writer.rows(new Uint8Array(5))).rejects.toThrow(/do not fit/);
		await expect(writer.rows(new Uint8Array(4 * 4 * 3))).rejects.toThrow(/do not fit/);
		await writer.rows(new Uint8Array(16));
		await expect(writer.end()).rejects.toThrow(/1 of its 2 rows/);
	});
});

describe('unpremultiply(rgba)', () => {
	it('makes premultiplied colour straight, leaving opaque and empty pixels', () => {
		expect([...unpremultiply(new Uint8Array([64, 32, 0, 128, 10, 20, 30, 255, 0, 0, 0, 0]))]).toEqual([
			128, 64, 0, 128, 10, 20, 30, 255, 0, 0, 0, 0
		]);
	});
});
