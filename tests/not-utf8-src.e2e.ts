import { expect, test } from '@playwright/test';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { PAGE_READY } from './support/busy-machine.js';
import { foreignSite } from './support/foreign-site.js';

/**
 * The built-in chart as another site's JSON with `中` in GBK (D6 D0) at the start of its fifth
 * line, and the line and byte offset (as the page writes it) of that first bad byte.
 */
function gbkChart(): { bytes: Buffer; line: number; byte: string } {
	const text = JSON.stringify(opinions2015, null, 1);
	let fifth = 0;
	for (let line = 1; line < 5; line++) fifth = text.indexOf('\n', fifth) + 1;
	const before = Buffer.from(text.slice(0, fifth));
	const bytes = Buffer.concat([before, Buffer.from([0xd6, 0xd0]), Buffer.from(text.slice(fifth))]);
	return { bytes, line: 5, byte: before.length.toLocaleString('en-US') };
}

/**
 * A `?src=` chart whose bytes are not UTF-8 had been decoded leniently, each bad byte a U+FFFD,
 * and drawn with garbled names. It is refused, as an imported JSON file is, at the line and
 * byte of the first, on the worker's download and on the head script's own alike.
 */
for (const [path, failFirst] of [
	['the scene worker’s download', false],
	['the head script’s own download, after the worker’s failed', true]
] as const)
	test(`a ?src= chart that is not UTF-8 is refused at its line and byte: ${path}`, async ({ page }) => {
		const { bytes, line, byte } = gbkChart();
		let requests = 0;
		const other = await foreignSite((_request, response) => {
			requests++;
			// A 503 to the worker: the head's script then downloads the file itself.
			const refuse = failFirst && requests === 1;
			response
				.writeHead(refuse ? 503 : 200, {
					'content-type': 'application/json',
					'access-control-allow-origin': '*'
				})
				.end(refuse ? '' : bytes);
		});
		const src = other.url;
		try {
			await page.goto(`/?src=${encodeURIComponent(src)}&lang=en`);
			const error = page.getByTestId('load-error');
			await expect(error).toContainText(
				`${src}：第 ${line} 行（第 ${byte} 字节，0xD6）不是 UTF-8 编码，而 JSON 必须是 UTF-8（RFC 8259）。请另存为 UTF-8。`,
				PAGE_READY
			);
			await expect(error).toContainText(
				`${src}: Line ${line} (byte ${byte}, 0xD6) is not UTF-8, and JSON must be UTF-8 (RFC 8259); save it as UTF-8.`
			);
			await expect(page.locator('.chart')).toHaveCount(0);
			expect(requests).toBe(failFirst ? 2 : 1);
		} finally {
			await other.close();
		}
	});
