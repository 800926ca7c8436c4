import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new edit token: 32 random bytes, base64url, shown to the owner once. */
function newEditToken(): string {
	return randomBytes(32).toString('base64url');
}

/** The SHA-256 of a token, hex: what the store keeps instead of the token. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** True when `token` hashes to `hash`, compared in constant time. */
export function tokenMatches(token: string, hash: string): boolean {
	const a = Buffer.from(hashToken(token), 'hex');
	const b = Buffer.from(hash, 'hex');
	return a.length === b.length && timingSafeEqual(a, b);
}

/** A new token and its hash: the token goes to the owner once, the hash into the store. */
export function issueToken(): { token: string; hash: string } {
	const token = newEditToken();
	return { token, hash: hashToken(token) };
}
