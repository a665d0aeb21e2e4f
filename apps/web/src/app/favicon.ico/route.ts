import { icoFromPng, markPng } from '~/lib/icon';

// Browsers and feed readers ask for /favicon.ico whatever the page links to; rendered once at
// build time, so the request never reaches a page render.
export const dynamic = 'force-static';

export async function GET(): Promise<Response> {
  const png = new Uint8Array(await markPng(32, { rounded: true }).arrayBuffer());
  return new Response(icoFromPng(png, 32) as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'image/x-icon',
      'Cache-Control': 'public, max-age=86400',
    },
  });
}
