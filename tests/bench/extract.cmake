# Claim extraction: speed benchmark and evaluation against the labelled article corpus.
# Included from tests/bench/CMakeLists.txt (before BENCH_COMMANDS is built).

add_executable(bench_extract ${CMAKE_CURRENT_LIST_DIR}/bench_extract.cpp)
target_link_libraries(bench_extract PRIVATE cliffhanger_pipeline cliffhanger_eval)

add_executable(extract_eval ${CMAKE_CURRENT_LIST_DIR}/extract_eval.cpp)
target_link_libraries(extract_eval PRIVATE cliffhanger_pipeline cliffhanger_eval)

foreach(program bench_extract extract_eval)
  target_compile_definitions(${program} PRIVATE
    CLIFFHANGER_FIXTURES="${PROJECT_SOURCE_DIR}/tests/fixtures"
    CLIFFHANGER_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endforeach()

list(APPEND BENCH_PROGRAMS bench_extract extract_eval)
