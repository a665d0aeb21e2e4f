/** The body of a request if it is at most `maxBytes` long, or null when it is longer. */
export async function readBodyWithin(
  req: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = req.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) return null;
  if (!req.body) return new Uint8Array();
  // A chunked body has no length up front: count while reading and stop at the limit.
  const reader: ReadableStreamDefaultReader<Uint8Array> = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** `req` with its body read (at most `maxBytes`), so later handlers can read it again. */
export async function limitBody(req: Request, maxBytes: number): Promise<Request | null> {
  if (req.method === 'GET' || req.method === 'HEAD') return req;
  const body = await readBodyWithin(req, maxBytes);
  if (body === null) return null;
  return new Request(req.url, { method: req.method, headers: req.headers, body });
}
