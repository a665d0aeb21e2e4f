import { describe, expect, it } from 'vitest';
import { icoFromPng, markPng } from './icon';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('the mark as PNG and ICO', () => {
  it('draws the mark at the size asked for', async () => {
    const png = new Uint8Array(await markPng(180, { rounded: false }).arrayBuffer());
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 180, height: 180 });
  });

  it('wraps a PNG in an ICO directory that points at it', async () => {
    const png = new Uint8Array(await markPng(32, { rounded: true }).arrayBuffer());
    const ico = icoFromPng(png, 32);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([
      0, 1, 1,
    ]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    const length = view.getUint32(14, true);
    const offset = view.getUint32(18, true);
    expect(offset + length).toBe(ico.byteLength);
    const inner = ico.slice(offset, offset + length);
    expect([...inner.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(inner)).toEqual({ width: 32, height: 32 });
  });

  it('writes 256 as 0, as the format says, and refuses what an icon cannot be', () => {
    const ico = icoFromPng(new Uint8Array(PNG_SIGNATURE), 256);
    expect([ico[6], ico[7]]).toEqual([0, 0]);
    expect(() => icoFromPng(new Uint8Array(8), 300)).toThrow(RangeError);
  });
});
