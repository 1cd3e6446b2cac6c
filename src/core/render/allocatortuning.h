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
/// the heap. Call once, first thing in main().
void tuneAllocatorForDocuments();

/// From now on all threads share one heap (glibc's main arena): laying out
/// a long plan on paper, a parsing thread's own arena held 18 MB of the
/// peak. Costs lock contention between the threads, so only programs that
/// lay out paper ask for it (the editor; the CLI unless it writes DOCX or
/// ODT, whose peak is lower). Call first thing in main(), with
/// tuneAllocatorForDocuments(): set after threads have arenas of their own
/// it made the 595-page PDF a second slower.
void shareOneHeapForPaper();

} // namespace planverk
