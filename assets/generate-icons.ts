/**
 * Draws Sift's toolbar icon (a page of text lines on a rounded green square) as PNGs in
 * public/icon/, with node:zlib only. Run once after changing the mark:
 *   node --import tsx assets/generate-icons.ts
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 4; // per axis: smooth edges without a graphics library
const BACKGROUND = [0x1e, 0x6b, 0x45]; // the badge green, calm and readable
const INK = [0xfb, 0xfa, 0xf7]; // the light theme's page colour

// In units of the icon's side: a rounded square, and three lines of text, the last one shorter.
const CORNER = 0.22;
const LINES = [
  { y: 0.3, from: 0.24, to: 0.76 },
  { y: 0.5, from: 0.24, to: 0.76 },
  { y: 0.7, from: 0.24, to: 0.56 },
];
const LINE_HALF_HEIGHT = 0.065;

function insideRoundedSquare(x: number, y: number): boolean {
  const dx = Math.max(CORNER - x, 0, x - (1 - CORNER));
  const dy = Math.max(CORNER - y, 0, y - (1 - CORNER));
  return dx * dx + dy * dy <= CORNER * CORNER;
}

function onLine(x: number, y: number): boolean {
  // Lines with round caps: distance to the segment is at most half the line's height.
  return LINES.some((line) => {
    const nearestX = Math.min(Math.max(x, line.from), line.to);
    return Math.hypot(x - nearestX, y - line.y) <= LINE_HALF_HEIGHT;
  });
}

function pixels(size: number): Buffer {
  const rows = Buffer.alloc(size * (1 + size * 4));
  for (let py = 0; py < size; py++) {
    rows[py * (1 + size * 4)] = 0; // PNG filter type "none"
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let ink = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedSquare(x, y)) continue;
          cover++;
          if (onLine(x, y)) ink++;
        }
      }
      const offset = py * (1 + size * 4) + 1 + px * 4;
      const inkShare = cover ? ink / cover : 0;
      for (let c = 0; c < 3; c++) {
        rows[offset + c] = Math.round(BACKGROUND[c]! * (1 - inkShare) + INK[c]! * inkShare);
      }
      rows[offset + 3] = Math.round((cover / SUPERSAMPLE ** 2) * 255);
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = new URL('../public/icon/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`${size}.png`, outDir), png(size));
