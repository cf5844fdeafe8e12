# bench_foundation: issue 2's budgets (cold 'show --json' on a fresh database, embedded import).
cliffhanger_add_bench(bench_foundation bench_foundation.cpp)
add_dependencies(bench_foundation cliffhanger)
target_compile_definitions(bench_foundation PRIVATE CLIFFHANGER_BINARY="$<TARGET_FILE:cliffhanger>")
