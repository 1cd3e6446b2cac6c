// A Mustache template engine over nlohmann::json.
//
// Implements the Mustache specification (../shared/mustache-spec): variables,
// sections, inverted sections, comments, partials with standalone
// indentation, set delimiters, the implicit iterator, and the optional
// modules for dynamic names ({{>*name}}) and template inheritance
// ({{<parent}}{{$block}}…{{/block}}{{/parent}}). Lambdas do not apply: data
// is JSON, which has no functions.
//
// A template is parsed once into a flat node list and rendered many times.
// Syntax errors throw PlanError with "template-name", "line:column" and a
// message; so do missing partials (when asked) and partials that include
// themselves past a depth limit.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace planverk::mustache {

class Template;

/// Thrown by a PartialLoader for a name it will not load (one that leads out
/// of its folder); what() says why, to follow "partial 'NAME'". The renderer
/// reports it as a PlanError at the tag.
struct PartialRefused : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// Where partials and parent templates come from, by name.
class PartialLoader
{
public:
    virtual ~PartialLoader() = default;
    /// The compiled partial, or nullptr when there is none by that name.
    /// May throw PlanError when the partial does not compile.
    virtual std::shared_ptr<const Template> load(const std::string &name) = 0;
};

struct RenderOptions {
    /// A partial or parent that cannot be found is an error (documents), not
    /// the empty string (the spec's default).
    bool missingPartialIsError = false;
    /// Partials and parents nested deeper than this are an error: a partial
    /// that includes itself cannot overflow the stack.
    int maxPartialDepth = 64;
    /// Output longer than this is an error, checked as it grows: partials
    /// that fan out exponentially cannot fill the memory.
    size_t maxOutputBytes = kDefaultMaxOutputBytes;
    /// Every node rendered and every context looked through is a step; more
    /// than this is an error: sections nested over long lists cannot run for
    /// hours even when they print nothing.
    uint64_t maxSteps = kDefaultMaxSteps;

    static constexpr size_t kDefaultMaxOutputBytes = size_t(256) << 20; // 256 MiB
    static constexpr uint64_t kDefaultMaxSteps = 100'000'000; // the 600-goal synthetic plan takes 450 000
};

/// Sections nested deeper than this in one template are a syntax error.
inline constexpr int kMaxSectionDepth = 100;

class Template
{
public:
    /// Parses `source`; `name` is used in error messages.
    static std::shared_ptr<const Template> compile(std::string_view source, std::string name);

    const std::string &name() const { return m_name; }

    std::string render(const nlohmann::json &data, PartialLoader *partials = nullptr, const RenderOptions &options = {}) const;
    /// Appends to `out`.
    void renderTo(std::string &out, const nlohmann::json &data, PartialLoader *partials = nullptr, const RenderOptions &options = {}) const;

    struct Node;
    Template(std::string name, std::string source);
    ~Template();

private:
    friend class Parser;
    friend class Renderer;
    std::string m_name;
    std::string m_source;
    std::vector<Node> m_nodes;
};

/// Partials given as source text by name (the spec's "partials"), compiled on
/// first use.
class MapPartialLoader : public PartialLoader
{
public:
    explicit MapPartialLoader(std::map<std::string, std::string> sources) : m_sources(std::move(sources)) {}
    std::shared_ptr<const Template> load(const std::string &name) override;

private:
    std::map<std::string, std::string> m_sources;
    std::map<std::string, std::shared_ptr<const Template>> m_compiled;
};

/// HTML-escapes & < > " ' into `out`.
void escapeHtml(std::string &out, std::string_view text);

} // namespace planverk::mustache
