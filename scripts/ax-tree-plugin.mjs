// A test-runner command that reads Chromium's accessibility tree (what a screen reader gets)
// through the DevTools protocol, so a test can check that no row is left out of it.
// In a test: executeServerCommand('coprod-ax-nodes', { roles: ['article'] }) → [{ role, name }],
// the nodes a screen reader gets (not ignored), including those inside shadow roots.
export function axTreePlugin() {
  return {
    name: 'coprod-ax-nodes',
    async executeCommand({ command, payload, session }) {
      if (command !== 'coprod-ax-nodes') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        // queryAXTree per role, not getFullAXTree: a page with a thousand cards has tens of thousands of nodes.
        const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
        const found = [];
        for (const role of payload?.roles ?? []) {
          const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, role });
          for (const node of nodes) if (!node.ignored) found.push({ role: node.role?.value ?? '', name: node.name?.value ?? '' });
        }
        return found;
      } finally {
        await cdp.detach();
      }
    },
  };
}
