#!/bin/sh
# Profile for P4 (issue 19): terrapinProxy under load. Starts the mock, then the bench's proxy server under
# `node --cpu-prof` (cache on or off), drives it with autocannon (50 connections, 10 s, one repeated 1-ISIN body:
# all hits when the cache is on), stops it, and summarises the profile.
#   sh bench/experiments/p4-profile.sh on|off [out dir=/tmp/p4prof]
set -eu
cache=${1:-off}
out=${2:-/tmp/p4prof}/$cache
mkdir -p "$out"
root=$(cd "$(dirname "$0")/../.." && pwd)
node "$root/packages/mock-server/dist/bin.js" --port 0 --quota off --rate-limit off --seed 1 >"$out/mock.log" 2>&1 &
mock=$!
trap 'kill $mock 2>/dev/null || true' EXIT
until grep -q 'http://' "$out/mock.log"; do sleep 0.5; done
mockurl=$(grep -o 'http://127.0.0.1:[0-9]*' "$out/mock.log" | head -1)
key=$(node -e "import('$root/packages/mock-server/dist/index.js').then(m=>console.log(m.MOCK_API_KEY))")
if [ "$cache" = on ]; then cacheopt='{"maxEntries":100}'; else cacheopt=false; fi
node --cpu-prof --cpu-prof-dir="$out" "$root/bench/lib/proxy-server.mjs" \
  "{\"apiKey\":\"$key\",\"baseUrl\":\"$mockurl\",\"allow\":[\"bond_reference\"],\"cache\":$cacheopt}" >"$out/proxy.log" 2>&1 &
proxy=$!
until grep -q 'http://' "$out/proxy.log"; do sleep 0.5; done
proxyurl=$(grep -o 'http://127.0.0.1:[0-9]*' "$out/proxy.log" | head -1)
isin=$(curl -s "$mockurl/api/v1/bond_search" -H "authorization: Bearer $key" -H 'content-type: application/json' \
  -d '{"limit":1}' | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).data[0].isin))")
node "$root/node_modules/autocannon/autocannon.js" -c 50 -d 10 -m POST -H content-type=application/json \
  -b "{\"isins\":[\"$isin\"]}" "$proxyurl/api/terrapin/api/v1/bond_reference" 2>&1 | tail -12
kill -TERM $proxy; wait $proxy || true
node "$root/bench/experiments/cpuprofile-top.mjs" "$(ls -t "$out"/*.cpuprofile | head -1)" 30
