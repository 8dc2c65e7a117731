import Phaser from 'phaser';
import { C, css, getRenderScale, HEIGHT, WIDTH } from '../theme';

// The background: a dark field with a faint eight-point star lattice, drawn once into a canvas texture.

const KEY = 'backdrop';

function drawLattice(ctx: CanvasRenderingContext2D, k: number): void {
  ctx.fillStyle = css(C.bg);
  ctx.fillRect(0, 0, WIDTH * k, HEIGHT * k);
  const grad = ctx.createRadialGradient(WIDTH * k * 0.5, HEIGHT * k * 0.35, 50 * k, WIDTH * k * 0.5, HEIGHT * k * 0.5, WIDTH * k * 0.75);
  grad.addColorStop(0, 'rgba(40,52,66,0.55)');
  grad.addColorStop(1, 'rgba(10,13,18,0.6)');
  ctx.fillStyle = grad;
  ctx.fillRect(0, 0, WIDTH * k, HEIGHT * k);
  ctx.strokeStyle = 'rgba(201,162,39,0.06)';
  ctx.lineWidth = 1.2 * k;
  const step = 80 * k;
  const r = 26 * k;
  for (let y = 0; y <= HEIGHT * k + step; y += step) {
    for (let x = (Math.round(y / step) % 2) * (step / 2); x <= WIDTH * k + step; x += step) {
      for (const rot of [0, Math.PI / 4]) {
        ctx.beginPath();
        for (let i = 0; i < 4; i++) {
          const a = rot + (i * Math.PI) / 2 + Math.PI / 4;
          const px = x + Math.cos(a) * r;
          const py = y + Math.sin(a) * r;
          if (i === 0) ctx.moveTo(px, py);
          else ctx.lineTo(px, py);
        }
        ctx.closePath();
        ctx.stroke();
      }
    }
  }
}

/** Adds the backdrop image to a scene (the texture is made on first use). */
export function addBackdrop(scene: Phaser.Scene): Phaser.GameObjects.Image {
  const k = getRenderScale();
  if (!scene.textures.exists(KEY)) {
    const tex = scene.textures.createCanvas(KEY, WIDTH * k, HEIGHT * k);
    if (tex) {
      drawLattice(tex.getContext(), k);
      tex.refresh();
    }
  }
  return scene.add.image(0, 0, KEY).setOrigin(0, 0).setScale(1 / k);
}
