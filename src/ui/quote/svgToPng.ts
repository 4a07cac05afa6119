/** Draws a standalone SVG into a canvas at 2× and saves it as a PNG (for rack elevations). */
import type { ElevationDrawing } from './elevationSvg';

export async function downloadSvgAsPng(d: ElevationDrawing, fileName: string, scale = 2): Promise<void> {
  const url = URL.createObjectURL(new Blob([d.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = d.width * scale;
    canvas.height = d.height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const a = document.createElement('a');
    a.href = canvas.toDataURL('image/png');
    a.download = fileName;
    a.click();
  } finally {
    URL.revokeObjectURL(url);
  }
}
