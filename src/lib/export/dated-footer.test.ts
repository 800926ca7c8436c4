import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { buildScene } from '#lib/scene/build-scene.js';
import { bundledFontBytes } from './font-file.server.js';
import { exportHtml } from './html.js';
import { exportPdf } from './pdf.js';
import { exportPptx } from './pptx.js';
import { exportSvg } from './svg.js';
import { run, squeeze, tempDir, writeTemp } from './__fixtures__/programs.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const plan2023 = opinions2015.sources.find((s) => s.date === '2023-03-16')!;
const opinions = opinions2015.sources.find((s) => s.kind === 'primary')!;

describe('every exporter stamps the date shown and the sources of the drawing', { timeout: 60_000 }, () => {
	test.each(['zh', 'en'] as const)(
		'a 2024 chart cites the 2023 plan beside the Opinions (%s)',
		async (lang) => {
			const scene = buildScene(opinions2015, { asOf: '2024-12-31', expanded: 'all', lang });
			const pdfPath = writeTemp(tempDir(), 'chart.pdf', await exportPdf(scene, { font: bundledFontBytes() }));
			const texts = {
				svg: decode(exportSvg(scene)),
				html: decode(exportHtml(scene)),
				pptx: decode(unzipSync(exportPptx(scene))['ppt/slides/slide1.xml']),
				pdf: run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'])
			};
			for (const [format, text] of Object.entries(texts)) {
				const flat = squeeze(text);
				expect(flat, format).toContain(squeeze(lang === 'zh' ? '截至 2024-12-31' : 'as of 2024-12-31'));
				expect(flat, format).toContain(squeeze(opinions.title[lang]));
				expect(flat, format).toContain(squeeze(plan2023.title[lang]));
			}
		}
	);
});
