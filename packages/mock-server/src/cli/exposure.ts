import { isIP } from 'node:net';

/**
 * True when `host` only accepts connections from this machine: `localhost`, 127.0.0.0/8 or `::1` (also in its
 * IPv4-mapped form). Anything else, including `0.0.0.0`, `::` and hostnames that resolve who knows where,
 * counts as reachable from the network.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) {
    // The URL parser writes IPv6 in canonical form: 0:0:0:0:0:0:0:1 → ::1, ::ffff:127.0.0.1 → ::ffff:7f00:1.
    const canonical = new URL(`http://[${h}]`).hostname.slice(1, -1);
    return canonical === '::1' || /^::ffff:7f[0-9a-f]{2}:/.test(canonical);
  }
  return false;
}

/**
 * The stderr warning for a mock listening beyond loopback, or `undefined` on loopback. The mock's keys are
 * public test keys (and any `--api-key` given is printed at start-up), so anyone who can reach the port can
 * use it: say so rather than bind silently.
 */
export function exposureWarning(host: string | undefined): string | undefined {
  if (host === undefined || isLoopbackHost(host)) return undefined;
  return (
    `terrapin-mock: warning: listening on ${host}, not loopback: anyone on the network who can reach this port ` +
    'and holds an accepted key (the default test key is public) can use this mock. ' +
    'Use --host 127.0.0.1 unless you mean to share it.\n'
  );
}
