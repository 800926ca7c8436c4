/** pinyin-pro (search by pinyin, English names of divisions), loaded when search first needs it. */
import { NO_PAGE, OnDemand } from './on-demand.js';

export const pinyinPro = new OnDemand('pinyin-pro', () => import('pinyin-pro'));

if (NO_PAGE) await pinyinPro.load();
