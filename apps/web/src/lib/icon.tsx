import { ImageResponse } from 'next/og';

/**
 * The site's mark (a check on the ink square of `app/icon.svg`) as PNG, for the places that
 * take no SVG: the Apple touch icon and the favicon.ico that browsers and feed readers ask
 * for by themselves. Drawn by next/og, like the link-preview cards: no other host involved.
 */
const INK = '#1d3557';
const PAPER = '#f1faee';

export function markPng(size: number, options: { rounded: boolean }): ImageResponse {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        background: INK,
        borderRadius: options.rounded ? size * 0.1875 : 0,
      }}
    >
      <svg width={size} height={size} viewBox="0 0 32 32">
        <path
          d="M8 17.5l5 5L24 10"
          fill="none"
          stroke={PAPER}
          strokeWidth={3.5}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </div>,
    { width: size, height: size },
  );
}

/**
 * An .ico file holding one PNG image (Windows Vista and every browser since read PNG inside
 * ICO): the 6-byte ICONDIR, one 16-byte ICONDIRENTRY, then the PNG's bytes as they are.
 */
export function icoFromPng(png: Uint8Array, size: number): Uint8Array {
  if (size < 1 || size > 256) throw new RangeError('An icon is 1 to 256 pixels wide');
  const ico = new Uint8Array(6 + 16 + png.byteLength);
  const view = new DataView(ico.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, 1, true); // one image
  view.setUint8(6, size === 256 ? 0 : size); // width (0 means 256)
  view.setUint8(7, size === 256 ? 0 : size); // height
  view.setUint8(8, 0); // no palette
  view.setUint8(9, 0); // reserved
  view.setUint16(10, 1, true); // colour planes
  view.setUint16(12, 32, true); // bits per pixel
  view.setUint32(14, png.byteLength, true); // size of the image data
  view.setUint32(18, 22, true); // where it starts
  ico.set(png, 22);
  return ico;
}
