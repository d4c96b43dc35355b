// Runs inside a page served with the strict policy (see policy.mjs): renders every element,
// edits it as a user would, exports, switches locale, and reports every CSP violation.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
});

const hostile = '<img src=x onerror="window.__cspXss=1"><script>window.__cspXss=1</script>';
const report = { violations, errors: [], steps: [] };
const tinyPhoto =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFklEQVR4nGP8z8DwnwEIGBkZGRgYGAAfBQP/2Zn3JAAAAABJRU5ErkJggg==';

// Headless Chromium has no voices: a stand-in for the speech API records what would be said,
// so "Read aloud" runs (and, in a drop-in file, loads its speaking part) as in a browser with voices.
const spoken = [];
class Utterance extends window.EventTarget {
  constructor(text) {
    super();
    this.text = text;
  }
}
Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
Object.defineProperty(window, 'speechSynthesis', {
  configurable: true,
  value: Object.assign(new window.EventTarget(), {
    getVoices: () => [{ lang: 'en-GB', name: 'stand-in' }],
    speak: (utterance) => spoken.push(utterance.text),
    cancel() {},
    pause() {},
    resume() {},
  }),
});

async function exercise() {
  // ?drop-in=NAME: that element's drop-in file alone, whose speaking part is a chunk it imports
  // on the first "Read aloud" (two copies of Lit cannot share a page with this policy: each
  // creates the Trusted Types policy "lit-html").
  const dropIn = new window.URLSearchParams(window.location.search).get('drop-in');
  const { setLocale } = await import(dropIn ? `/dist/bundle/${dropIn}.js` : '/dist/bundle/coprod.js');
  const tags = [...new Set(window.__coprodTags ?? [])];
  const all = ['coprod-ladder', 'coprod-readiness-radar', 'coprod-action-plan', 'coprod-support-circle', 'coprod-profile-card', 'coprod-opportunity-card', 'coprod-opportunity-board'];
  for (const tag of all) if (customElements.get(tag)) tags.push(tag);
  for (const tag of tags) {
    const el = document.createElement(tag);
    el.setAttribute('storage-key', `csp-${tag}`);
    document.body.append(el);
    await el.updateComplete;
    // Add something, then type hostile text into every text field, as a user would.
    for (const button of el.shadowRoot.querySelectorAll('button')) {
      if (/add|toevoegen/i.test(button.textContent)) button.click();
    }
    await el.updateComplete;
    for (const field of el.shadowRoot.querySelectorAll('textarea, input[type=text]')) {
      field.value = hostile;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await el.updateComplete;
    // Exports that build files in the page (SVG, PNG, CSV), where the element offers them.
    for (const method of ['exportSvg', 'exportPng', 'toCsv', 'downloadCsv', 'handIn']) {
      if (typeof el[method] !== 'function') continue;
      const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`${tag}.${method}() did not finish`)), 5000));
      await Promise.race([el[method](), timeout]).catch((error) => report.errors.push(String(error)));
    }
    if (tag === 'coprod-profile-card') {
      // A photo is a data:image URL in the state: img-src must allow data:.
      el.value = { ...el.value, photo: tinyPhoto, show: { age: true, photo: true } };
      await el.updateComplete;
      const img = el.shadowRoot.querySelector('img');
      if (img && !img.complete) await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
      if (img && !img.naturalWidth) report.errors.push('profile photo did not load');
    }
    // Read aloud: in a drop-in file this imports a chunk, which the policy must allow.
    const before = spoken.length;
    el.shadowRoot.querySelector('.read-aloud button[data-read="start"]')?.click();
    for (let wait = 0; wait < 100 && spoken.length === before; wait++) await new Promise((resolve) => setTimeout(resolve, 20));
    if (spoken.length === before) report.errors.push(`${tag}: nothing was read aloud`);
    el.shadowRoot.querySelector('.read-aloud button[data-read="stop"]')?.click();
    report.steps.push(`${tag}: rendered, edited, exported, read aloud`);
    parent.postMessage({ coprodCspProgress: report.steps.at(-1) }, '*');
  }
  await setLocale('nl');
  await Promise.all([...document.querySelectorAll('*')].filter((el) => el.updateComplete).map((el) => el.updateComplete));
  await setLocale('en');
  report.steps.push('locale switched to nl and back');
  report.xss = window.__cspXss === 1;
  report.trustedTypes = typeof window.trustedTypes !== 'undefined';
}

exercise()
  .catch((error) => report.errors.push(String(error?.stack ?? error)))
  .finally(() => setTimeout(() => parent.postMessage({ coprodCsp: report }, '*'), 200));
