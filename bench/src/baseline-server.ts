// The ceiling: a bare node:http server answering every benchmarked URL with the exact bytes
// the app returned for it, from memory. Run as its own process so that it does not share an
// event loop with the load generator. Usage: baseline-server.ts <routes.json> <port>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

interface RouteFile {
  [path: string]: { status: number; contentType: string; body: string };
}

const [routesPath, portArg] = process.argv.slice(2);
if (!routesPath || !portArg) {
  console.error('usage: baseline-server.ts <routes.json> <port>');
  process.exit(2);
}
const file = JSON.parse(readFileSync(routesPath, 'utf8')) as RouteFile;
const routes = new Map(
  Object.entries(file).map(([path, r]) => [
    path,
    { status: r.status, contentType: r.contentType, body: Buffer.from(r.body, 'base64') },
  ]),
);

createServer((req, res) => {
  const route = routes.get(req.url ?? '/');
  if (!route) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
    return;
  }
  res.writeHead(route.status, {
    'content-type': route.contentType,
    'content-length': route.body.length,
  });
  res.end(route.body);
}).listen(Number(portArg), '127.0.0.1', () => console.log(`baseline listening on ${portArg}`));
