// "Save image": the map as drawn, with the date, the title, a legend and the attribution drawn
// into the picture, so that a saved PNG still says what it shows and where it comes from.
import { COMPARE_COLOUR, GLOW_COLOUR, POWER_COLOURS } from './lib/map/atlas-layers.ts';

export interface ImageLabels {
  title: string;
  date: string;
  currentEvent: string | null;
  compare: string | null;
  attribution: string;
}

const FONT = "'Atlas UI', 'Noto Sans JP', sans-serif";

/** Draws the overlays onto a copy of the map and returns it as a PNG blob. */
export async function composeImage(map: HTMLCanvasElement, labels: ImageLabels): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = map.width;
  canvas.height = map.height;
  const g = canvas.getContext('2d')!;
  g.drawImage(map, 0, 0);

  // Title and date, top left.
  const lines = [labels.currentEvent, labels.compare].filter((l): l is string => Boolean(l));
  g.font = `600 17px ${FONT}`;
  const titleWidth = Math.min(canvas.width - 20, g.measureText(labels.title).width + 26);
  panel(g, 10, 10, titleWidth, 54 + lines.length * 18);
  g.fillStyle = '#2b2a26';
  g.font = `600 17px ${FONT}`;
  g.fillText(labels.title, 22, 34);
  g.font = `600 15px ${FONT}`;
  g.fillText(labels.date, 22, 56);
  g.font = `12px ${FONT}`;
  lines.forEach((line, i) => g.fillText(clip(g, line, titleWidth - 24), 22, 76 + i * 18));

  // Legend, bottom left.
  const keys: [string, string][] = [
    [POWER_COLOURS.japan, 'Japan'],
    [POWER_COLOURS.russia, 'Russia, the USSR'],
    [POWER_COLOURS.fer, 'Far Eastern Republic'],
    [GLOW_COLOUR, 'Recent event'],
    ...(labels.compare ? ([[COMPARE_COLOUR, 'Zones on the compared date (outline)']] as [string, string][]) : []),
  ];
  const top = canvas.height - 34 - keys.length * 18;
  panel(g, 10, top, 250, keys.length * 18 + 14);
  keys.forEach(([colour, text], i) => {
    const y = top + 12 + i * 18;
    g.fillStyle = colour;
    g.globalAlpha = 0.6;
    g.fillRect(22, y, 20, 11);
    g.globalAlpha = 1;
    g.strokeStyle = colour;
    g.strokeRect(22, y, 20, 11);
    g.fillStyle = '#2b2a26';
    g.font = `12px ${FONT}`;
    g.fillText(text, 50, y + 10);
  });

  // Attribution, bottom right.
  g.font = `11px ${FONT}`;
  const width = g.measureText(labels.attribution).width + 12;
  panel(g, canvas.width - width - 6, canvas.height - 22, width, 18);
  g.fillStyle = '#2b2a26';
  g.fillText(labels.attribution, canvas.width - width, canvas.height - 9);

  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be made'))), 'image/png'));
}

function panel(g: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  g.fillStyle = 'rgba(251, 248, 241, 0.92)';
  g.fillRect(x, y, w, h);
  g.strokeStyle = '#d8d1c1';
  g.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
}

function clip(g: CanvasRenderingContext2D, text: string, max: number): string {
  if (g.measureText(text).width <= max) return text;
  let t = text;
  while (t.length > 1 && g.measureText(`${t}…`).width > max) t = t.slice(0, -1);
  return `${t}…`;
}

/** Hands a blob to the browser as a download. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
