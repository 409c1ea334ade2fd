#!/bin/bash
# Instructions and cache misses per operation (bench/instructions.ts), counted by valgrind's
# cachegrind with a 32 KiB L1 and a 2 MiB last-level cache. Needs valgrind and the dev
# dependencies. Takes a few minutes (each process runs about 50x slower).
#
# The library is bundled with the driver by esbuild (as tsup bundles dist/), and run by node
# itself: under tsx the counts of one operation moved by a third between runs. `--single-threaded`:
# no concurrent compiler or GC threads. Each figure is the difference between two processes that
# make M1 and M2 calls after the same warm-up, divided by M2 - M1: start-up and warm-up cancel out.
set -euo pipefail
cd "$(dirname "$0")/.."
out=node_modules/.cache/support-sla-bench/instructions.mjs
npx esbuild bench/instructions.ts --bundle --platform=node --format=esm --packages=external --outfile="$out" --log-level=error
count() { # what M -> "instructions D1-misses LL-data-misses" of one process
  valgrind --tool=cachegrind --cache-sim=yes --D1=32768,8,64 --LL=2097152,16,64 --cachegrind-out-file=/dev/null \
    node --single-threaded "$out" "$1" "$2" 2>&1 |
    awk '/I +refs/ { gsub(",", "", $4); i = $4 } /D1 +misses/ { gsub(",", "", $4); d = $4 } /LLd +misses/ { gsub(",", "", $4); l = $4 } END { print i, d, l }'
}
per() { # what M1 M2
  read -r i0 d0 l0 <<<"$(count "$1" "$2")"
  read -r i1 d1 l1 <<<"$(count "$1" "$3")"
  awk -v w="$1" -v m="$(($3 - $2))" -v i0="$i0" -v i1="$i1" -v d0="$d0" -v d1="$d1" -v l0="$l0" -v l1="$l1" \
    'BEGIN { printf "%-7s %8.0f instructions  %6.1f L1 data misses  %6.1f last-level data misses  per operation\n", w, (i1 - i0) / m, (d1 - d0) / m, (l1 - l0) / m }'
}
per ticket 50000 150000
per add 200000 1200000
