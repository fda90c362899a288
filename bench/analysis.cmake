# SPDX-License-Identifier: GPL-3.0-or-later
add_executable(bench_analysis bench_analysis.cpp)
target_link_libraries(bench_analysis PRIVATE twcore)
target_compile_definitions(bench_analysis PRIVATE TW_CORPUS_DIR="${TW_CORPUS_DIR}")
