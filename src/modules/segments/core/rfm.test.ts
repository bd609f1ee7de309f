import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ntile, type RfmSegment, rfmScores, rfmSegment } from './rfm.ts';

test('rfmSegment: each rule at its boundaries, first match wins, just outside falls through', () => {
  const cases: Array<[string, [number, number, number], RfmSegment]> = [
    ['Champions: only 5-5-5', [5, 5, 5], 'Champions'],
    ['Champions missed by M 4 → Potential Loyalist', [5, 5, 4], 'Potential Loyalist'],
    ['Potential Loyalist lower corner', [3, 3, 2], 'Potential Loyalist'],
    ['Potential Loyalist upper R and F, lowest M', [5, 5, 2], 'Potential Loyalist'],
    ['Potential Loyalist missed by M 1 → About To Sleep', [3, 3, 1], 'About To Sleep'],
    ['Potential Loyalist missed by R 2 → Loyal Customers', [2, 3, 2], 'Loyal Customers'],
    ['Loyal Customers lower corner', [2, 2, 2], 'Loyal Customers'],
    ['Loyal upper corner is taken first by Potential Loyalist', [4, 4, 4], 'Potential Loyalist'],
    ['Loyal Customers at R 4, F 2', [4, 2, 4], 'Loyal Customers'],
    ['Loyal missed by M 5 → At Risk', [2, 2, 5], 'At Risk'],
    ['Loyal missed by R 1 → Lost', [1, 2, 2], 'Lost'],
    ['Promising lower corner', [3, 1, 3], 'Promising'],
    ['Promising upper corner', [4, 1, 5], 'Promising'],
    ['Promising range F 3 is taken first by Potential Loyalist', [4, 3, 5], 'Potential Loyalist'],
    ['Promising missed by M 2 → About To Sleep', [3, 1, 2], 'About To Sleep'],
    ['New Customers lowest', [5, 1, 1], 'New Customers'],
    ['New Customers at R 4, F 3, M 1', [4, 3, 1], 'New Customers'],
    ['New Customers at R 5, F 1, M 5', [5, 1, 5], 'New Customers'],
    ['New Customers missed by F 4 → Others', [5, 4, 1], 'Others'],
    ["Can't Lose Them lower corner", [1, 3, 4], "Can't Lose Them"],
    ["Can't Lose Them upper corner", [2, 4, 5], "Can't Lose Them"],
    ["Can't Lose Them at M 4 is taken first by Loyal", [2, 4, 4], 'Loyal Customers'],
    ["Can't Lose Them missed by F 5 → At Risk", [1, 5, 5], 'At Risk'],
    ['At Risk lower corner', [1, 2, 4], 'At Risk'],
    ['At Risk upper corner', [2, 5, 5], 'At Risk'],
    ['At Risk missed by M 3 → Lost', [1, 2, 3], 'Lost'],
    ['Need Attention lower corner', [1, 3, 3], 'Need Attention'],
    ['Need Attention at F 5, M 3', [1, 5, 3], 'Need Attention'],
    ['Need Attention at R 2, F 5', [2, 5, 3], 'Need Attention'],
    ['Need Attention at R 3 is taken first by Potential Loyalist', [3, 5, 5], 'Potential Loyalist'],
    ['Need Attention at R 2, F 3 is taken first by Loyal', [2, 3, 3], 'Loyal Customers'],
    ['About To Sleep lower corner', [2, 1, 1], 'About To Sleep'],
    ['About To Sleep at R 3, F 2, M 1', [3, 2, 1], 'About To Sleep'],
    ['About To Sleep at R 3, M 4 is taken first by Promising', [3, 1, 4], 'Promising'],
    ['About To Sleep missed by M 5 → Others', [2, 1, 5], 'Others'],
    ['Lost lowest', [1, 1, 1], 'Lost'],
    ['Lost with F 5', [1, 5, 1], 'Lost'],
  ];
  for (const [name, [r, f, m], expected] of cases) assert.equal(rfmSegment(r, f, m), expected, name);
});

test('ntile: bins differ by at most one row; ties ordered by the tie-break, not by arrival', () => {
  assert.deepEqual(ntile([10, 20, 30, 40, 50, 60, 70], 5, ['a', 'b', 'c', 'd', 'e', 'f', 'g']), [1, 1, 2, 3, 3, 4, 5]);
  assert.deepEqual(ntile([5, 5], 2, ['b', 'a']), [2, 1]);
  assert.deepEqual(ntile([], 5, []), []);
});

test('rfmScores: 25 customers, five per quintile, recency reversed, a monetary tie split by id', () => {
  const pad = (i: number) => `cus_${String(i).padStart(2, '0')}`;
  const rows = Array.from({ length: 25 }, (_, k) => {
    const i = k + 1;
    return {
      customer: pad(i),
      recencyDays: i * 3,
      frequency: ((i * 7) % 25) + 1,
      monetary: i === 5 ? 2000 : (26 - i) * 100,
    };
  });
  const scored = rfmScores([...rows].reverse());
  const by = new Map(scored.map((s) => [s.customer, s]));
  const expected = [
    // r f m segment, customers 1…25
    [5, 2, 5, 'New Customers'],
    [5, 3, 5, 'Potential Loyalist'],
    [5, 5, 5, 'Champions'],
    [5, 1, 5, 'New Customers'],
    [5, 3, 4, 'Potential Loyalist'],
    [4, 4, 5, 'Potential Loyalist'],
    [4, 5, 4, 'Potential Loyalist'],
    [4, 2, 4, 'Loyal Customers'],
    [4, 3, 4, 'Potential Loyalist'],
    [4, 5, 4, 'Potential Loyalist'],
    [3, 1, 3, 'Promising'],
    [3, 2, 3, 'Loyal Customers'],
    [3, 4, 3, 'Potential Loyalist'],
    [3, 5, 3, 'Potential Loyalist'],
    [3, 2, 3, 'Loyal Customers'],
    [2, 3, 2, 'Loyal Customers'],
    [2, 4, 2, 'Loyal Customers'],
    [2, 1, 2, 'About To Sleep'],
    [2, 2, 2, 'Loyal Customers'],
    [2, 4, 2, 'Loyal Customers'],
    [1, 5, 1, 'Lost'],
    [1, 1, 1, 'Lost'],
    [1, 3, 1, 'Lost'],
    [1, 4, 1, 'Lost'],
    [1, 1, 1, 'Lost'],
  ] as const;
  for (const [k, [r, f, m, segment]] of expected.entries()) {
    const s = by.get(pad(k + 1))!;
    assert.deepEqual([s.r, s.f, s.m, s.segment], [r, f, m, segment], pad(k + 1));
  }
  for (const axis of ['r', 'f', 'm'] as const)
    for (let q = 1; q <= 5; q++) assert.equal(scored.filter((s) => s[axis] === q).length, 5, `${axis} = ${q}`);
});
