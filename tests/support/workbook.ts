import { strToU8, zipSync } from 'fflate';

/** A workbook of one sheet, "S", whose `<sheetData>` is `rows`: the least an xlsx reader opens. */
export function workbook(rows: string): Buffer {
	return Buffer.from(
		zipSync({
			'xl/workbook.xml': strToU8(
				'<workbook><sheets><sheet name="S" sheetId="1" id="r1"/></sheets></workbook>'
			),
			'xl/_rels/workbook.xml.rels': strToU8(
				'<Relationships><Relationship Id="r1" Target="s.xml"/></Relationships>'
			),
			'xl/s.xml': strToU8(`<worksheet><sheetData>${rows}</sheetData></worksheet>`)
		})
	);
}
