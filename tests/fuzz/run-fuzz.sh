#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (tests/fuzz/build, a separate project) and runs each
# one for a bounded time, starting from the committed seed corpus (copied: the committed one
# only grows by hand). Fails on a crash, a sanitizer report, a leak, an input slower than the
# per-input limit (a hang), or a target that could not be built or run.
#   run-fuzz.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]
# Prints, per target: executions, executions per second, coverage (edges) and corpus size.
# A crashing input is kept in BUILD_DIR/artifacts/ and named in the output.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: run-fuzz.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]}
seconds=${2:-20}
shift $(($# >= 2 ? 2 : $#))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(specfile clustershow replication health haproxy)
per_input_timeout=${PGPILOT_FUZZ_INPUT_TIMEOUT:-5}  # seconds one input may take before it is a hang
rss_limit=${PGPILOT_FUZZ_RSS_MB:-1024}

clangxx=$(command -v clang++ || command -v clang++-14 || true)
if [ -z "$clangxx" ]; then
  echo "run-fuzz: clang++ is missing (scripts/install-deps.sh test installs clang and libclang-rt-14-dev)" >&2
  exit 1
fi
start=$(date +%s)
if ! cmake -S "$here/build" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
       -DCMAKE_CXX_COMPILER="$clangxx" >"$build.configure.log" 2>&1; then
  echo "run-fuzz: configuring the fuzz build failed:" >&2
  tail -n 30 "$build.configure.log" >&2
  exit 1
fi
if ! nice cmake --build "$build" >"$build.build.log" 2>&1; then
  echo "run-fuzz: building the fuzz targets failed:" >&2
  grep -E "error|undefined reference" "$build.build.log" | head -n 30 >&2
  exit 1
fi
echo "run-fuzz: build took $(($(date +%s) - start)) s"

work=$(mktemp -d /tmp/pgpilot-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$build/artifacts"
rc=0
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
for t in "${targets[@]}"; do
  bin="$build/fuzz_$t"
  seeds="$here/corpus/$t"
  if [ ! -x "$bin" ] || [ ! -d "$seeds" ]; then
    echo "run-fuzz: $t: no binary $bin or no seed corpus $seeds" >&2
    rc=1
    continue
  fi
  corpus="$work/$t"
  mkdir -p "$corpus"
  cp "$seeds"/* "$corpus/"
  log="$work/$t.log"
  "$bin" "$corpus" -max_total_time="$seconds" -timeout="$per_input_timeout" -rss_limit_mb="$rss_limit" \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" >"$log" 2>&1
  status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  files=$(find "$corpus" -type f | wc -l)
  printf 'run-fuzz: %-12s %8s runs  %7s exec/s  coverage %5s edges, %5s features  corpus %4s files  exit %s\n' \
    "$t" "${runs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$files" "$status"
  if [ "$status" -ne 0 ]; then
    rc=1
    echo "run-fuzz: $t FAILED; the fuzzer's report:" >&2
    awk '/runtime error|ERROR: |ALARM: /{on=1} on' "$log" | grep -v '^    #[0-9]* 0x.* in fuzzer::' | head -n 40 >&2
    grep -E 'Test unit written' "$log" | tail -n 1 >&2
  fi
done
echo "run-fuzz: total $(($(date +%s) - start)) s"
exit $rc
