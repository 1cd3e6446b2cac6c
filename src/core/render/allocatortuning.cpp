#include "render/allocatortuning.h"

#include <cstdlib> // defines __GLIBC__ with the C library's headers
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace planverk {

void tuneAllocatorForDocuments()
{
#if defined(__GLIBC__)
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
    // Setting one of these stops glibc from raising the mmap threshold by
    // itself: Qt's PDF engine takes two 10 MiB buffers to compress each
    // page, and each was mapped and unmapped again, page by page (0.3 s of
    // system time for 771 pages). From the heap they are reused, and only
    // the few kilobytes a page's stream needs are ever touched.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
}

void shareOneHeapForPaper()
{
#if defined(__GLIBC__)
    // One heap for all threads: the thread that parses the next piece of
    // HTML frees its trees into the heap the layout takes from, instead of
    // keeping an arena of its own (the 595-page synthetic PDF peaks at
    // 93 MB with two, 75 MB with one). The price is a lock every thread
    // takes for every block: 0.6 s more for that PDF, which is why the
    // flowing documents (DOCX, ODT), whose peak is lower, never pay it.
    mallopt(M_ARENA_MAX, 1);
#endif
}

} // namespace planverk
