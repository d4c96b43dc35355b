import { expect } from '@open-wc/testing';

interface CspReport {
  violations: { directive: string; blocked: string; sample: string }[];
  errors: string[];
  steps: string[];
  xss: boolean;
  trustedTypes: boolean;
}

/** Loads a page under /test/csp/ in a frame and waits for its report. */
async function exercisePage(src: string): Promise<CspReport> {
  const frame = document.createElement('iframe');
  const progress: string[] = [];
  let onMessage: (event: MessageEvent) => void = () => {};
  const report = new Promise<CspReport>((resolve, reject) => {
    onMessage = (event) => {
      if (event.source !== frame.contentWindow) return;
      if (event.data?.coprodCspProgress) progress.push(event.data.coprodCspProgress);
      if (event.data?.coprodCsp) resolve(event.data.coprodCsp);
    };
    window.addEventListener('message', onMessage);
    setTimeout(() => reject(new Error(`the page did not finish; done: ${progress.join(' | ') || 'nothing'}`)), 15_000);
  });
  frame.src = src;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    window.removeEventListener('message', onMessage);
    frame.remove();
  }
}

function expectClean(result: CspReport): void {
  expect(result.errors, result.errors.join('\n')).to.deep.equal([]);
  expect(result.violations, JSON.stringify(result.violations)).to.deep.equal([]);
  expect(result.trustedTypes).to.equal(true);
  expect(result.xss).to.equal(false);
  expect(result.steps.length).to.be.greaterThan(1);
}

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  it('renders, edits, exports, reads aloud and switches locale with zero violations', async () => {
    expectClean(await exercisePage('/test/csp/index.html'));
  });

  it('a drop-in file loads its lazy chunk (reading aloud) with zero violations', async () => {
    const result = await exercisePage('/test/csp/index.html?drop-in=support-circle');
    expectClean(result);
    expect(result.steps[0]).to.equal('coprod-support-circle: rendered, edited, exported, read aloud');
  });
});
