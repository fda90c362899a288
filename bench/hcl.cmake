# SPDX-License-Identifier: GPL-3.0-or-later
# HCL parser throughput: `bench_hcl [corpus dir] [iterations]` prints MB/s and the terragoat time.
add_executable(bench_hcl bench_hcl.cpp)
target_link_libraries(bench_hcl PRIVATE twcore)
target_compile_definitions(bench_hcl PRIVATE TW_CORPUS_DIR="${TW_CORPUS_DIR}")
