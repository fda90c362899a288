// SPDX-License-Identifier: GPL-3.0-or-later
//
// Linked into the programs (not into twcore, not into the tests): the whole process then
// allocates through jemalloc instead of glibc's malloc (docs/performance.md, "Allocator").
//
// Why: an import builds hundreds of thousands of small strings and lists on two or three
// threads, and on the machines we measured a first touch of a fresh 4 KiB page costs 3–4 µs.
// glibc grows its heaps one page fault at a time; jemalloc told to use transparent huge pages
// takes its memory 2 MiB at a time, a quarter of the cost per byte.

// jemalloc's compile-time configuration: read when it initialises, before the first allocation
// of the process, so it covers everything (a setting made from code later would miss the memory
// the libraries' static initialisers took). Its own bookkeeping goes onto huge pages only once
// it is large: a huge page for it from the start cost a short command 0.7 ms of zeroing.
//
// One arena, and no separate arena for blocks of 8 MiB and more (`oversize_threshold:0` turns
// that arena off): each extra arena began with regions of its own that were not aligned to
// 2 MiB, so their pages could not be huge; a GitHub import took 1,200 page faults with them and
// 410–550 without (2026-11-26, docs/performance.md "Allocator"). Threads still allocate small
// blocks from their own caches, so one arena cost the multi-threaded benchmarks nothing.
extern "C" {
__attribute__((used, visibility("default"))) const char *malloc_conf =
    "thp:always,metadata_thp:auto,oversize_threshold:0,narenas:1";
}
