# SPDX-License-Identifier: GPL-3.0-or-later
# Terraform importer: `bench_terraform [corpus dir] [iterations]` prints the time to import all of terragoat.
add_executable(bench_terraform bench_terraform.cpp)
target_link_libraries(bench_terraform PRIVATE twcore)
target_compile_definitions(bench_terraform PRIVATE TW_CORPUS_DIR="${TW_CORPUS_DIR}")
