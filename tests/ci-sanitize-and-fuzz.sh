#!/usr/bin/env bash
# The second half of CI (README's test command runs it after the g++ build and its ctest):
# one clang build directory (build-san, the asan preset) with AddressSanitizer and
# UndefinedBehaviorSanitizer that holds both the whole test suite and the libFuzzer targets;
# then the suite under the sanitizers, then each fuzz target for FUZZ_SECONDS (default 60).
# The benchmarks are not built there (CLIFFHANGER_BENCH=OFF). Any sanitizer report, failed test
# or fuzz finding fails it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
start=$(date +%s)
stamp() { echo "ci-sanitize-and-fuzz: $1 after $(( $(date +%s) - start )) s"; }

CC=clang CXX=clang++ cmake --preset asan
cmake --build --preset asan -j "${CI_JOBS:-2}"
stamp "sanitizer build done"
# One test at a time, as the g++ ctest: the tests share the build tree's XDG folders.
ctest --preset asan
stamp "sanitizer ctest done"
tests/fuzz/run-fuzzers.sh "$seconds"
stamp "fuzzing done"
