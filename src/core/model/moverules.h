// Where an entry may go: the one place with the rules for moving entries
// (the document refuses, the editor's commands and the navigator's drag and
// drop ask first). Written over the registry (kinds.h): a nesting kind stays
// within its nesting limit and never goes under itself; an entry of a child
// kind goes under an entry of its Parent kind; every other entry stays at
// the top level.
#pragma once

#include "model/plandocument.h"

namespace planverk {

/// Whether an entry of kind `child` may sit directly under an entry of kind
/// `parent` (std::nullopt: the top level, under the plan itself).
inline bool mayHold(std::optional<EntityKind> parent, EntityKind child)
{
    return visitKind(child, [&](auto blank) {
        using T = decltype(blank);
        if constexpr (isTopKind<T>)
            return !parent || (nests<T> && *parent == Kind<T>::kind);
        else
            return parent && *parent == Kind<typename Kind<T>::Parent>::kind;
    });
}

/// How deep `id` sits in its tree: 1 at the top, 0 for no entry.
template<class T>
int depthOf(const Plan &plan, const QUuid &id)
{
    int depth = 0;
    for (QUuid p = id; !p.isNull(); ++depth) {
        const auto up = locate<T>(plan, p);
        p = up ? up->parent : QUuid();
    }
    return depth;
}

/// The kind of the entries that go directly under an entry of `parent`: its
/// own for a nesting kind (sub-sections, sub-goals), its child kind for a
/// parent kind (amendments), none for the rest.
inline std::optional<EntityKind> kindUnder(EntityKind parent)
{
    return visitKind(parent, [](auto blank) -> std::optional<EntityKind> {
        using T = decltype(blank);
        if constexpr (nests<T>)
            return Kind<T>::kind;
        else if constexpr (hasChildKind<T>)
            return Kind<typename ChildKindOf<T>::type>::kind;
        else
            return std::nullopt;
    });
}

/// Whether a new entry may go under the entry `id` of kind `kind`: a nesting
/// kind below its nesting limit (a goal, not a sub-goal), a parent kind.
inline bool mayHaveChildren(const Plan &plan, EntityKind kind, const QUuid &id)
{
    return visitKind(kind, [&](auto blank) {
        using T = decltype(blank);
        if constexpr (nests<T>)
            return depthOf<T>(plan, id) > 0 && depthOf<T>(plan, id) < maxDepth<T>();
        else
            return hasChildKind<T> && findEntity<T>(plan, id) != nullptr;
    });
}

/// Why the entry `id` of kind T cannot move under `newParent` (null: the top
/// level), or an empty string when it can. Does not look at the position.
template<class T>
QString moveRefusal(const Plan &plan, const QUuid &id, const QUuid &newParent)
{
    if (!locate<T>(plan, id))
        return QStringLiteral("has no entry %1").arg(id.toString(QUuid::WithoutBraces));
    if (!childList<T>(const_cast<Plan &>(plan), newParent))
        return QStringLiteral("has no parent %1 to move to").arg(newParent.toString(QUuid::WithoutBraces));
    if constexpr (nests<T>) {
        for (QUuid p = newParent; !p.isNull();) {
            if (p == id)
                return QStringLiteral("cannot move an entry into itself");
            const auto up = locate<T>(plan, p);
            p = up ? up->parent : QUuid();
        }
        const int above = depthOf<T>(plan, newParent);
        if (above >= maxDepth<T>())
            return std::is_same_v<T, Goal> ? QStringLiteral("a sub-goal cannot have sub-goals of its own")
                                           : QStringLiteral("entries nest at most %1 levels deep").arg(maxDepth<T>());
        if (above + treeHeight(*findEntity<T>(plan, id)) > maxDepth<T>())
            return std::is_same_v<T, Goal> ? QStringLiteral("a goal with sub-goals cannot become a sub-goal")
                                           : QStringLiteral("entries nest at most %1 levels deep").arg(maxDepth<T>());
    }
    return {};
}

} // namespace planverk
