// The notes window shows the same chart and story as the deck it accompanies.
export { load } from '../+page.server.js';
