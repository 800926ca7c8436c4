/** The file handed to the next page that takes one, across a navigation inside the app. */
let handed: File | null = null;

/**
 * Hands a file to the import wizard on the "new chart" page, which the caller then opens: a
 * table dropped on the explorer is imported there, its columns mapped first. A file cannot travel
 * in an address; the app's own navigation keeps this module, so the page finds it.
 */
export function handFile(file: File): void {
	handed = file;
}

/** Takes the file handed over, once: a second call, or a page opened another way, gets null. */
export function takeHandedFile(): File | null {
	const file = handed;
	handed = null;
	return file;
}
