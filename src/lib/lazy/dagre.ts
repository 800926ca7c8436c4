/** dagre (the layered layout), loaded when a view first asks for the layered layout. */
import { IN_NODE, OnDemand } from './on-demand.js';

export const dagreLib = new OnDemand('dagre', () => import('@dagrejs/dagre').then((m) => m.default));

if (IN_NODE) await dagreLib.load();
