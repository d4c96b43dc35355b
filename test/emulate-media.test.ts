import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * The 'coprod-emulate-media' command really changes the media the page sees. It once opened a
 * DevTools session per command and detached it, which drops the emulation: the accessibility
 * matrix's dark-scheme and forced-colours runs then checked the default scheme, and passed.
 */
describe('coprod-emulate-media command', () => {
  after(async () => {
    await executeServerCommand('coprod-emulate-media', {});
  });

  it('emulates a dark scheme, forced colours and reduced motion, and resets them', async () => {
    await executeServerCommand('coprod-emulate-media', { 'prefers-color-scheme': 'dark' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'dark').to.be.true;
    await executeServerCommand('coprod-emulate-media', { 'forced-colors': 'active' });
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours').to.be.true;
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'each call replaces the last').to.be.false;
    await executeServerCommand('coprod-emulate-media', { 'prefers-reduced-motion': 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion').to.be.true;
    await executeServerCommand('coprod-emulate-media', {});
    expect(matchMedia('(forced-colors: active)').matches || matchMedia('(prefers-reduced-motion: reduce)').matches, 'reset').to.be.false;
  });
});
