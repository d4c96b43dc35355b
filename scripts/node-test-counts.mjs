// A node:test reporter that writes one line, `N passed, N failed, N skipped`, for `npm test`
// to add to the browser tests' count. Suites are not counted, only tests (and their subtests);
// a test file that fails to load counts as one failure.
export default async function* nodeTestCounts(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else totals.failed++;
  }
  yield `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`;
}
