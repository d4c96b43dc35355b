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

async function exercise() {
  const { setLocale } = await import('/dist/bundle/coprod.js');
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
    report.steps.push(`${tag}: rendered, edited, exported`);
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
