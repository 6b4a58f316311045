// Test fixture shared by test/matrix and test/report: a hand-built district matrix under
// the 三有 rule (the district government must be on WeChat and Weibo; a department may;
// a township should not), its lead a WeChat account of the government.
import { parseMatrix, SAN_YOU_RULES, type Matrix } from '../../src/index.js';

/** The district matrix (members gov-wx, dept-wx, town-wb, dept-wx2), with an optional display name. */
export function districtMatrix(name?: string): Matrix {
  return parseMatrix({
    id: 'm', ...(name === undefined ? {} : { name }), lead: 'gov-wx', members: ['gov-wx', 'dept-wx', 'town-wb', 'dept-wx2'],
    units: [
      { unit: '某区人民政府', level: 'county', type: 'government' },
      { unit: '某区教育局', level: 'county', type: 'department' },
      { unit: '某镇人民政府', level: 'township', type: 'government' },
    ],
    rules: SAN_YOU_RULES,
  });
}
