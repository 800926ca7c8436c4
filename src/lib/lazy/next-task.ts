/**
 * Resolves in a task of its own, a message later: whatever the page has waiting (a frame,
 * input) comes first. A message rather than a timer: a timer nested five deep waits 4 ms each
 * time (at 100,000 rich nodes read in slices that added a fifth of a second), and
 * `scheduler.yield` came back before the browser drew, so several slices ran in one frame.
 */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
