# bench_sync: the 20,000-item ingest over loopback, and feedsmith on the same file when node is
# here. The bench target installs feedsmith into the build tree first (best effort: the
# benchmark says so when it could not).
set(CLIFFHANGER_BENCH_NODE_DIR ${CMAKE_CURRENT_BINARY_DIR}/node)
cliffhanger_add_bench(bench_sync bench_sync.cpp)
target_link_libraries(bench_sync PRIVATE cliffhanger_testsupport cliffhanger_benchcommand)
# It times the real command, so the bench target builds the binary first.
add_dependencies(bench_sync cliffhanger)
target_compile_definitions(bench_sync PRIVATE
  CLIFFHANGER_BENCH_NODE_DIR="${CLIFFHANGER_BENCH_NODE_DIR}"
  CLIFFHANGER_BENCH_SOURCE_DIR="${CMAKE_CURRENT_SOURCE_DIR}")
find_program(NPM npm)
if(NPM)
  add_custom_target(bench_feedsmith
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CLIFFHANGER_BENCH_NODE_DIR}
    COMMAND ${NPM} install --silent --no-audit --no-fund --prefix ${CLIFFHANGER_BENCH_NODE_DIR} feedsmith@3.0.1 || true
    COMMENT "Installing feedsmith 3.0.1 for the comparison")
  add_dependencies(bench_sync bench_feedsmith)
endif()
