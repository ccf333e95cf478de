#!/usr/bin/env node
// Draws the Teams app icons from code, so no hand-made binary has to be trusted or kept in step:
//
//   node manifest/make-icons.js [folder]   writes color.png (192×192) and outline.png (32×32) into manifest/
//                                          (or the folder given; validate.js draws into a temp folder and compares)
//
// The glyph is a staircase of four steps rising left to right (the framework's four levels), drawn in a 28×28
// design grid.
// color.png: a rounded square in the accent colour #5B5FC7 with the glyph in white, centred with padding,
//            anti-aliased by 4×4 supersampling.
// outline.png: the same glyph filling the 32×32 square (no padding), pure white (255,255,255) on a fully transparent
//            background; every pixel is either alpha 0 or white with alpha 255, as Teams requires.
'use strict';

const fs = require('fs');
const path = require('path');
const { PNG } = require('pngjs');

const ACCENT = [0x5b, 0x5f, 0xc7];
const WHITE = [255, 255, 255];

// The glyph in design units: four steps 7 wide and 7, 14, 21, 28 high on one baseline, side by side.
const GLYPH_WIDTH = 28;
const GLYPH_HEIGHT = 28;
const STEPS = [0, 1, 2, 3].map((i) => ({ x: i * 7, w: 7, h: 7 * (i + 1) }));

function insideRoundedRect(px, py, x, y, w, h, r) {
  if (px < x || px > x + w || py < y || py > y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

/** True when the point (in design units, y down) is inside the staircase. */
function insideGlyph(gx, gy) {
  return STEPS.some((s) => gx >= s.x && gx < s.x + s.w && gy >= GLYPH_HEIGHT - s.h && gy < GLYPH_HEIGHT);
}

function writePng(file, size, pixelAt) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixelAt(x, y);
      const i = (y * size + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = a;
    }
  }
  fs.writeFileSync(file, PNG.sync.write(png, { colorType: 6 }));
}

function drawColor(file) {
  const size = 192;
  const corner = 36; // the background's corner radius
  const scale = 3.5; // glyph 98 × 98 px: about half the icon, as Teams' guidance asks (a 96 px symbol)
  const offsetX = (size - GLYPH_WIDTH * scale) / 2;
  const offsetY = (size - GLYPH_HEIGHT * scale) / 2;
  const n = 4; // 4×4 samples per pixel
  writePng(file, size, (x, y) => {
    let background = 0;
    let glyph = 0;
    for (let sy = 0; sy < n; sy++) {
      for (let sx = 0; sx < n; sx++) {
        const px = x + (sx + 0.5) / n;
        const py = y + (sy + 0.5) / n;
        if (!insideRoundedRect(px, py, 0, 0, size, size, corner)) continue;
        background++;
        if (insideGlyph((px - offsetX) / scale, (py - offsetY) / scale)) glyph++;
      }
    }
    if (background === 0) return [0, 0, 0, 0];
    // White over the accent colour, weighted by glyph coverage within the covered part of the pixel.
    const t = glyph / background;
    const rgb = ACCENT.map((c, k) => Math.round(c + (WHITE[k] - c) * t));
    return [...rgb, Math.round((255 * background) / (n * n))];
  });
}

function drawOutline(file) {
  const size = 32;
  const scale = size / GLYPH_WIDTH; // no padding, as Teams asks: each step is exactly 8 px
  // One sample at each pixel's centre: every pixel is white and opaque or fully transparent.
  writePng(file, size, (x, y) => (insideGlyph((x + 0.5) / scale, (y + 0.5) / scale) ? [255, 255, 255, 255] : [0, 0, 0, 0]));
}

const outDir = process.argv[2] ? path.resolve(process.argv[2]) : __dirname;
fs.mkdirSync(outDir, { recursive: true });
drawColor(path.join(outDir, 'color.png'));
drawOutline(path.join(outDir, 'outline.png'));
console.log(`wrote ${path.join(outDir, 'color.png')} (192×192) and ${path.join(outDir, 'outline.png')} (32×32)`);
