# SPDX-License-Identifier: GPL-3.0-or-later
add_executable(bench_openapi bench_openapi.cpp)
target_link_libraries(bench_openapi PRIVATE twcore)
target_compile_definitions(bench_openapi PRIVATE TW_CORPUS_DIR="${TW_CORPUS_DIR}")
