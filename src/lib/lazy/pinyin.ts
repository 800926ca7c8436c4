/** pinyin-pro (search by pinyin, English names of divisions), loaded when search first needs it. */
import { IN_NODE, OnDemand } from './on-demand.js';

export const pinyinPro = new OnDemand('pinyin-pro', () => import('pinyin-pro'));

if (IN_NODE) await pinyinPro.load();
