// A test-runner command that prints the test's page to PDF the way a browser's print does
// (A4, the page's own @page rules, `beforeprint`/`afterprint`), then reads the PDF back:
// how many pages, and the text on each. Tests then check what a person gets on paper.
// In a test: executeServerCommand('coprod-print-pdf', { name: 'ladder-filled-nl' }).
// With PRINT_OUT=<folder> the PDFs are also written there, to look at (`npm run print:pages` does that and makes PNGs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of every page of a PDF (each page's pieces joined with single spaces), the first
 * page's size in points, and the size most of the text has, in points (a sheet too wide for
 * the paper is shrunk to fit, and its text with it).
 */
export async function pdfPages(data) {
  const document = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  const first = await document.getPage(1);
  const [, , width, height] = first.view;
  /** Characters per text size (in tenths of a point). */
  const sizes = new Map();
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(joinItems(content.items));
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const size = Math.round(Math.hypot(item.transform[2], item.transform[3]) * 10);
      sizes.set(size, (sizes.get(size) ?? 0) + item.str.length);
    }
  }
  await document.destroy();
  const commonText = [...sizes].reduce((most, entry) => (entry[1] > most[1] ? entry : most), [0, 0])[0] / 10;
  return { pages, width, height, commonText };
}

/**
 * Joins a page's text pieces as a reader sees them: pieces that touch on one line (a word cut
 * at a ligature such as "fi") join without a space, everything else with one.
 */
function joinItems(items) {
  let text = '';
  let end = null;
  for (const item of items) {
    if (!('str' in item)) continue;
    const [, , , , x, y] = item.transform;
    const touches = end && Math.abs(end.y - y) < 0.5 && Math.abs(end.x - x) < 0.5;
    text += (text && !touches ? ' ' : '') + item.str;
    end = item.hasEOL ? null : { x: x + item.width, y };
  }
  return text.replace(/\s+/g, ' ').trim();
}

export function printPdfPlugin() {
  return {
    name: 'coprod-print-pdf',
    async executeCommand({ command, payload, session }) {
      if (command !== 'coprod-print-pdf') return undefined;
      const page = session.browser.getPage(session.id);
      // Pages are reused between test files: drop any media emulation an earlier file left
      // (emulateMedia 'screen' would hide every print rule), as a person's print has none.
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', { media: '', features: [] });
      await cdp.detach();
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
      const folder = process.env.PRINT_OUT;
      if (folder && payload?.name) {
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, `${String(payload.name).replace(/[^\w.-]/g, '_')}.pdf`), pdf);
      }
      const { pages, width, height, commonText } = await pdfPages(pdf);
      return { pages: pages.length, text: pages, width, height, commonText };
    },
  };
}
