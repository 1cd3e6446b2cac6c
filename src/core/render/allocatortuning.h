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

/// Gives the memory that is free in every thread's heap back to the system.
/// Each thread keeps a heap of its own (glibc's arenas, no lock shared
/// between the thread that parses a document and the one that lays it out),
/// and a heap keeps the pages it once used: the parsing thread's held 19 MB
/// of the 595-page synthetic PDF's peak, of which 2 MB were in use. Costs
/// a few milliseconds, and the pages given back are zeroed when used again:
/// call it where a phase that allocated much has ended, not in a loop.
void returnFreeMemory();

} // namespace planverk
