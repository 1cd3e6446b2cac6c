// libFuzzer target: dropping the anchors no link points to, on any text a
// user template could produce. Whatever the input, the result is the input
// with whole ` id="…"` / ` name="…"` attributes taken out: never longer,
// never a character that was not there, and every anchor some link names is
// still there.
#include "render/anchorpruning.h"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace planverk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string in(reinterpret_cast<const char *>(data), size);
    const std::string out = dropUnlinkedAnchors(in);
    if (out.size() > in.size())
        std::abort();
    // Only deletions: `out` is a subsequence of `in`.
    size_t j = 0;
    for (size_t i = 0; i < in.size() && j < out.size(); ++i)
        if (in[i] == out[j])
            ++j;
    if (j != out.size())
        std::abort();
    // An anchor a link names stays, whatever surrounds it.
    const std::string wrapped = dropUnlinkedAnchors("<p id=\"keep\">" + in + "<a href=\"#keep\">");
    if (wrapped.compare(0, 13, "<p id=\"keep\">") != 0)
        std::abort();
    return 0;
}
