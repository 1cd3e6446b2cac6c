// libFuzzer target: Markdown bodies to HTML and text. Whatever the input, the
// HTML may not carry markup from it: no script, no images, no javascript: links.
#include "render/markdown.h"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace planverk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view md(reinterpret_cast<const char *>(data), size);
    const std::string html = markdownToHtml(md);
    const std::string text = markdownToText(md);
    (void)text;
    for (const char *bad : {"<script", "<img", "href=\"javascript", "href=\"data:", "<iframe", "onerror="})
        if (html.find(bad) != std::string::npos)
            std::abort();
    return 0;
}
