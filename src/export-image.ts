// "Save image": the map as drawn, with the date, the title, a legend and the attribution drawn
// into the picture, so that a saved PNG still says what it shows and where it comes from.
import type { LegendEntry, Swatch } from './lib/map/atlas-layers.ts';
import { MAP_COLOURS, UI_COLOURS } from './lib/theme.ts';

export interface ImageLabels {
  title: string;
  date: string;
  currentEvent: string | null;
  compare: string | null;
  /** The legend of what the map draws on the day (legendOnDay, as on the map), each entry's swatch with its short label in the reader's language. */
  legend: Pick<LegendEntry, 'swatch' | 'short'>[];
  attribution: string;
}

const FONT = "'Atlas UI', 'Noto Sans JP', sans-serif";
const INK = UI_COLOURS.ink;

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
  g.fillStyle = INK;
  g.font = `600 17px ${FONT}`;
  g.fillText(labels.title, 22, 34);
  g.font = `600 15px ${FONT}`;
  g.fillText(labels.date, 22, 56);
  g.font = `12px ${FONT}`;
  lines.forEach((line, i) => g.fillText(clip(g, line, titleWidth - 24), 22, 76 + i * 18));

  // Legend, bottom left: the same entries as the Layers panel's, in the map's colours.
  const keys = labels.legend;
  const top = canvas.height - 34 - keys.length * 18;
  g.font = `12px ${FONT}`;
  const legendWidth = Math.min(canvas.width - 20, Math.max(0, ...keys.map((k) => g.measureText(k.short).width)) + 52);
  panel(g, 10, top, legendWidth, keys.length * 18 + 14);
  keys.forEach((key, i) => {
    const y = top + 12 + i * 18;
    drawSwatch(g, key.swatch, 22, y, 20, 11);
    g.fillStyle = INK;
    g.font = `12px ${FONT}`;
    g.fillText(key.short, 50, y + 10);
  });

  // Attribution, bottom right.
  g.font = `11px ${FONT}`;
  const width = g.measureText(labels.attribution).width + 12;
  panel(g, canvas.width - width - 6, canvas.height - 22, width, 18);
  g.fillStyle = INK;
  g.fillText(labels.attribution, canvas.width - width, canvas.height - 9);

  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be made'))), 'image/png'));
}

function panel(g: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  g.fillStyle = UI_COLOURS.paper;
  g.globalAlpha = 0.92;
  g.fillRect(x, y, w, h);
  g.globalAlpha = 1;
  g.strokeStyle = UI_COLOURS.rule;
  g.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
}

/** A legend key on the canvas, as Swatch.svelte draws it in CSS. */
function drawSwatch(g: CanvasRenderingContext2D, swatch: Swatch, x: number, y: number, w: number, h: number): void {
  g.save();
  if (swatch.kind === 'area') {
    // The tint over the land, as the map draws it.
    g.fillStyle = MAP_COLOURS.land;
    g.fillRect(x, y, w, h);
    g.fillStyle = swatch.colour;
    g.globalAlpha = swatch.fill;
    g.fillRect(x, y, w, h);
    g.globalAlpha = 1;
    if (swatch.pattern) {
      g.save();
      g.beginPath();
      g.rect(x, y, w, h);
      g.clip();
      g.strokeStyle = MAP_COLOURS.hatch;
      g.lineWidth = 1;
      g.beginPath();
      for (let d = -h; d < w; d += 5) {
        g.moveTo(x + d, y + h);
        g.lineTo(x + d + h, y);
        if (swatch.pattern === 'cross') {
          g.moveTo(x + d, y);
          g.lineTo(x + d + h, y + h);
        }
      }
      g.stroke();
      g.restore();
    }
    if (swatch.edge !== 'none') {
      g.strokeStyle = swatch.colour;
      g.lineWidth = swatch.edge === 'thick' ? 2.4 : swatch.edge === 'tinted' ? 3 : 1;
      if (swatch.edge === 'tinted') g.globalAlpha = 0.45;
      g.setLineDash(swatch.edge === 'dashed' ? [4, 2] : swatch.edge === 'dotted' ? [1, 2] : []);
      g.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
      g.globalAlpha = 1;
    }
  } else if (swatch.kind === 'line' || swatch.kind === 'pair') {
    const lines =
      swatch.kind === 'line'
        ? [{ colour: swatch.colour, width: swatch.width, at: y + h / 2 }]
        : swatch.colours.map((colour, i) => ({ colour, width: 2, at: y + h / 2 - 1 + i * 2 }));
    if (swatch.kind === 'line') g.setLineDash(swatch.dash === 'dashed' ? [4, 2] : swatch.dash === 'dotted' ? [1, 2] : []);
    for (const line of lines) {
      g.strokeStyle = line.colour;
      g.lineWidth = line.width;
      g.beginPath();
      g.moveTo(x, line.at);
      g.lineTo(x + w, line.at);
      g.stroke();
    }
  } else {
    const r = swatch.kind === 'dot' ? 5 : 8;
    const gradient = g.createRadialGradient(x + w / 2, y + h / 2, 0, x + w / 2, y + h / 2, r);
    gradient.addColorStop(0, swatch.colour);
    gradient.addColorStop(swatch.kind === 'dot' ? 1 : 0.4, swatch.colour);
    gradient.addColorStop(1, swatch.kind === 'dot' ? swatch.colour : 'transparent');
    g.fillStyle = gradient;
    g.beginPath();
    g.arc(x + w / 2, y + h / 2, r, 0, 2 * Math.PI);
    g.fill();
  }
  g.restore();
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
