/** The names the national generator gives its nodes: real provinces and central bodies, and sectors. */

/** The 31 provincial-level divisions, in Chinese and English. */
export const PROVINCES: [string, string][] = [
	['北京', 'Beijing'],
	['天津', 'Tianjin'],
	['河北', 'Hebei'],
	['山西', 'Shanxi'],
	['内蒙古', 'Inner Mongolia'],
	['辽宁', 'Liaoning'],
	['吉林', 'Jilin'],
	['黑龙江', 'Heilongjiang'],
	['上海', 'Shanghai'],
	['江苏', 'Jiangsu'],
	['浙江', 'Zhejiang'],
	['安徽', 'Anhui'],
	['福建', 'Fujian'],
	['江西', 'Jiangxi'],
	['山东', 'Shandong'],
	['河南', 'Henan'],
	['湖北', 'Hubei'],
	['湖南', 'Hunan'],
	['广东', 'Guangdong'],
	['广西', 'Guangxi'],
	['海南', 'Hainan'],
	['重庆', 'Chongqing'],
	['四川', 'Sichuan'],
	['贵州', 'Guizhou'],
	['云南', 'Yunnan'],
	['西藏', 'Tibet'],
	['陕西', 'Shaanxi'],
	['甘肃', 'Gansu'],
	['青海', 'Qinghai'],
	['宁夏', 'Ningxia'],
	['新疆', 'Xinjiang']
];

/** The three central bodies of the chain. */
export const CENTRAL: [string, string][] = [
	['中央组织部', 'Central Organisation Department'],
	['中央社会工作部', 'Central Social Work Department'],
	['民政部', 'Ministry of Civil Affairs']
];

/** Sectors of the generated grassroots organisations. */
export const SECTORS = ['行业协会', '学术团体', '民办学校', '民办医院', '基金会', '社区社会组织'];
