/**
 * Test-only: the outputs that must come out the same in every process — Scenes of the golden
 * views, the three layouts, every exporter's bytes and the national generator — each reduced to a
 * SHA-256 of its exact bytes (no rounding). `determinism.test.ts` compares the digests made in
 * its own process with those `determinism.test-child.ts` prints from a fresh Node process, so
 * anything that hangs on process state (Math.random, the clock, a hash seed) shows. Never
 * imported by shipped code.
 */
import { createHash } from 'node:crypto';
import { generateNational } from '#lib/data/generate-national.js';
import { bundledFontBytes } from '#lib/export/font-file.server.js';
import { exportHtml } from '#lib/export/html.js';
import { exportPdf } from '#lib/export/pdf.js';
import { exportPptx } from '#lib/export/pptx.js';
import { fixtureScene } from '#lib/export/__fixtures__/scene.js';
import { exportSvg } from '#lib/export/svg.js';
import { layeredLayout } from '#lib/layout/layered.js';
import { layoutFor } from '#lib/layout/layout-for.js';
import { radialLayout } from '#lib/layout/radial.js';
import { nationalInput } from '#lib/layout/__fixtures__/inputs.js';
import { treeLayout } from '#lib/layout/tree.js';
import { goldenCases, goldenScene, sceneGoldenText } from '#lib/scene/__fixtures__/scene-goldens.js';

/** The SHA-256 of bytes, or of a value's JSON text. */
export function digest(value: unknown): string {
	const bytes = value instanceof Uint8Array ? value : JSON.stringify(value);
	return createHash('sha256').update(bytes).digest('hex');
}

/** Every checked output's digest, by name. */
export async function digests(): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const c of goldenCases()) {
		const scene = goldenScene(c);
		// The exact Scene, and the compare marks its golden text lists.
		out[`scene ${c.name}`] = digest(JSON.stringify(scene) + sceneGoldenText(scene, c));
	}
	out['layout tree-tb'] = digest(treeLayout(nationalInput(2000, 7)));
	out['layout tree-lr (a page, compact)'] = digest(
		layoutFor('tree-lr', nationalInput(2000, 7), { aspect: 1.4, compact: true })
	);
	out['layout radial'] = digest(radialLayout(nationalInput(2000, 7)));
	out['layout layered'] = digest(layeredLayout(nationalInput(500, 9)));
	const scene = fixtureScene('zh');
	out['export svg'] = digest(exportSvg(scene));
	out['export pptx'] = digest(exportPptx(scene));
	out['export html'] = digest(exportHtml(fixtureScene('en')));
	out['export pdf'] = digest(await exportPdf(scene, { font: bundledFontBytes() }));
	out['data generateNational'] = digest(generateNational({ nodes: 2000, seed: 9 }));
	return out;
}
