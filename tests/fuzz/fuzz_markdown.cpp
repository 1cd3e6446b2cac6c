// libFuzzer target: Markdown bodies to HTML and text. Whatever the input, the
// HTML may carry no markup of its own: every tag is one the renderer writes,
// with only its own attributes, and links go to http, https or mailto only.
#include "model/planerror.h"
#include "render/markdown.h"

#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>

using namespace planverk;

namespace {

void check(const std::string &html)
{
    static const std::set<std::string> tags{"p", "ul", "ol", "li", "h3", "h4", "h5", "h6", "strong", "em", "code", "pre", "del", "u", "a",
                                            "blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td"};
    size_t i = 0;
    while ((i = html.find('<', i)) != std::string::npos) {
        const size_t end = html.find('>', i);
        if (end == std::string::npos)
            std::abort();
        std::string tag = html.substr(i + 1, end - i - 1);
        if (!tag.empty() && tag[0] == '/')
            tag.erase(0, 1);
        const std::string name = tag.substr(0, tag.find(' '));
        if (!tags.count(name))
            std::abort(); // a tag the renderer does not write
        std::string attrs = tag.substr(name.size());
        for (size_t k = 0; k < attrs.size() && k < 16; ++k) // the scheme may be in any case ("HTTPS:")
            attrs[k] = char(std::tolower(static_cast<unsigned char>(attrs[k])));
        if (!attrs.empty()) {
            const bool ok = attrs.rfind(" href=\"http://", 0) == 0 || attrs.rfind(" href=\"https://", 0) == 0 || attrs.rfind(" href=\"mailto:", 0) == 0
                || attrs.rfind(" start=\"", 0) == 0 || attrs == " scope=\"col\"";
            if (!ok || attrs.find('<') != std::string::npos)
                std::abort(); // an attribute the renderer does not write
        }
        i = end + 1;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view md(reinterpret_cast<const char *>(data), size);
    try {
        check(markdownToHtml(md));
        const std::string text = markdownToText(md);
        (void)text;
    } catch (const PlanError &e) {
        if (!e.message().contains(QLatin1String("(the limit)")))
            std::abort(); // the only error is a limit passed (nesting, table cells)
    }
    return 0;
}
