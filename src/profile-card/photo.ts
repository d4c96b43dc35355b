/** Longest side, in pixels, of a photo kept in the profile state. */
export const PHOTO_MAX_SIZE = 256;

/** The size that fits `width` × `height` within `max` on its longest side, keeping its shape; never enlarges. */
export function fitWithin(width: number, height: number, max = PHOTO_MAX_SIZE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Turns a picture file the user picked into a small `data:image/webp` (or `jpeg`) URL at
 * most `max` pixels on its longest side: a 10 MB phone photo becomes a few kilobytes of
 * state. Runs in the browser only; rejects when the file is not a picture it can decode.
 */
export async function photoFileToDataUrl(file: Blob, max = PHOTO_MAX_SIZE): Promise<string> {
  // Decodes with the photo's own orientation (EXIF), so portraits stay upright.
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const size = fitWithin(bitmap.width, bitmap.height, max);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    // JPEG has no transparency: a white background instead of black.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, size.width, size.height);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const webp = canvas.toDataURL('image/webp', 0.82);
    // Browsers that cannot write WebP fall back to PNG, which is much larger: use JPEG then.
    return webp.startsWith('data:image/webp') ? webp : canvas.toDataURL('image/jpeg', 0.85);
  } finally {
    bitmap.close();
  }
}
