// A test-runner command that emulates media features through the DevTools protocol,
// including forced-colors, which the stock emulateMedia command does not offer.
// In a test: executeServerCommand('coprod-emulate-media', { 'forced-colors': 'active' }).
// The DevTools session stays open for the page: Chromium drops an emulation when the session
// that set it detaches, so a session per command emulated nothing.
const sessions = new WeakMap();

export function emulateMediaFeaturesPlugin() {
  return {
    name: 'coprod-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'coprod-emulate-media') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, page.createCDPSession());
      const cdp = await sessions.get(page);
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
