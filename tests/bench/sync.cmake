# bench_sync: the 20,000-item ingest over loopback, and feedsmith on the same file when it is
# installed in the build tree.
set(CLIFFHANGER_BENCH_NODE_DIR ${CMAKE_CURRENT_BINARY_DIR}/node)
cliffhanger_add_bench(bench_sync bench_sync.cpp)
target_link_libraries(bench_sync PRIVATE cliffhanger_testsupport cliffhanger_benchcommand)
# It times the real command, so the bench target builds the binary first.
add_dependencies(bench_sync cliffhanger)
target_compile_definitions(bench_sync PRIVATE
  CLIFFHANGER_BENCH_NODE_DIR="${CLIFFHANGER_BENCH_NODE_DIR}"
  CLIFFHANGER_BENCH_SOURCE_DIR="${CMAKE_CURRENT_SOURCE_DIR}")

# Installing feedsmith means running npm, which reaches the network, and a build never does:
# the comparison is opt-in. With -DCLIFFHANGER_BENCH_PEERS=ON the 'bench' target (only that
# one, never a plain build) installs feedsmith 3.0.1 into the build tree first, best effort;
# without it bench_sync says feedsmith was not run and how to install it.
option(CLIFFHANGER_BENCH_PEERS
  "Let the bench target install peer parsers (feedsmith, with npm, from the network)" OFF)
if(CLIFFHANGER_BENCH_PEERS)
  find_program(NPM npm)
  if(NPM)
    add_custom_target(bench_feedsmith
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CLIFFHANGER_BENCH_NODE_DIR}
      COMMAND ${NPM} install --silent --no-audit --no-fund --prefix ${CLIFFHANGER_BENCH_NODE_DIR} feedsmith@3.0.1 || true
      COMMENT "Installing feedsmith 3.0.1 for the comparison")
    list(APPEND BENCH_SETUP bench_feedsmith)
  else()
    message(STATUS "CLIFFHANGER_BENCH_PEERS is ON but npm was not found: no feedsmith comparison")
  endif()
endif()
