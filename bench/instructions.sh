#!/bin/bash
# Instructions and cache misses per operation (bench/instructions.mjs), counted by valgrind's
# cachegrind with a 32 KiB L1 and a 2 MiB last-level cache. Needs valgrind and a build
# (npm run build). `--single-threaded`: no concurrent compiler or GC threads, so the counts
# repeat to within about 1 %. Takes a few minutes (each process runs about 50x slower).
set -euo pipefail
cd "$(dirname "$0")/.."
count() { # what M -> "instructions D1-misses LL-data-misses" of one process
  valgrind --tool=cachegrind --cache-sim=yes --D1=32768,8,64 --LL=2097152,16,64 --cachegrind-out-file=/dev/null \
    node --single-threaded bench/instructions.mjs "$1" "$2" 2>&1 |
    awk '/I +refs/ { gsub(",", "", $4); i = $4 } /D1 +misses/ { gsub(",", "", $4); d = $4 } /LLd +misses/ { gsub(",", "", $4); l = $4 } END { print i, d, l }'
}
per() { # what M
  read -r i0 d0 l0 <<<"$(count "$1" 0)"
  read -r i1 d1 l1 <<<"$(count "$1" "$2")"
  awk -v w="$1" -v m="$2" -v i0="$i0" -v i1="$i1" -v d0="$d0" -v d1="$d1" -v l0="$l0" -v l1="$l1" \
    'BEGIN { printf "%-7s %8.0f instructions  %6.1f L1 data misses  %6.1f last-level data misses  per operation\n", w, (i1 - i0) / m, (d1 - d0) / m, (l1 - l0) / m }'
}
per ticket 100000
per add 1000000
