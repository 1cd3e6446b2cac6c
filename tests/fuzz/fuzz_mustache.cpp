// libFuzzer target: the Mustache parser and renderer, with partials that
// include each other and themselves.
#include "model/planerror.h"
#include "render/mustache.h"

#include <cstdint>
#include <cstdlib>

using namespace planverk;
using json = nlohmann::json;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const json context = json::parse(R"({
        "title": "Plan <æøå> & \"co\"", "n": 3, "yes": true, "no": false, "none": null,
        "list": [{"name": "a", "items": [1, 2]}, {"name": "b", "items": []}],
        "obj": {"deep": {"deeper": "x"}}, "partial": "self"})");
    const std::string source(reinterpret_cast<const char *>(data), size);
    mustache::MapPartialLoader partials({{"self", "[{{>self}}]"}, {"item", "{{name}}{{#items}}{{.}}{{/items}}"}, {"parent", "{{$a}}A{{/a}}|{{$b}}B{{/b}}"},
                                         {"fuzz", source}});
    mustache::RenderOptions options;
    options.missingPartialIsError = size % 2 == 0;
    try {
        const auto t = mustache::Template::compile(source, "fuzz");
        const std::string out = t->render(context, &partials, options);
        (void)out;
    } catch (const PlanError &) {
    }
    return 0;
}
