import type { Page } from 'playwright-core';

/** A picture as it prints: its address, the CSS filter print gives it, and its printed width. */
export interface PrintedPicture {
  src: string;
  filter: string;
  width: number;
}

/**
 * How well each picture's outline holds on a black and white printer: the picture is drawn on
 * white paper with the filter print gives it (its lengths scaled from the printed width to the
 * drawing's) and its colour taken out (grayscale, as a mono printer prints it), then read
 * along every row and column from each edge. Where a line meets the picture, its outline is
 * the darkest point in the next 4 units of the picture's 72 (an OpenMoji outline is 2 units
 * wide); `held` is the share of those lines whose outline keeps at least 3:1 against the paper
 * (WCAG's contrast for graphics), and `weakest` the lowest contrast found.
 */
export function outlineContrast(
  page: Page,
  pictures: PrintedPicture[],
): Promise<{ src: string; held: number; weakest: number }[]> {
  return page.evaluate(async (pictures) => {
    const SIZE = 144;
    const DEPTH = Math.round((4 * SIZE) / 72);
    // Relative luminance of a gray level, and its contrast against white paper.
    const luminance = (v: number) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const contrast = (l: number) => 1.05 / (l + 0.05);
    const results = [];
    for (const { src, filter, width } of pictures) {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = SIZE;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#fff';
      g.fillRect(0, 0, SIZE, SIZE);
      const scaled =
        filter === 'none'
          ? ''
          : filter.replace(/(-?[\d.]+)px/g, (_, n: string) => `${(Number(n) * SIZE) / width}px`);
      g.filter = `${scaled} grayscale(1)`.trim();
      g.drawImage(img, 0, 0, SIZE, SIZE);
      const px = g.getImageData(0, 0, SIZE, SIZE).data;
      const at = (x: number, y: number) => luminance(px[(y * SIZE + x) * 4]!);
      const inside = (x: number, y: number) => x >= 0 && x < SIZE && y >= 0 && y < SIZE;
      const lines: number[] = [];
      for (let a = 0; a < SIZE; a++)
        for (const [dx, dy, x0, y0] of [
          [1, 0, 0, a],
          [-1, 0, SIZE - 1, a],
          [0, 1, a, 0],
          [0, -1, a, SIZE - 1],
        ] as const) {
          let [x, y] = [x0, y0];
          // Across the paper to where the picture starts.
          while (inside(x, y) && contrast(at(x, y)) < 1.1) [x, y] = [x + dx, y + dy];
          if (!inside(x, y)) continue;
          let darkest = 1;
          for (let k = 0; k < DEPTH && inside(x, y); k++, x += dx, y += dy)
            darkest = Math.min(darkest, at(x, y));
          lines.push(contrast(darkest));
        }
      results.push({
        src,
        held: lines.filter((c) => c >= 3).length / lines.length,
        weakest: Math.min(...lines),
      });
    }
    return results;
  }, pictures);
}
