import type { Text } from '#lib/model/types.js';
import { ROUTE_HEAD_BYTES, routeFile, type FileRoute } from '#lib/io/file-route.js';

/** What opening a file asks of the page it is opened on. */
export interface FileHost {
	/** Whether the chart on screen holds edits that opening another chart would lose. */
	edited(): boolean;
	/** Opens a packed file (streamed) or a JSON dataset in place of the chart on screen. */
	openChart(file: File, packed: boolean): void;
	/** Takes a table to the import wizard, which maps its columns before making a chart. */
	importTable(file: File): void;
	/** Says why a file cannot be opened, naming it. */
	refuse(error: Text): void;
}

/** A file that waits for the reader to say the edited chart may be replaced. */
export interface PendingFile {
	file: File;
	route: FileRoute;
}

/**
 * Opens a file dropped on the explorer or chosen from its toolbar: routes it by type (see
 * routeFile), and asks first when the chart on screen has edits that would be lost, as the
 * editor's conflict dialog asks before loading another revision.
 */
export class FileOpener {
	/** The file waiting for the reader's answer; null when none is. */
	pending = $state.raw<PendingFile | null>(null);

	readonly #host: FileHost;

	constructor(host: FileHost) {
		this.#host = host;
	}

	/** Opens a file, or says why it cannot, or asks first when the chart on screen has edits. */
	open = async (file: File): Promise<void> => {
		let head: Uint8Array;
		try {
			head = new Uint8Array(await file.slice(0, ROUTE_HEAD_BYTES).arrayBuffer());
		} catch {
			this.#host.refuse({
				zh: `无法读取「${file.name}」：文件可能已被移动或删除。`,
				en: `Could not read ${file.name}: it may have been moved or deleted.`
			});
			return;
		}
		const routed = routeFile(file.name, head);
		if (!routed.ok) this.#host.refuse(routed.error);
		else if (this.#host.edited()) this.pending = { file, route: routed.route };
		else this.#go({ file, route: routed.route });
	};

	/** The reader lets the edited chart go: the waiting file opens. */
	confirm = (): void => {
		const pending = this.pending;
		this.pending = null;
		if (pending) this.#go(pending);
	};

	/** The reader keeps the edited chart: the waiting file is dropped. */
	cancel = (): void => {
		this.pending = null;
	};

	#go({ file, route }: PendingFile): void {
		if (route === 'table') this.#host.importTable(file);
		else this.#host.openChart(file, route === 'packed');
	}
}
