/** dagre (the layered layout), loaded when a view first asks for the layered layout. */
import { NO_PAGE, OnDemand } from './on-demand.js';

export const dagreLib = new OnDemand('dagre', () => import('@dagrejs/dagre').then((m) => m.default));

if (NO_PAGE) await dagreLib.load();
