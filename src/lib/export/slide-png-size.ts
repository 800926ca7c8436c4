/**
 * The sizes of slide-sized PNGs and how many one download holds, apart from their renderer
 * (which runs on the server only), so the Export dialog can say in pixels how large their text
 * comes out, and refuse too many pictures before the download as the server does.
 */
import type { Text } from '#lib/model/types.js';
import type { PngSize } from './options.js';

/** Width in pixels of each slide-sized PNG; the height is 9/16 of it. */
export const SLIDE_PNG_WIDTH: Record<PngSize, number> = { '1920x1080': 1920, '3840x2160': 3840 };

/**
 * At most this many pictures in one ZIP (about 0.7 s each at 1920 px on a busy machine, and an
 * export has 60 s): a longer sequence is for PPTX or PDF.
 */
export const MAX_SLIDE_PICTURES = 40;

/**
 * Why a readable set of `count` slide pictures is refused, in each language; null when it is not.
 * @example slidePicturesRefusal(41)?.en // 'This chart needs 41 slide pictures to be readable, more than 40: export it as PPTX or PDF instead'
 */
export function slidePicturesRefusal(count: number): Text | null {
	if (count <= MAX_SLIDE_PICTURES) return null;
	return {
		zh: `此图表需要 ${count} 张幻灯片图片才能看清，超过 ${MAX_SLIDE_PICTURES} 张：请改为导出 PPTX 或 PDF`,
		en: `This chart needs ${count} slide pictures to be readable, more than ${MAX_SLIDE_PICTURES}: export it as PPTX or PDF instead`
	};
}
