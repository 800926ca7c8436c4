/**
 * Where the open CJK font the PDF and PNG exporters embed lives: Noto Sans CJK SC Regular
 * (SIL OFL 1.1), committed as `static/fonts/NotoSansCJKsc-Regular.otf` with its licence beside
 * it. The path is both the file under `static/` and the URL path under the site root, so the
 * server reads it from disk and a browser can fetch it.
 */
export const BUNDLED_FONT_PATH = 'fonts/NotoSansCJKsc-Regular.otf';
