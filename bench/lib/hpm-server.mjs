// P4's peer (issue 19): what an app would mount instead of terrapinProxy — `http-proxy-middleware` 3.0.x on
// Express 5, forwarding `/api/terrapin/*` to the API and injecting the key in its proxy-request hook, nothing more
// (no validation, no cache, no caps). `node hpm-server.mjs <upstream url> <api key>` prints its URL on stdout.
import { importFrom } from './packages.mjs';

const [target, apiKey] = process.argv.slice(2);
const { default: express } = await importFrom('bench', 'express');
const { createProxyMiddleware } = await importFrom('bench', 'http-proxy-middleware');

const app = express();
app.use(
  '/api/terrapin',
  createProxyMiddleware({
    target,
    changeOrigin: true,
    on: {
      proxyReq: (proxyReq) => {
        proxyReq.setHeader('authorization', `Bearer ${apiKey}`);
      },
    },
  }),
);
const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`peer proxy listening on http://127.0.0.1:${server.address().port}\n`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
