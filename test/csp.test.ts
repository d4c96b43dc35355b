import { expect } from '@open-wc/testing';

interface CspReport {
  violations: { directive: string; blocked: string; sample: string }[];
  errors: string[];
  steps: string[];
  xss: boolean;
  trustedTypes: boolean;
}

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  it('renders, edits, exports and switches locale with zero violations', async () => {
    const frame = document.createElement('iframe');
    const progress: string[] = [];
    const report = new Promise<CspReport>((resolve, reject) => {
      window.addEventListener('message', (event) => {
        if (event.data?.coprodCspProgress) progress.push(event.data.coprodCspProgress);
        if (event.data?.coprodCsp) resolve(event.data.coprodCsp);
      });
      setTimeout(() => reject(new Error(`the page did not finish; done: ${progress.join(' | ') || 'nothing'}`)), 15_000);
    });
    frame.src = '/test/csp/index.html';
    document.body.append(frame);
    const result = await report;
    frame.remove();
    expect(result.errors, result.errors.join('\n')).to.deep.equal([]);
    expect(result.violations, JSON.stringify(result.violations)).to.deep.equal([]);
    expect(result.trustedTypes).to.equal(true);
    expect(result.xss).to.equal(false);
    expect(result.steps.length).to.be.greaterThan(1);
  });
});
