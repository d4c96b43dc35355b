/** Offers a file for download (export of JSON, CSV, SVG, PNG). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface CsvOptions {
  /** `;` opens cleanly in Dutch Excel (where `,` is the decimal sign); `,` elsewhere. */
  separator?: ',' | ';';
}

/** Quotes a cell when it needs it, and defuses spreadsheet formulas (=, +, -, @) typed by users. */
function csvCell(value: unknown, separator: string): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text: header row plus rows, CRLF line ends (what Excel expects). */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  return [header, ...rows].map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n');
}

/**
 * Downloads CSV as UTF-8 with a byte order mark, so Excel shows é, ë and ’ correctly.
 * @returns the CSV text (without the byte order mark)
 */
export function downloadCsv(fileName: string, header: readonly string[], rows: readonly (readonly unknown[])[], options: CsvOptions = {}): string {
  const text = toCsv(header, rows, options);
  downloadBlob(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }), fileName);
  return text;
}

/**
 * A standalone copy of an SVG drawn in the shadow DOM: computed colours and fonts are
 * written onto the copy, because the file will not have the element's stylesheet.
 */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const properties = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'fill-opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'];
  originals.forEach((original, index) => {
    const style = getComputedStyle(original);
    const target = copies[index] as SVGElement;
    target.removeAttribute('class');
    for (const property of properties) {
      const value = style.getPropertyValue(property);
      if (value) target.style.setProperty(property, value);
    }
  });
  const box = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  if (!copy.getAttribute('width')) copy.setAttribute('width', String(Math.round(box.width) || 600));
  if (!copy.getAttribute('height')) copy.setAttribute('height', String(Math.round(box.height) || 600));
  copy.style.setProperty('background', getComputedStyle(svg).getPropertyValue('--_surface') || '#ffffff');
  return new XMLSerializer().serializeToString(copy);
}

/** Downloads an on-screen SVG as an `.svg` file. */
export function downloadSvg(svg: SVGSVGElement, fileName: string): void {
  downloadBlob(new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' }), fileName);
}

/** Renders an on-screen SVG to a PNG image (on a white background), `scale` times its size. */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  return svgTextToPng(standaloneSvg(svg), scale);
}

/** Renders a standalone SVG document (text with width and height) to a PNG image, `scale` times its size. */
export async function svgTextToPng(text: string, scale = 2): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Downloads an on-screen SVG as a `.png` file. */
export async function downloadPng(svg: SVGSVGElement, fileName: string, scale = 2): Promise<void> {
  downloadBlob(await svgToPng(svg, scale), fileName);
}
