#include "render/preview.h"

#include "render/anchorpruning.h"
#include "render/documentwriter.h"
#include "render/templateset.h"
#include "render/viewmodel.h"

#include <string>
#include <vector>

namespace planverk {

using json = nlohmann::json;

namespace {

// The view model's chapter keys, in document order (text sections are not a chapter: they are "sections").
std::vector<std::string> chapterKeys()
{
    std::vector<std::string> keys;
    forEachKind([&]<class T>() {
        if constexpr (isTopKind<T>)
            if (std::string(Kind<T>::chapter) != Kind<Section>::chapter)
                keys.push_back(Kind<T>::chapter);
    });
    return keys;
}

int indexOf(const auto &list, const QUuid &id)
{
    for (int i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return i;
    return -1;
}

// The top-level section that holds `id`, and the anchor of `id` within it.
bool findSection(const QList<Section> &list, const QUuid &id, const std::string &prefix, std::string &anchor)
{
    for (int i = 0; i < list.size(); ++i) {
        const std::string number = prefix.empty() ? std::to_string(i + 1) : prefix + "-" + std::to_string(i + 1);
        if (list[i].id == id || findSection(list[i].sections, id, number, anchor)) {
            if (list[i].id == id)
                anchor = "section-" + number;
            return true;
        }
    }
    return false;
}

} // namespace

Preview buildPreview(const Plan &plan, const QUuid &focus, const QString &chapter)
{
    ViewOptions o;
    o.forPrint = true;
    json vm = buildViewModel(plan, o);
    vm["hasToc"] = false;
    vm["showCover"] = false;
    std::string keep;    // the chapter key to keep
    std::string anchor;
    int keepSection = -1; // top-level text section to keep
    int keepGoal = -1;    // top-level goal to keep

    if (!chapter.isEmpty()) {
        keep = chapter.toStdString();
        if (keep == "sections")
            keepSection = -2; // all of them
    } else if (focus.isNull()) {
        vm["showCover"] = true;
    } else {
        if (findSection(plan.sections, focus, std::string(), anchor))
            keepSection = std::stoi(anchor.substr(8)) - 1; // "section-3-2" is in the third
        for (int i = 0; i < plan.goals.size() && keepSection < 0 && keep.empty(); ++i) {
            if (plan.goals[i].id == focus) {
                keep = "goalsChapter";
                keepGoal = i;
                anchor = "goal-" + std::to_string(i + 1);
            }
            for (int j = 0; j < plan.goals[i].subgoals.size(); ++j)
                if (plan.goals[i].subgoals[j].id == focus) {
                    keep = "goalsChapter";
                    keepGoal = i;
                    anchor = "goal-" + std::to_string(i + 1) + "-" + std::to_string(j + 1);
                }
        }
        // Any other kind: its chapter, at the entry's anchor (if the chapter numbers its entries).
        forEachKind([&]<class T>() {
            if (!keep.empty() || keepSection >= 0)
                return;
            if constexpr (isTopKind<T> && !nests<T>) {
                const int i = indexOf(Kind<T>::list(plan), focus);
                if (i >= 0) {
                    keep = Kind<T>::chapter;
                    const std::string prefix = Kind<T>::anchor;
                    anchor = prefix.empty() ? std::string() : prefix + std::to_string(i + 1);
                }
            } else if constexpr (!isTopKind<T>) {
                using Parent = typename Kind<T>::Parent;
                const auto &parents = Kind<Parent>::list(plan);
                for (int i = 0; i < parents.size() && keep.empty(); ++i)
                    if (indexOf(Kind<Parent>::children(parents[i]), focus) >= 0) {
                        keep = Kind<Parent>::chapter;
                        anchor = Kind<Parent>::anchor + std::to_string(i + 1) + "-" + Kind<T>::key;
                    }
            }
        });
    }

    if (keepSection == -2) {
        // all text sections
    } else if (keepSection >= 0) {
        vm["sections"] = json::array({vm["sections"][size_t(keepSection)]});
    } else {
        vm["sections"] = json::array();
    }
    for (const std::string &c : chapterKeys())
        if (keep != c)
            vm[c] = false;
    if (keepGoal >= 0 && vm["goalsChapter"].is_object()) {
        vm["goalsChapter"]["goals"] = json::array({vm["goalsChapter"]["goals"][size_t(keepGoal)]});
        vm["goalsChapter"]["hasByTheme"] = false;
    }
    if (anchor.empty() && !keep.empty() && vm[keep].is_object())
        anchor = vm[keep]["anchor"].get<std::string>();
    if (anchor.empty() && keepSection >= 0)
        anchor = "section-" + std::to_string(keepSection + 1);
    return {std::move(vm), QString::fromStdString(anchor)};
}

std::string renderPreview(const Preview &preview, TemplateSet &templates)
{
    return dropUnlinkedAnchors(templates.renderDocument(preview.viewModel), {preview.anchor.toStdString()});
}

} // namespace planverk
