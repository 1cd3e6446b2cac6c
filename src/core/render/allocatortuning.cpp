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
#endif
}

} // namespace planverk
