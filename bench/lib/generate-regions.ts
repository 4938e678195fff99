/**
 * Regions and departments of the generated corpus: real cities of 江苏, 浙江, 安徽 and 山东 with
 * their counties, districts and development zones (the site is meant to grow to "every policy of
 * the region and its neighbours"), each with the departments its texts name as 责任单位. The list
 * is fixed and its order seeded, so the policies of a small corpus are a prefix of a larger one's.
 *
 * These entries go into a copy of the site's vocabularies (bench-output/), never into src/content.
 */
import { Random } from './generate-random.ts';

export type Level = 'province' | 'city' | 'county' | 'district';

export interface GenRegion {
  id: string;
  name: string;
  parent: string | null;
  level: Level;
  /** The name as a text's title and issuer write it: 常州市武进区, 常州国家高新区. */
  fullName: string;
  /** How a text says "the whole region" and "this region": 全市/本市, 全区/本区, 全县/本县. */
  scope: string;
  here: string;
  /** Prefix of the region's 文号 (常政发〔2024〕12号). */
  docPrefix: string;
  /** The government body that issues its policies. */
  issuer: string;
  /** A development zone run by a 管委会 rather than a district government. */
  zone: boolean;
}

export interface GenDepartment {
  id: string;
  name: string;
  region: string;
  aliases: string[];
}

/** Cities by province: [pinyin, name, doc-number abbreviation, children as [pinyin, name, kind]]. */
type ChildKind = 'county' | 'district' | 'zone';
type CitySpec = [string, string, string, [string, string, ChildKind][]];

const PROVINCES: [string, string, CitySpec[]][] = [
  [
    'jiangsu',
    '江苏省',
    [
      [
        'nanjing',
        '南京市',
        '宁',
        [
          ['jiangning', '江宁区', 'district'],
          ['qixia', '栖霞区', 'district'],
          ['pukou', '浦口区', 'district'],
          ['jbxq', '江北新区', 'zone'],
        ],
      ],
      [
        'changzhou',
        '常州市',
        '常',
        [
          ['wujin', '武进区', 'district'],
          ['xinbei', '新北区', 'district'],
          ['jintan', '金坛区', 'district'],
          ['liyang', '溧阳市', 'county'],
          ['gxq', '常州国家高新区', 'zone'],
        ],
      ],
      [
        'nantong',
        '南通市',
        '通',
        [
          ['haimen', '海门区', 'district'],
          ['rugao', '如皋市', 'county'],
          ['qidong', '启东市', 'county'],
          ['haian', '海安市', 'county'],
          ['jkq', '南通经济技术开发区', 'zone'],
        ],
      ],
      [
        'yangzhou',
        '扬州市',
        '扬',
        [
          ['jiangdu', '江都区', 'district'],
          ['yizheng', '仪征市', 'county'],
          ['gaoyou', '高邮市', 'county'],
          ['hanjiang', '邗江区', 'district'],
        ],
      ],
      [
        'zhenjiang',
        '镇江市',
        '镇',
        [
          ['danyang', '丹阳市', 'county'],
          ['jurong', '句容市', 'county'],
          ['yangzhong', '扬中市', 'county'],
          ['xq', '镇江新区', 'zone'],
        ],
      ],
      [
        'taizhou-js',
        '泰州市',
        '泰',
        [
          ['yygxq', '泰州医药高新区', 'zone'],
          ['jingjiang', '靖江市', 'county'],
          ['taixing', '泰兴市', 'county'],
          ['xinghua', '兴化市', 'county'],
        ],
      ],
      [
        'yancheng',
        '盐城市',
        '盐',
        [
          ['dongtai', '东台市', 'county'],
          ['dafeng', '大丰区', 'district'],
          ['tinghu', '亭湖区', 'district'],
        ],
      ],
      [
        'huaian',
        '淮安市',
        '淮',
        [
          ['lianshui', '涟水县', 'county'],
          ['xuyi', '盱眙县', 'county'],
          ['qingjiangpu', '清江浦区', 'district'],
        ],
      ],
      [
        'suqian',
        '宿迁市',
        '宿',
        [
          ['shuyang', '沭阳县', 'county'],
          ['sihong', '泗洪县', 'county'],
          ['sucheng', '宿城区', 'district'],
        ],
      ],
      [
        'xuzhou',
        '徐州市',
        '徐',
        [
          ['pizhou', '邳州市', 'county'],
          ['xinyi', '新沂市', 'county'],
          ['tongshan', '铜山区', 'district'],
          ['gxq', '徐州高新区', 'zone'],
        ],
      ],
      [
        'lianyungang',
        '连云港市',
        '连',
        [
          ['haizhou', '海州区', 'district'],
          ['donghai', '东海县', 'county'],
          ['guanyun', '灌云县', 'county'],
          ['jkq', '连云港经济技术开发区', 'zone'],
        ],
      ],
    ],
  ],
  [
    'zhejiang',
    '浙江省',
    [
      [
        'hangzhou',
        '杭州市',
        '杭',
        [
          ['yuhang', '余杭区', 'district'],
          ['xiaoshan', '萧山区', 'district'],
          ['binjiang', '滨江区', 'district'],
          ['qiantang', '钱塘区', 'district'],
          ['linping', '临平区', 'district'],
        ],
      ],
      [
        'ningbo',
        '宁波市',
        '甬',
        [
          ['yinzhou', '鄞州区', 'district'],
          ['beilun', '北仑区', 'district'],
          ['cixi', '慈溪市', 'county'],
          ['yuyao', '余姚市', 'county'],
        ],
      ],
      [
        'jiaxing',
        '嘉兴市',
        '嘉',
        [
          ['haining', '海宁市', 'county'],
          ['tongxiang', '桐乡市', 'county'],
          ['pinghu', '平湖市', 'county'],
          ['jiashan', '嘉善县', 'county'],
        ],
      ],
      [
        'huzhou',
        '湖州市',
        '湖',
        [
          ['deqing', '德清县', 'county'],
          ['changxing', '长兴县', 'county'],
          ['anji', '安吉县', 'county'],
        ],
      ],
      [
        'shaoxing',
        '绍兴市',
        '绍',
        [
          ['zhuji', '诸暨市', 'county'],
          ['shangyu', '上虞区', 'district'],
          ['keqiao', '柯桥区', 'district'],
        ],
      ],
      [
        'taizhou-zj',
        '台州市',
        '台',
        [
          ['jiaojiang', '椒江区', 'district'],
          ['linhai', '临海市', 'county'],
          ['huangyan', '黄岩区', 'district'],
        ],
      ],
      [
        'jinhua',
        '金华市',
        '金',
        [
          ['yiwu', '义乌市', 'county'],
          ['dongyang', '东阳市', 'county'],
          ['lanxi', '兰溪市', 'county'],
        ],
      ],
      [
        'wenzhou',
        '温州市',
        '温',
        [
          ['ruian', '瑞安市', 'county'],
          ['yueqing', '乐清市', 'county'],
          ['longwan', '龙湾区', 'district'],
        ],
      ],
    ],
  ],
  [
    'anhui',
    '安徽省',
    [
      [
        'hefei',
        '合肥市',
        '合',
        [
          ['shushan', '蜀山区', 'district'],
          ['baohe', '包河区', 'district'],
          ['feixi', '肥西县', 'county'],
          ['gxq', '合肥高新区', 'zone'],
        ],
      ],
      [
        'wuhu',
        '芜湖市',
        '芜',
        [
          ['jiujiang', '鸠江区', 'district'],
          ['yijiang', '弋江区', 'district'],
          ['fanchang', '繁昌区', 'district'],
        ],
      ],
      [
        'bozhou',
        '亳州市',
        '亳',
        [
          ['qiaocheng', '谯城区', 'district'],
          ['guoyang', '涡阳县', 'county'],
        ],
      ],
      [
        'bengbu',
        '蚌埠市',
        '蚌',
        [
          ['yuhui', '禹会区', 'district'],
          ['huaiyuan', '怀远县', 'county'],
        ],
      ],
    ],
  ],
  [
    'shandong',
    '山东省',
    [
      [
        'jinan',
        '济南市',
        '济',
        [
          ['lixia', '历下区', 'district'],
          ['zhangqiu', '章丘区', 'district'],
          ['gxq', '济南高新区', 'zone'],
        ],
      ],
      [
        'qingdao',
        '青岛市',
        '青',
        [
          ['laoshan', '崂山区', 'district'],
          ['huangdao', '黄岛区', 'district'],
          ['jimo', '即墨区', 'district'],
          ['jiaozhou', '胶州市', 'county'],
        ],
      ],
      [
        'yantai',
        '烟台市',
        '烟',
        [
          ['laishan', '莱山区', 'district'],
          ['longkou', '龙口市', 'county'],
        ],
      ],
      [
        'zibo',
        '淄博市',
        '淄',
        [
          ['zhangdian', '张店区', 'district'],
          ['huantai', '桓台县', 'county'],
        ],
      ],
      [
        'weihai',
        '威海市',
        '威',
        [
          ['wendeng', '文登区', 'district'],
          ['rongcheng', '荣成市', 'county'],
        ],
      ],
    ],
  ],
];

/** More counties and districts of the two cities the site starts with. */
const EXISTING_CITY_CHILDREN: [string, string, string, [string, string, ChildKind][]][] = [
  [
    'suzhou',
    '苏州市',
    '苏',
    [
      ['changshu', '常熟市', 'county'],
      ['zhangjiagang', '张家港市', 'county'],
      ['wujiang', '吴江区', 'district'],
      ['wuzhong', '吴中区', 'district'],
      ['xiangcheng', '相城区', 'district'],
      ['sip', '苏州工业园区', 'zone'],
    ],
  ],
  [
    'wuxi',
    '无锡市',
    '锡',
    [
      ['jiangyin', '江阴市', 'county'],
      ['yixing', '宜兴市', 'county'],
      ['huishan', '惠山区', 'district'],
      ['xishan', '锡山区', 'district'],
      ['xinwu', '新吴区', 'district'],
      ['binhu', '滨湖区', 'district'],
    ],
  ],
];

/** The regions the site already has (src/content/vocab/regions.yaml); generated policies may belong to them too. */
export const EXISTING_REGIONS = ['suzhou', 'taicang', 'kunshan', 'snd', 'wuxi'];

const first = (name: string) => name.replace(/[市县区]$/, '').slice(0, 1);

function childRegion(cityId: string, cityName: string, cityDoc: string, [py, name, kind]: [string, string, ChildKind]) {
  const zone = kind === 'zone';
  // 常州市武进区人民政府, but 溧阳市人民政府 and 涟水县人民政府: only districts are written with their city.
  const fullName = kind === 'district' ? `${cityName}${name}` : name;
  const suffix = name.endsWith('市') ? '市' : name.endsWith('县') ? '县' : '区';
  const zoneDoc = name.includes('高新') ? '高新' : name.includes('开发区') ? '开' : '新';
  return {
    id: `${cityId}-${py}`,
    name,
    parent: cityId,
    level: kind === 'county' ? 'county' : 'district',
    fullName,
    scope: `全${suffix}`,
    here: `本${suffix}`,
    docPrefix: zone ? `${cityDoc}${zoneDoc}管发` : `${first(name)}政发`,
    issuer: zone ? `${name}管理委员会` : `${fullName}人民政府`,
    zone,
  } satisfies GenRegion;
}

/**
 * Every region the generator can use, existing ones included, in a seeded order: cities and
 * their children interleaved across provinces so that even a small corpus spans several.
 */
export function regionPool(seed: number): GenRegion[] {
  const provinces: GenRegion[] = [];
  const slots: GenRegion[] = [];
  for (const [pid, pname, cities] of PROVINCES) {
    if (pid !== 'jiangsu')
      provinces.push({
        id: pid,
        name: pname,
        parent: null,
        level: 'province',
        fullName: pname,
        scope: '全省',
        here: '本省',
        docPrefix: `${pname.slice(0, 1)}政发`,
        issuer: `${pname}人民政府`,
        zone: false,
      });
    for (const [cid, cname, doc, children] of cities) {
      slots.push({
        id: cid,
        name: cname,
        parent: pid,
        level: 'city',
        fullName: cname,
        scope: '全市',
        here: '本市',
        docPrefix: `${doc}政发`,
        issuer: `${cname}人民政府`,
        zone: false,
      });
      for (const child of children) slots.push(childRegion(cid, cname, doc, child));
    }
  }
  for (const [cid, cname, doc, children] of EXISTING_CITY_CHILDREN)
    for (const child of children) slots.push(childRegion(cid, cname, doc, child));
  const order = Random.for(seed, 'regions').sample(slots, slots.length);
  return [...provinces, ...order];
}

/** Departments of a generated region: the bureaus biomedical policies name, with the wordings texts use. */
const BUREAUS: [string, string, string][] = [
  ['kjj', '科学技术局', '科技局'],
  ['gxj', '工业和信息化局', '工信局'],
  ['fgw', '发展和改革委员会', '发改委'],
  ['wjw', '卫生健康委员会', '卫生健康委'],
  ['scjgj', '市场监督管理局', '市场监管局'],
  ['czj', '财政局', '财政局'],
  ['swj', '商务局', '商务局'],
  ['rsj', '人力资源和社会保障局', '人社局'],
  ['ybj', '医疗保障局', '医保局'],
  ['zgj', '自然资源和规划局', '资源规划局'],
  ['jrj', '地方金融管理局', '金融监管局'],
  ['sthjj', '生态环境局', '生态环境局'],
];
const ZONE_BUREAUS: [string, string, string][] = [
  ['kcj', '科技创新局', '科创局'],
  ['jfj', '经济发展局', '经发局'],
  ['zsj', '投资促进局', '投促局'],
  ['czj', '财政局', '财政局'],
  ['sysj', '社会事业局', '社会事业局'],
  ['scjgj', '市场监督管理局', '市场监管局'],
  ['ghjsj', '规划建设局', '规建局'],
];

export function departmentsOf(region: GenRegion): GenDepartment[] {
  if (region.level === 'province') return [];
  const suffix = region.scope.slice(1);
  const list = region.zone ? ZONE_BUREAUS : BUREAUS;
  const out: GenDepartment[] = list.map(([code, name, short]) => ({
    id: `${region.id}-${code}`,
    name: region.zone ? `${region.name}${name}` : `${region.fullName}${name}`,
    region: region.id,
    // 市科技局 and 科技局: the long form in running text, the short one in tables.
    aliases: region.zone ? [short] : [`${suffix}${short}`, short],
  }));
  if (!region.zone) {
    out.push({
      id: `${region.id}-rcb`,
      name: `中共${region.fullName}委人才工作领导小组办公室`,
      region: region.id,
      aliases: [`${suffix}委人才办`, '人才办'],
    });
  }
  return out;
}
