#!/bin/sh
# Median process wall time, in ms, of extracting one article with each
# binary given, interleaved so both see the same machine load.
#   bench/startup/run.sh ARTICLE BIN...  (RUNS=20 by default)
set -eu
article=$1; shift
runs=${RUNS:-20}
python3 - "$article" "$runs" "$@" <<'PY'
import subprocess, sys, time, statistics
article, runs, bins = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
times = {b: [] for b in bins}
for _ in range(runs):
    for b in bins:
        t = time.perf_counter()
        subprocess.run([b, "extract", article], stdout=subprocess.DEVNULL, check=True)
        times[b].append((time.perf_counter() - t) * 1000)
for b in bins:
    print(f"{b}: median {statistics.median(times[b]):.1f} ms over {runs} runs")
PY
