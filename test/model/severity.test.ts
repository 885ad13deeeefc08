import { SEVERITIES, SEVERITY_LABEL, SEVERITY_RANK, countBySeverity, countsSentence, severityCount, worse } from '../../src/model/severity';

test('one word per severity: Fel, Varning, Tips (never the English "info")', () => {
  expect(SEVERITIES.map((s) => SEVERITY_LABEL[s])).toEqual(['Fel', 'Varning', 'Tips']);
});

test.each([
  ['error', 1, '1 fel'],
  ['error', 2, '2 fel'],
  ['warning', 1, '1 varning'],
  ['warning', 0, '0 varningar'],
  ['warning', 3, '3 varningar'],
  ['info', 1, '1 tips'],
  ['info', 4, '4 tips'],
] as const)('severityCount(%s, %d) = %s', (s, n, want) => {
  expect(severityCount(s, n)).toBe(want);
});

test('rank, worse and counting', () => {
  expect([...SEVERITIES].sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a])).toEqual(['info', 'warning', 'error']);
  expect(worse('info', 'warning')).toBe('warning');
  expect(worse('error', 'warning')).toBe('error');
  expect(worse('info', 'info')).toBe('info');
  const items = [{ severity: 'info' as const }, { severity: 'error' as const }, { severity: 'info' as const }];
  expect(countBySeverity(items)).toEqual({ error: 1, warning: 0, info: 2 });
});

test.each([
  [{ error: 0, warning: 0, info: 0 }, 'Inga anmärkningar'],
  [{ error: 0, warning: 1, info: 0 }, '1 varning'],
  [{ error: 2, warning: 0, info: 3 }, '2 fel och 3 tips'],
  [{ error: 2, warning: 1, info: 1 }, '2 fel, 1 varning och 1 tips'],
])('countsSentence(%o) = %s', (counts, want) => {
  expect(countsSentence(counts)).toBe(want);
});
