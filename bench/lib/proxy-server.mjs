// A benchmark BFF: `node proxy-server.mjs '<terrapinProxy options as JSON>'` serves the proxy under /api/terrapin on
// 127.0.0.1 (port chosen by the OS, printed on stdout) and records, per answered request, the time spent inside
// the app; `GET /__bench/handling` returns those times (ms) and forgets them.
import { importBuilt, importFrom } from './packages.mjs';

const options = JSON.parse(process.argv[2] ?? '{}');
const { default: express } = await importFrom('packages/express-middleware', 'express');
const { terrapinProxy, terrapinErrorHandler } = await importBuilt('express-middleware');

let handling = [];
const app = express();
app.get('/__bench/handling', (_req, res) => {
  res.json(handling);
  handling = [];
});
app.use((_req, res, next) => {
  const start = process.hrtime.bigint();
  res.on('finish', () => handling.push(Number(process.hrtime.bigint() - start) / 1e6));
  next();
});
app.use('/api/terrapin', terrapinProxy({ ...options, onError: () => {} }));
app.use(terrapinErrorHandler());
const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`proxy listening on http://127.0.0.1:${server.address().port}\n`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
