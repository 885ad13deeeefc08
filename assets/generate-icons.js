#!/usr/bin/env node
/**
 * Draws the add-in's icons (a document page with text lines and a check mark on a blue tile)
 * and writes them as PNG files: icon-16.png … icon-128.png. Pure JS: shapes are sampled 4×4 per
 * pixel for anti-aliasing and encoded with a minimal PNG writer (zlib for the IDAT stream).
 * Run: node assets/generate-icons.js
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];

// Colours (RGBA).
const BLUE = [0x0f, 0x5c, 0xa8, 255];
const WHITE = [255, 255, 255, 255];
const LINE = [0x6b, 0x8c, 0xb0, 255];
const GREEN = [0x10, 0x7c, 0x41, 255];

// Shapes in a unit square (0..1), painted in order.
function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}
function circle(cx, cy, r) {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function segment(ax, ay, bx, by, w) {
  return (x, y) => {
    const dx = bx - ax,
      dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    const px = ax + t * dx,
      py = ay + t * dy;
    return (x - px) ** 2 + (y - py) ** 2 <= (w / 2) ** 2;
  };
}
function page(x, y) {
  // A page with a folded top-right corner.
  if (x < 0.24 || x > 0.72 || y < 0.14 || y > 0.84) return false;
  return x - 0.58 <= y - 0.14 + 0.0001 || x <= 0.58;
}

function layers(size) {
  const small = size <= 16;
  const lines = small
    ? [segment(0.33, 0.38, 0.6, 0.38, 0.08), segment(0.33, 0.54, 0.6, 0.54, 0.08)]
    : [segment(0.32, 0.34, 0.62, 0.34, 0.05), segment(0.32, 0.46, 0.62, 0.46, 0.05), segment(0.32, 0.58, 0.52, 0.58, 0.05)];
  return [
    [roundRect(0.02, 0.02, 0.98, 0.98, 0.18), BLUE],
    [page, WHITE],
    ...lines.map((s) => [s, LINE]),
    [circle(0.7, 0.72, small ? 0.22 : 0.2), WHITE],
    [circle(0.7, 0.72, small ? 0.18 : 0.165), GREEN],
    [segment(0.615, 0.725, 0.675, 0.785, small ? 0.07 : 0.05), WHITE],
    [segment(0.675, 0.785, 0.79, 0.655, small ? 0.07 : 0.05), WHITE],
  ];
}

function render(size) {
  const ss = 4;
  const rgba = Buffer.alloc(size * size * 4);
  const ls = layers(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let c = null;
          for (const [hit, col] of ls) if (hit(x, y)) c = col;
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 255;
          }
        }
      }
      const n = ss * ss;
      const i = (py * size + px) * 4;
      // Premultiplied sums → straight alpha.
      rgba[i + 3] = Math.round(a / n);
      if (a > 0) {
        rgba[i] = Math.round((r * 255) / a);
        rgba[i + 1] = Math.round((g * 255) / a);
        rgba[i + 2] = Math.round((b * 255) / a);
      }
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, render(size)));
  console.log(`Skrev ${path.relative(process.cwd(), file)} (${size}×${size})`);
}
