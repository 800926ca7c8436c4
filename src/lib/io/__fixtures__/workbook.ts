import { strToU8, zipSync } from 'fflate';

/**
 * A workbook of one sheet, `名单` unless named, whose `<sheetData>` holds `rows` as given (or a whole sheet part
 * when `sheet` is passed), zipped as Excel does: for tests that hand the reader hostile XML.
 */
export function workbook(
	rows: string,
	options: { shared?: string; sheet?: Uint8Array | string; sheetName?: string } = {}
): Uint8Array {
	const sheet = options.sheet ?? `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
	return zipSync({
		'[Content_Types].xml': strToU8('<Types/>'),
		'xl/workbook.xml': strToU8(
			`<workbook xmlns:r="r"><sheets><sheet name="${options.sheetName ?? '名单'}" sheetId="1" r:id="rId1"/></sheets></workbook>`
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			'<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'
		),
		'xl/sharedStrings.xml': strToU8(`<sst>${options.shared ?? ''}</sst>`),
		// The fastest level: the point is what the reader does with the bytes, not how small they are.
		'xl/worksheets/sheet1.xml': [typeof sheet === 'string' ? strToU8(sheet) : sheet, { level: 1 }]
	});
}

/** CPU milliseconds `work` takes: unlike the clock, it barely moves when other processes load the machine. */
export function cpuMs(work: () => void): number {
	const start = process.cpuUsage();
	work();
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1000;
}
