# What the whole-command benchmarks (bench_sync, bench_seasonfeed) share: the real cliffhanger
# binary timed as a process, a loopback server on its own thread, the feedsmith peer, and the
# season-feed generator. Included from tests/bench/CMakeLists.txt before sync.cmake.
add_library(cliffhanger_benchcommand STATIC
  ${CMAKE_CURRENT_LIST_DIR}/benchcommand.cpp ${CMAKE_CURRENT_LIST_DIR}/benchcommand.h
  ${CMAKE_CURRENT_LIST_DIR}/seasongen.cpp ${CMAKE_CURRENT_LIST_DIR}/seasongen.h)
target_include_directories(cliffhanger_benchcommand PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(cliffhanger_benchcommand PUBLIC cliffhanger_testsupport)
target_compile_definitions(cliffhanger_benchcommand PRIVATE
  CLIFFHANGER_BENCH_NODE_DIR="${CMAKE_CURRENT_BINARY_DIR}/node"
  CLIFFHANGER_BENCH_SOURCE_DIR="${CMAKE_CURRENT_LIST_DIR}")

# bench_seasonfeed: a 2,500-show season feed, in process and as the whole sync command.
cliffhanger_add_bench(bench_seasonfeed ${CMAKE_CURRENT_LIST_DIR}/bench_seasonfeed.cpp)
target_link_libraries(bench_seasonfeed PRIVATE cliffhanger_benchcommand)
add_dependencies(bench_seasonfeed cliffhanger)
