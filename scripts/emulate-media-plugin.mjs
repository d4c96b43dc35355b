// A test-runner command that emulates media features through the DevTools protocol,
// including forced-colors, which the stock emulateMedia command does not offer.
// In a test: executeServerCommand('coprod-emulate-media', { 'forced-colors': 'active' }).
export function emulateMediaFeaturesPlugin() {
  return {
    name: 'coprod-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'coprod-emulate-media') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await cdp.send('Emulation.setEmulatedMedia', { features });
      await cdp.detach();
      return true;
    },
  };
}
