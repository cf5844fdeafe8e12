#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS, two at a time (the CI machine has two cores), and
# fails on any finding (crash, broken check, leak, timeout, out of memory), naming the target
# and the input that caused it. It builds nothing: build the targets first, e.g.
#   cmake --preset asan && cmake --build --preset asan
#   tests/fuzz/run-fuzzers.sh 60                  # every target, a minute each
#   tests/fuzz/run-fuzzers.sh 300 newsfeed extract  # only these
# Environment: CLIFFHANGER_FUZZ_BUILD (the build directory, default build-san),
# CLIFFHANGER_FUZZ_JOBS (targets at once, default 2).
#
# Each target starts from its seeds (tests/fuzz/seeds.txt: links to fixture files, never copies)
# and the corpus it grew in earlier runs, with its dictionary (tests/fuzz/dict). Everything it
# writes is under BUILD/fuzz-runs/NAME/: corpus/, findings/ (crash-*, leak-*, timeout-*, oom-*),
# and log.
set -euo pipefail

seconds=${1:?usage: run-fuzzers.sh SECONDS [TARGET...]}
shift
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${CLIFFHANGER_FUZZ_BUILD:-$root/build-san}
jobs=${CLIFFHANGER_FUZZ_JOBS:-2}
runs=$build/fuzz-runs
# Per input: a slow input is a finding (10 s under ASan is some thousand times the usual cost);
# per process: 2 GB, so two at once fit a small CI machine.
timeout_s=10
rss_mb=2048

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(sed -n 's/^\([a-z]*\):.*/\1/p' "$root/tests/fuzz/seeds.txt")
fi

dictionaries() {
  case $1 in
    newsfeed) echo xml json ;;
    feedencoding) echo xml ;;
    seasonfeed | tvmaze) echo json ;;
    bodydecoder) echo body ;;
    htmltext) echo html ;;
    releasewindow) echo releasewindow ;;
    feeddates) echo dates ;;
    extract) echo extract releasewindow ;;
    icalendar) echo icalendar ;;
    *) echo "run-fuzzers.sh: no dictionary for $1" >&2; return 1 ;;
  esac
}

# BUILD/fuzz-runs/NAME/seeds: a link to every file the target's line in seeds.txt names.
link_seeds() {
  local name=$1 dir=$2 path file n=0
  rm -rf "$dir" && mkdir -p "$dir"
  for path in $(sed -n "s/^$name:\(.*\)/\1/p" "$root/tests/fuzz/seeds.txt"); do
    [ -e "$root/$path" ] || { echo "run-fuzzers.sh: seed $path does not exist" >&2; return 1; }
    while IFS= read -r file; do
      n=$((n + 1))
      ln -s "$file" "$dir/$n-$(basename "$file")"
    done < <(find "$root/$path" -type f | sort)
  done
}

run_one() {
  local name=$1 program=$build/tests/fuzz/fuzz_$1 dir=$runs/$1 dict
  rm -rf "$dir/findings"
  mkdir -p "$dir/corpus" "$dir/findings"
  link_seeds "$name" "$dir/seeds"
  for dict in $(dictionaries "$name"); do cat "$root/tests/fuzz/dict/$dict.dict"; done >"$dir/dict"
  if "$program" -max_total_time="$seconds" -timeout="$timeout_s" -rss_limit_mb="$rss_mb" \
    -dict="$dir/dict" -artifact_prefix="$dir/findings/" -print_final_stats=1 \
    "$dir/corpus" "$dir/seeds" >"$dir/log" 2>&1; then
    echo ok >"$dir/status"
  else
    echo "failed ($?)" >"$dir/status"
  fi
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$root/tests/sanitizers/ubsan.supp}
export LC_ALL=C.UTF-8

for name in "${targets[@]}"; do
  if [ ! -x "$build/tests/fuzz/fuzz_$name" ]; then
    echo "run-fuzzers.sh: $build/tests/fuzz/fuzz_$name is not built (cmake --build --preset asan)" >&2
    exit 2
  fi
  rm -f "$runs/$name/status"
done

echo "Fuzzing ${#targets[@]} targets for ${seconds} s each, $jobs at a time (logs in $runs)"
running=0
for name in "${targets[@]}"; do
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
  run_one "$name" &
  running=$((running + 1))
done
wait || true

failed=0
printf '%-14s %-8s %12s %10s %8s\n' target result execs execs/s corpus
for name in "${targets[@]}"; do
  dir=$runs/$name
  status=$(cat "$dir/status" 2>/dev/null || echo "did not finish")
  stat() { sed -n "s/^stat::$1: *//p" "$dir/log" | tail -1; }
  printf '%-14s %-8s %12s %10s %8s\n' "$name" "${status%% *}" "$(stat number_of_executed_units)" \
    "$(stat average_exec_per_sec)" "$(find "$dir/corpus" -type f | wc -l)"
  if [ "$status" != ok ]; then
    failed=1
    echo "  FINDING in $name: $(grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|fuzz check failed' "$dir/log" || echo "see $dir/log")"
    for finding in "$dir"/findings/*; do
      [ -e "$finding" ] && echo "  input: $finding"
    done
    echo "  log: $dir/log"
  fi
done
exit $failed
