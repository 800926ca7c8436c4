import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { bundledFontBytes } from './font-file.server.js';
import { exportPng } from './png.js';
import { pngSize } from './png-size.js';
import { imageSize, inkSpread, run, tempDir, writeTemp } from './__fixtures__/programs.js';
import { fixtureScene } from './__fixtures__/scene.js';
import { syntheticScene } from './__fixtures__/synthetic-scene.js';

const font = bundledFontBytes();

describe('exportPng(scene, options)', { timeout: 60_000 }, () => {
	test.each([1, 2, 4, 1.5])(
		'renders at scale %s to the frame size times the scale, not blank',
		async (scale) => {
			const scene = fixtureScene('zh');
			const png = await exportPng(scene, { font, scale });
			const path = writeTemp(tempDir(), 'chart.png', png);
			expect(imageSize(path)).toEqual(pngSize(scene, { scale }));
			expect(inkSpread(path)).toBeGreaterThan(0.05);
		}
	);

	test('draws Chinese text with the bundled font (the title area has ink)', async () => {
		const scene = fixtureScene('zh');
		const path = writeTemp(tempDir(), 'title.png', await exportPng(scene, { font, scale: 2 }));
		// The title sits in the top band left of centre; without a CJK font it would stay empty.
		expect(inkSpread(path, '500x60+64+70')).toBeGreaterThan(0.1);
	});

	test('is transparent or themed as asked', async () => {
		const dir = tempDir();
		const clear = writeTemp(
			dir,
			'clear.png',
			await exportPng(fixtureScene('zh'), { font, background: 'transparent' })
		);
		const themed = writeTemp(
			dir,
			'themed.png',
			await exportPng(fixtureScene('zh'), { font, background: 'theme' })
		);
		expect(run('convert', [clear, '-format', '%[fx:p{1,1}.a]', 'info:']).trim()).toBe('0');
		expect(run('convert', [themed, '-format', '%[fx:p{1,1}.a] %[fx:p{1,1}.r]', 'info:']).trim()).toBe('1 1');
	});

	test('renders a chart 16,000 px on its long side, complete to the far edge', async () => {
		const scene = syntheticScene(800, 100);
		const { width } = pngSize(scene, { scale: 1 });
		const scale = 16_000 / width;
		const path = writeTemp(tempDir(), 'wide.png', await exportPng(scene, { font, scale }));
		const size = imageSize(path);
		expect(size.width).toBe(16_000);
		// The last column of nodes, at the far right, is drawn (not blank or cut).
		expect(inkSpread(path, `600x${size.height - 400}+${size.width - 700}+200`)).toBeGreaterThan(0.05);
	}, 180_000);

	test.each(['theme', 'transparent'] as const)(
		'draws a large image in culled bands exactly as it draws it whole (%s background)',
		async (background) => {
			const scene = syntheticScene(600, 30);
			const dir = tempDir();
			const whole = writeTemp(dir, 'whole.png', await exportPng(scene, { font, scale: 0.5, background }));
			// With a signal, as the export API passes one: each band must get a signal of its own.
			const signal = new AbortController().signal;
			const banded = await exportPng(scene, { font, scale: 0.5, background, bandPixels: 40_000, signal });
			const bands = writeTemp(dir, 'bands.png', banded);
			expect(imageSize(bands)).toEqual(imageSize(whole));
			// Bands of 14 rows here (about 1,000 in use): anti-aliasing on the seams differs a little,
			// nothing else does — no node, line, arrow or glyph is lost or moved.
			const size = imageSize(whole);
			// `compare` prints the count on stderr, and exits 1 when it is not 0.
			const compared = spawnSync('compare', ['-metric', 'AE', '-fuzz', '25%', whole, bands, 'null:'], {
				encoding: 'utf8'
			});
			const differ = Number(compared.stderr.trim());
			expect(differ).toBeLessThan(size.width * size.height * 0.0005);
			expect(inkSpread(bands)).toBeGreaterThan(0.05);
		},
		120_000
	);

	test('can be cancelled with an AbortSignal', async () => {
		const controller = new AbortController();
		const pending = exportPng(syntheticScene(400, 40), { font, scale: 2, signal: controller.signal });
		controller.abort();
		await expect(pending).rejects.toThrow(/abort/i);
	});

	test('can be cancelled while drawing in bands', async () => {
		const controller = new AbortController();
		const pending = exportPng(syntheticScene(400, 40), {
			font,
			scale: 1,
			bandPixels: 20_000,
			signal: controller.signal
		});
		controller.abort();
		await expect(pending).rejects.toThrow(/abort/i);
	});

	test('refuses sizes past the limit with a clear error, and bad scales', async () => {
		await expect(exportPng(syntheticScene(200, 100), { font, scale: 40 })).rejects.toThrow(/too large/);
		await expect(exportPng(fixtureScene('zh'), { font, scale: 0 })).rejects.toThrow(/positive/);
	});
});
