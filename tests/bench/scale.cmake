# The scale database (issue 16, item 6) and the window benchmarks on it (issue 13, item 9).
# Included from tests/bench/CMakeLists.txt after command.cmake (name order), so
# cliffhanger_benchcommand exists.
add_library(cliffhanger_benchscale STATIC ${CMAKE_CURRENT_LIST_DIR}/scaledb.cpp
                                          ${CMAKE_CURRENT_LIST_DIR}/scaledb.h)
target_link_libraries(cliffhanger_benchscale PUBLIC cliffhanger_benchcommand
                                                    cliffhanger_benchsupport)
target_compile_definitions(cliffhanger_benchscale PRIVATE
  CLIFFHANGER_BENCH_BINARY_DIR="${CMAKE_CURRENT_BINARY_DIR}")

# bench_scaledb: builds the scale database through the real command (once, cached in the build
# tree; --db PATH [--claims N] builds one elsewhere).
cliffhanger_add_bench(bench_scaledb ${CMAKE_CURRENT_LIST_DIR}/bench_scaledb.cpp)
target_link_libraries(bench_scaledb PRIVATE cliffhanger_benchscale)
add_dependencies(bench_scaledb cliffhanger)

# What the window benchmarks share: the display (offscreen, or an Xvfb of their own) and the
# peak memory of a command.
add_library(cliffhanger_benchdisplay STATIC ${CMAKE_CURRENT_LIST_DIR}/benchdisplay.cpp
                                            ${CMAKE_CURRENT_LIST_DIR}/benchdisplay.h)
target_link_libraries(cliffhanger_benchdisplay PUBLIC cliffhanger_benchcommand)

# bench_barewindow: the baseline, a bare Qt Quick Controls window; not run by itself.
qt_add_executable(bench_barewindow ${CMAKE_CURRENT_LIST_DIR}/barewindow.cpp)
target_link_libraries(bench_barewindow PRIVATE Qt6::Gui Qt6::Qml Qt6::Quick Qt6::QuickControls2)
qt_add_resources(bench_barewindow bench_barewindow_qml PREFIX "/" BASE ${CMAKE_CURRENT_LIST_DIR}
  FILES ${CMAKE_CURRENT_LIST_DIR}/BareWindow.qml)

# bench_firstframe: the app's first frame against the bare window, interleaved.
cliffhanger_add_bench(bench_firstframe ${CMAKE_CURRENT_LIST_DIR}/bench_firstframe.cpp)
target_link_libraries(bench_firstframe PRIVATE cliffhanger_benchdisplay)
add_dependencies(bench_firstframe cliffhanger bench_barewindow)
target_compile_definitions(bench_firstframe PRIVATE
  CLIFFHANGER_BAREWINDOW="$<TARGET_FILE:bench_barewindow>")

# bench_pageswitch: page switches in process, on the window main.cpp builds; run by bench_pages.
qt_add_executable(bench_pageswitch ${CMAKE_CURRENT_LIST_DIR}/bench_pageswitch.cpp)
target_link_libraries(bench_pageswitch PRIVATE cliffhanger_shell)

# bench_pages: every page's open time on the scale database (built first if missing).
cliffhanger_add_bench(bench_pages ${CMAKE_CURRENT_LIST_DIR}/bench_pages.cpp)
target_link_libraries(bench_pages PRIVATE cliffhanger_benchscale cliffhanger_benchdisplay)
add_dependencies(bench_pages cliffhanger bench_pageswitch)
target_compile_definitions(bench_pages PRIVATE
  CLIFFHANGER_PAGESWITCH="$<TARGET_FILE:bench_pageswitch>")
