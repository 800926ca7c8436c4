/**
 * A file on the reader's disk answered as an address would be: its bytes as a response body
 * that streams (`File.stream()`), so a packed file goes through the packed loader as it reads,
 * its upper levels drawn before the rest has been read, and refusals name the file.
 * @example await loadPacked(file.name, fileFetcher(file), onprogress)
 */
export function fileFetcher(file: File): typeof fetch {
	return async () => new Response(file.stream(), { headers: { 'content-length': String(file.size) } });
}
