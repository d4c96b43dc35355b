// Prints one line, exactly `N passed, N failed, N skipped`, which CI reads, and leaves it in
// .test-summary so `npm test` can repeat it as the very last line of the run.
import { writeFileSync } from 'node:fs';
function countResults(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) countResults(child, totals);
}

export function closingLineReporter() {
  let totals;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countResults(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        const fileErrors = (session.errors ?? []).length;
        if (!session.passed && fileErrors > 0) totals.failed += 1;
      }
    },
    stop() {
      if (!totals) return;
      const line = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
      console.log(line);
      writeFileSync('.test-summary', `${line}\n`);
    },
  };
}
