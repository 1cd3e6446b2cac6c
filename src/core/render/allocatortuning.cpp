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

void returnFreeMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace planverk
