// The C library's allocator, tuned for laying out long documents.
#pragma once

namespace planverk {

/// Laying out and painting a long plan allocates and frees many blocks of a
/// few kilobytes to a few megabytes (text layouts, glyph runs, page streams):
/// with glibc's defaults the heap's top is returned to the kernel and taken
/// back again thousands of times. Keeping 64 MiB of slack at the top of the
/// heap took the 536-page synthetic PDF from 0.35 s to 0.10 s system time and
/// some 0.4 s less in all, with the same peak memory (pages never touched are
/// never resident). Large buffers (Qt's two 10 MiB per PDF page) come from
/// the heap, and all threads share one heap (a parsing thread's arena held
/// 9 MB of the peak). Call once, first thing in main().
void tuneAllocatorForDocuments();

} // namespace planverk
