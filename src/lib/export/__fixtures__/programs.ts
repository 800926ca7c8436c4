/**
 * Test-only helpers that open exported files with real programs (poppler, librsvg, ImageMagick,
 * LibreOffice) in a temporary folder. Never imported by shipped code.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary folder for one test's files. */
export function tempDir(): string {
	return mkdtempSync(join(tmpdir(), 'tiaokuai-export-'));
}

/** Writes bytes to a file in `dir` and returns its path. */
export function writeTemp(dir: string, name: string, bytes: Uint8Array | string): string {
	const path = join(dir, name);
	writeFileSync(path, bytes);
	return path;
}

/** Runs a program and returns its standard output as UTF-8; throws with its stderr when it fails. */
export function run(
	program: string,
	args: string[],
	options: { timeout?: number; env?: NodeJS.ProcessEnv } = {}
): string {
	return execFileSync(program, args, {
		encoding: 'utf8',
		timeout: options.timeout ?? 60_000,
		env: options.env ?? process.env,
		maxBuffer: 64 * 1024 * 1024
	});
}

/**
 * Converts office files to PDF with one run of headless LibreOffice into `dir` (each start costs
 * seconds on a busy machine) and returns the PDFs' paths in the same order. A private profile in
 * `dir` keeps parallel or leftover LibreOffice processes from locking it.
 */
export function libreOfficeToPdfs(dir: string, paths: string[]): string[] {
	run(
		'libreoffice',
		[
			`-env:UserInstallation=file://${dir}/profile`,
			'--headless',
			'--convert-to',
			'pdf',
			'--outdir',
			dir,
			...paths
		],
		// A cold start with a fresh profile converting a batch of files: seconds idle, minutes with
		// both cores busy.
		{ timeout: 600_000, env: { ...process.env, HOME: dir } }
	);
	return paths.map((path) =>
		join(
			dir,
			`${path
				.split('/')
				.pop()!
				.replace(/\.[^.]+$/, '')}.pdf`
		)
	);
}

/** Converts one office file to PDF (see {@link libreOfficeToPdfs}) and returns the PDF's path. */
export function libreOfficeToPdf(dir: string, path: string): string {
	return libreOfficeToPdfs(dir, [path])[0];
}

/** Width and height of an image, read by ImageMagick's `identify`. */
export function imageSize(path: string): { width: number; height: number } {
	const [width, height] = run('identify', ['-format', '%w %h', `${path}[0]`])
		.trim()
		.split(' ')
		.map(Number);
	return { width, height };
}

/** Standard deviation of all channels of an image or a region (`WxH+X+Y`): 0 for a blank image. */
export function inkSpread(path: string, region?: string): number {
	const args = region ? [path, '-crop', region, '+repage'] : [path];
	return Number(
		run('convert', [...args, '-alpha', 'off', '-format', '%[fx:standard_deviation]', 'info:']).trim()
	);
}

/** Text with all white space removed, so labels compare regardless of how a program spaces them. */
export function squeeze(text: string): string {
	return text.replace(/\s+/g, '');
}

/** Text without characters outside the Basic Multilingual Plane (emoji the CJK font lacks). */
export function withoutAstral(text: string): string {
	return [...text].filter((ch) => ch.codePointAt(0)! <= 0xffff).join('');
}

/**
 * Parses XML files with Python's expat (minidom), all in one run of Python, and returns the
 * number of elements of each; throws when one is not well-formed.
 */
export function xmlElementCounts(paths: string[]): number[] {
	const script =
		'import sys,xml.dom.minidom as m\nfor p in sys.argv[1:]: print(len(m.parse(p).getElementsByTagName("*")))';
	return run('python3', ['-c', script, ...paths])
		.trim()
		.split('\n')
		.map(Number);
}

/** Parses one XML file with Python's expat and returns its number of elements; throws when not well-formed. */
export function xmlElementCount(path: string): number {
	return xmlElementCounts([path])[0];
}
