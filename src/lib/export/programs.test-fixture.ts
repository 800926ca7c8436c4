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
 * Converts an office file to PDF with headless LibreOffice into `dir` and returns the PDF's path.
 * A private profile in `dir` keeps parallel or leftover LibreOffice processes from locking it.
 */
export function libreOfficeToPdf(dir: string, path: string): string {
	run(
		'libreoffice',
		[
			`-env:UserInstallation=file://${dir}/profile`,
			'--headless',
			'--convert-to',
			'pdf',
			'--outdir',
			dir,
			path
		],
		// A cold start with a fresh profile: seconds idle, past 120 s with both cores busy.
		{ timeout: 240_000, env: { ...process.env, HOME: dir } }
	);
	return join(
		dir,
		`${path
			.split('/')
			.pop()!
			.replace(/\.[^.]+$/, '')}.pdf`
	);
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

/** Parses an XML file with Python's expat (minidom) and returns the number of elements; throws when not well-formed. */
export function xmlElementCount(path: string): number {
	const script = 'import sys,xml.dom.minidom as m;print(len(m.parse(sys.argv[1]).getElementsByTagName("*")))';
	return Number(run('python3', ['-c', script, path]).trim());
}
