import { FAULT_KINDS } from '../types';

/** The `terrapin-mock --help` text. */
export const HELP = `Usage: terrapin-mock [options]

Offline mock of the Terrapin Finance API: every operation at POST /api/v1/<name>, answered from a
deterministic dataset with the real API's auth, validation (422 + source.pointer), rate limit, monthly
ISIN quota, paging, CSV, documents and error envelopes.

Options:
  -p, --port <n>            Port to listen on; 0 picks a free port            [default: 4010]
      --host <host>         Interface to listen on                            [default: 127.0.0.1]
  -k, --api-key <key>       Accepted bearer token; repeat for several keys
                            [default: the test key tpk_test_terrapin_mock_key]
      --rate-limit <n/s>    Requests per rolling window of s seconds, or off  [default: 100/60]
      --quota <n>           Distinct ISINs per key per UTC month, or off      [default: 3000]
      --seed <n>            Dataset seed (same seed, same data)               [default: 42]
      --data-date <date>    Date of the latest prices and trades, YYYY-MM-DD  [default: last business day]
      --latency <ms>        Delay added to every response                     [default: 0]
      --fault-rate <0..1>   Share of requests that get a fault                [default: 0]
      --faults <list>       Faults drawn at that rate, comma-separated
                            [default: 429,500,502,503,reset,malformed-json,html-502]
      --fault-seed <n>      Seed of the fault sequence                        [default: --seed]
      --operations <list>   Tier: only these operations (others get 403), comma-separated
      --history-days <n>    Tier: days of price history allowed (older dates get 403)
      --no-full-reference   Tier: refuse full_reference_data: true with a 403
      --bonds <n>           Generated gov/corp bonds                          [default: 2000]
      --agency <n>          Generated US agency bonds                         [default: 1000]
      --munis <n>           Generated municipal bonds                         [default: 5000]
      --log                 Print one line per request to stderr
  -h, --help                Show this help
  -v, --version             Print the version

Faults per request: send the header  x-mock-fault: ${FAULT_KINDS.join('|')}
(or none to skip a configured rate for that request).

Example:
  terrapin-mock --port 4010 --rate-limit 20/60 --fault-rate 0.1 --faults 429,502
  curl -s http://127.0.0.1:4010/api/v1/bond_search \\
    -H 'Authorization: Bearer tpk_test_terrapin_mock_key' -H 'Content-Type: application/json' \\
    -d '{"countries":["Italy"],"coupon_min":3,"limit":2}'
`;
