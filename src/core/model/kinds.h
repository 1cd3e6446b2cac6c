// The registry of entity kinds: the one place that knows every kind of entry
// a plan holds, in document order, and for each kind where it lives (its
// parent, table, JSON key, chapter) and what the editor calls it.
//
// Everything that handles "every kind" (the store, the JSON reader and
// writer, the checks, search, the preview, the navigator and the editor's
// pages) loops over AllKinds with forEachKind() instead of naming the kinds
// one by one. Links between entities are not listed here: they are the
// refs(...) calls in each kind's fields() (plan.h), found by a visitor
// (linksOf, dropLinksTo below). docs/extending.md tells how to add a kind.
#pragma once

#include "model/plan.h"

#include <QtGlobal>

#include <optional>
#include <tuple>
#include <type_traits>

namespace planverk {

/// The kinds as values (signals, the navigator, drag and drop). Numbered in
/// document order; the editor's page of a kind has this index.
enum class EntityKind { Section, Goal, Theme, Instrument, Membership, Partnership, Action, Processing, Amendment, Contact, Reference };

template<class... T> struct KindList {
    static constexpr int size = int(sizeof...(T));
};

/// What every Kind<T> trait gives:
///   kind         its EntityKind
///   Parent       the kind whose entries hold it (void: it sits in Plan itself)
///   maxDepth     how deep it nests in itself (1: it does not)
///   table        its SQLite table (and the kind name in refs(...) and errors)
///   key          its JSON key: the list in the plan (or in its parent's object)
///   nestedKey    JSON key of its own sub-entries (nesting kinds only)
///   chapter      the view model's key of its chapter in the document
///   anchor       the anchor prefix of an entry in the document ("" for none)
///   label, newName, category: editor texts, untranslated (the editor's
///                PlanEditor / PlanTreeModel translate them through tr())
///   list(plan)   its top-level list (kinds without a Parent)
///   children(e)  the sub-entries of an entry, of its own kind (nesting
///                kinds) or of the kind whose Parent it is
template<class T> struct Kind;
template<class T> struct Kind<const T> : Kind<T> {}; // the same trait for const entries

// Kinds that sit in a list of Plan.
template<class T, QList<T> Plan::*member> struct TopKind {
    using Parent = void;
    static constexpr int maxDepth = 1;
    static QList<T> &list(Plan &p) { return p.*member; }
    static const QList<T> &list(const Plan &p) { return p.*member; }
};

template<> struct Kind<Section> : TopKind<Section, &Plan::sections> {
    static constexpr EntityKind kind = EntityKind::Section;
    static constexpr int maxDepth = kMaxSectionDepth;
    static constexpr const char *table = "section", *key = "sections", *nestedKey = "sections";
    static constexpr const char *chapter = "sections", *anchor = "section-";
    static constexpr const char *label = QT_TRANSLATE_NOOP("planverk::PlanEditor", "section");
    static constexpr const char *newName = QT_TRANSLATE_NOOP("planverk::PlanEditor", "New section");
    static constexpr const char *category = QT_TRANSLATE_NOOP("planverk::PlanTreeModel", "Text sections");
    static QList<Section> &children(Section &s) { return s.sections; }
    static const QList<Section> &children(const Section &s) { return s.sections; }
};

template<> struct Kind<Goal> : TopKind<Goal, &Plan::goals> {
    static constexpr EntityKind kind = EntityKind::Goal;
    static constexpr int maxDepth = kMaxGoalDepth;
    static constexpr const char *table = "goal", *key = "goals", *nestedKey = "subgoals";
    static constexpr const char *chapter = "goalsChapter", *anchor = "goal-";
    static constexpr const char *label = QT_TRANSLATE_NOOP("planverk::PlanEditor", "goal");
    static constexpr const char *newName = QT_TRANSLATE_NOOP("planverk::PlanEditor", "New goal");
    static constexpr const char *category = QT_TRANSLATE_NOOP("planverk::PlanTreeModel", "Goals");
    static QList<Goal> &children(Goal &g) { return g.subgoals; }
    static const QList<Goal> &children(const Goal &g) { return g.subgoals; }
};

template<> struct Kind<Theme> : TopKind<Theme, &Plan::themes> {
    static constexpr EntityKind kind = EntityKind::Theme;
    static constexpr const char *table = "theme", *key = "themes";
    static constexpr const char *chapter = "themesChapter", *anchor = "theme-";
    static constexpr const char *label = QT_TRANSLATE_NOOP("planverk::PlanEditor", "theme");
    static constexpr const char *newName = QT_TRANSLATE_NOOP("planverk::PlanEditor", "New theme");
    static constexpr const char *category = QT_TRANSLATE_NOOP("planverk::PlanTreeModel", "Thematic priorities");
};

template<> struct Kind<Instrument> : TopKind<Instrument, &Plan::instruments> {
    static constexpr EntityKind kind = EntityKind::Instrument;
    static constexpr const char *table = "instrument", *key = "instruments";
    static constexpr const char *chapter = "instrumentsChapter", *anchor = "instrument-";
    static constexpr const char *label = QT_TRANSLATE_NOOP("planverk::PlanEditor", "instrument");
    static constexpr const char *newName = QT_TRANSLATE_NOOP("planverk::PlanEditor", "New instrument");
    static constexpr const char *category = QT_TRANSLATE_NOOP("planverk::PlanTreeModel", "Instruments");
};

template<> struct Kind<Membership> : TopKind<Membership, &Plan::memberships> {
    static constexpr EntityKind kind = EntityKind::Membership;
    static constexpr const char *table = "membership", *key = "memberships";
    static constexpr const char *chapter = "membershipsChapter", *anchor = "membership-";
    static constexpr const char *label = QT_TRANSLATE_NOOP("planverk::PlanEditor", "membership");
    static constexpr const char *newName = QT_TRANSLATE_NOOP("planverk::PlanEditor", "New organisation");
    static constexpr const char *category = QT_TRANSLATE_NOOP("planverk::PlanTreeModel", "Networks and memberships");
};

template<> struct Kind<Partnership> : TopKind<Partnership, &Plan::partnerships> {
    static constexpr EntityKind kind = EntityKind::Partnership;
    static constexpr const char *table = "partnership", *key = "partnerships";
    static constexpr const char *chapter = "partnershipsChapter", *anchor = "partnership-";
    static constexpr const char *label = QT_TRANSLATE_NOOP("planverk::PlanEditor", "partnership");
    static constexpr const char *newName = QT_TRANSLATE_NOOP("planverk::PlanEditor", "New partner");
    static constexpr const char *category = QT_TRANSLATE_NOOP("planverk::PlanTreeModel", "Partnerships");
};

template<> struct Kind<Action> : TopKind<Action, &Plan::actions> {
    static constexpr EntityKind kind = EntityKind::Action;
    static constexpr const char *table = "action", *key = "actions";
    static constexpr const char *chapter = "actionsChapter", *anchor = "action-";
    static constexpr const char *label = QT_TRANSLATE_NOOP("planverk::PlanEditor", "action");
    static constexpr const char *newName = QT_TRANSLATE_NOOP("planverk::PlanEditor", "New action");
    static constexpr const char *category = QT_TRANSLATE_NOOP("planverk::PlanTreeModel", "Action plan");
};

template<> struct Kind<Processing> : TopKind<Processing, &Plan::processing> {
    static constexpr EntityKind kind = EntityKind::Processing;
    static constexpr const char *table = "processing", *key = "processing";
    static constexpr const char *chapter = "processingChapter", *anchor = "processing-";
    static constexpr const char *label = QT_TRANSLATE_NOOP("planverk::PlanEditor", "processing step");
    static constexpr const char *newName = QT_TRANSLATE_NOOP("planverk::PlanEditor", "Fylkestinget");
    static constexpr const char *category = QT_TRANSLATE_NOOP("planverk::PlanTreeModel", "Political processing");
    static QList<Amendment> &children(Processing &p) { return p.amendments; }
    static const QList<Amendment> &children(const Processing &p) { return p.amendments; }
};

// Amendments live inside a processing step, shown in its chapter.
template<> struct Kind<Amendment> {
    using Parent = Processing;
    static constexpr int maxDepth = 1;
    static constexpr EntityKind kind = EntityKind::Amendment;
    static constexpr const char *table = "amendment", *key = "amendments";
    static constexpr const char *chapter = "processingChapter", *anchor = "";
    static constexpr const char *label = QT_TRANSLATE_NOOP("planverk::PlanEditor", "amendment");
    static constexpr const char *newName = QT_TRANSLATE_NOOP("planverk::PlanEditor", "New amendment");
    static constexpr const char *category = nullptr; // shown under its processing step
};

template<> struct Kind<Contact> : TopKind<Contact, &Plan::contacts> {
    static constexpr EntityKind kind = EntityKind::Contact;
    static constexpr const char *table = "contact", *key = "contacts";
    static constexpr const char *chapter = "contactsChapter", *anchor = "";
    static constexpr const char *label = QT_TRANSLATE_NOOP("planverk::PlanEditor", "contact");
    static constexpr const char *newName = QT_TRANSLATE_NOOP("planverk::PlanEditor", "New contact");
    static constexpr const char *category = QT_TRANSLATE_NOOP("planverk::PlanTreeModel", "Contacts");
};

template<> struct Kind<Reference> : TopKind<Reference, &Plan::references> {
    static constexpr EntityKind kind = EntityKind::Reference;
    static constexpr const char *table = "reference", *key = "references";
    static constexpr const char *chapter = "referencesChapter", *anchor = "";
    static constexpr const char *label = QT_TRANSLATE_NOOP("planverk::PlanEditor", "reference");
    static constexpr const char *newName = QT_TRANSLATE_NOOP("planverk::PlanEditor", "New reference");
    static constexpr const char *category = QT_TRANSLATE_NOOP("planverk::PlanTreeModel", "References");
};

/// Every kind, in document order: the order of the JSON keys, the chapters,
/// the navigator's categories and the editor's pages (EntityKind's values).
using AllKinds = KindList<Section, Goal, Theme, Instrument, Membership, Partnership, Action, Processing, Amendment, Contact, Reference>;

/// The number of kinds (the editor's page of the plan's settings comes after theirs).
inline constexpr int kKindCount = AllKinds::size;

// ---------------------------------------------------------------------------
// Questions about a kind, answered from its trait.

/// Entries of T sit in a list of Plan (not inside another kind's entries).
template<class T> inline constexpr bool isTopKind = std::is_void_v<typename Kind<T>::Parent>;
/// Entries of T hold sub-entries of their own kind (sections, goals).
template<class T> inline constexpr bool nests = Kind<T>::maxDepth > 1;
/// The kind whose Parent is T (amendments for processing), or void.
template<class T> struct ChildKindOf;
/// True when some kind has T as its Parent.
template<class T> inline constexpr bool hasChildKind = !std::is_void_v<typename ChildKindOf<T>::type>;

/// Calls f.template operator()<T>() for every kind T, in document order:
///   forEachKind([&]<class T>() { ... Kind<T>::table ... });
template<class F, class... T> void forEachKindIn(KindList<T...>, F &&f) { (f.template operator()<T>(), ...); }
template<class F> void forEachKind(F &&f) { forEachKindIn(AllKinds{}, f); }

namespace detail {
template<class P, class... T> struct ChildOf { using type = void; };
template<class P, class H, class... T> struct ChildOf<P, H, T...> {
    using type = std::conditional_t<std::is_same_v<typename Kind<H>::Parent, P>, H, typename ChildOf<P, T...>::type>;
};
template<class P, class... T> ChildOf<P, T...> childOfIn(KindList<T...>);
} // namespace detail

template<class T> struct ChildKindOf {
    using type = typename decltype(detail::childOfIn<T>(AllKinds{}))::type;
};

/// One W<T> for every kind T, e.g. PerKind<QList> holds a QList of each kind.
template<template<class> class W, class L> struct PerKindOf;
template<template<class> class W, class... T> struct PerKindOf<W, KindList<T...>> {
    using type = std::tuple<W<T>...>;
};
template<template<class> class W> using PerKind = typename PerKindOf<W, AllKinds>::type;

/// The EntityKind of a type: KindOf<Goal>::value.
template<class T> struct KindOf {
    static constexpr EntityKind value = Kind<T>::kind;
};

/// Calls f(T{}) with a blank value of the entity type for `kind` and returns what it returns.
template<class F> auto visitKind(EntityKind kind, F &&f)
{
    using R = decltype(f(Section{}));
    if constexpr (std::is_void_v<R>) {
        forEachKind([&]<class T>() {
            if (Kind<T>::kind == kind)
                f(T{});
        });
    } else {
        std::optional<R> result;
        forEachKind([&]<class T>() {
            if (Kind<T>::kind == kind)
                result.emplace(f(T{}));
        });
        return std::move(*result);
    }
}

/// The sub-entries of an entry of a nesting kind (sections, sub-goals).
template<class T> requires nests<T> QList<T> &children(T &e) { return Kind<T>::children(e); }
template<class T> requires nests<T> const QList<T> &children(const T &e) { return Kind<T>::children(e); }

/// The nesting limit of a kind.
template<class T> constexpr int maxDepth() { return Kind<T>::maxDepth; }

/// How many levels the tree under `e` has, `e` included (1 for a leaf).
/// Bounded by the limit above; stops counting once it passes `limit`.
template<class T>
int treeHeight(const T &e, int limit = maxDepth<T>())
{
    int below = 0;
    if constexpr (nests<T>) {
        if (limit > 1)
            for (const T &c : children(e))
                below = std::max(below, treeHeight(c, limit - 1));
        else if (!children(e).isEmpty())
            below = 1;
    }
    return 1 + below;
}

/// Calls f(entry) for every entry of kind T in the plan, in document order
/// (an entry before its sub-entries).
template<class T, class P, class F> requires Is<P, Plan>
void forEachEntry(P &plan, F &&f)
{
    auto walk = [&](auto &self, auto &list) -> void {
        for (auto &e : list) {
            f(e);
            if constexpr (nests<T>)
                self(self, Kind<T>::children(e));
        }
    };
    if constexpr (isTopKind<T>) {
        walk(walk, Kind<T>::list(plan));
    } else {
        using Parent = typename Kind<T>::Parent;
        forEachEntry<Parent>(plan, [&](auto &parent) { walk(walk, Kind<Parent>::children(parent)); });
    }
}

/// Calls f(entry) for every entry of every kind, in document order: the
/// top-level lists in AllKinds order, each entry followed by its sub-entries
/// and then its entries of a child kind (a processing step, its amendments).
template<class P, class F> requires Is<P, Plan>
void forEachInDocument(P &plan, F &&f)
{
    auto walk = [&](auto &self, auto &list) -> void {
        for (auto &e : list) {
            using T = std::remove_cvref_t<decltype(e)>;
            f(e);
            if constexpr (nests<T> || hasChildKind<T>)
                self(self, Kind<T>::children(e));
        }
    };
    forEachKind([&]<class T>() {
        if constexpr (isTopKind<T>)
            walk(walk, Kind<T>::list(plan));
    });
}

/// As forEachInDocument, with each entry's JSON path: f(entry, "/goals/0/subgoals/1").
template<class P, class F> requires Is<P, Plan>
void forEachInDocumentWithPath(P &plan, F &&f)
{
    auto walk = [&](auto &self, auto &list, const QString &path) -> void {
        for (int i = 0; i < list.size(); ++i) {
            auto &e = list[i];
            using T = std::remove_cvref_t<decltype(e)>;
            const QString at = path + '/' + QString::number(i);
            f(e, at);
            if constexpr (nests<T>)
                self(self, Kind<T>::children(e), at + '/' + QLatin1String(Kind<T>::nestedKey));
            if constexpr (hasChildKind<T>)
                self(self, Kind<T>::children(e), at + '/' + QLatin1String(Kind<typename ChildKindOf<T>::type>::key));
        }
    };
    forEachKind([&]<class T>() {
        if constexpr (isTopKind<T>)
            walk(walk, Kind<T>::list(plan), '/' + QLatin1String(Kind<T>::key));
    });
}

// ---------------------------------------------------------------------------
// Links, as declared by the refs(...) calls of fields().

/// Calls f(key, ids, targetTable) for every link list of an entry.
template<class F>
struct LinkVisitor : IgnoreFields {
    F &f;
    explicit LinkVisitor(F &fn) : f(fn) {}
    using IgnoreFields::refs;
    template<class L> void refs(const char *key, L &ids, const char *target) { f(key, ids, target); }
};

template<class T, class F> void forEachLink(T &entity, F &&f)
{
    LinkVisitor<F> v(f);
    fields(v, entity);
}

/// Whether kind T declares a link to entries of the kind with table `target`.
template<class T> bool linksToTable(const char *target)
{
    bool found = false;
    const T blank{};
    forEachLink(blank, [&](const char *, const QList<QUuid> &, const char *t) { found = found || qstrcmp(t, target) == 0; });
    return found;
}

/// Whether an entry links to any of `ids`.
template<class T> bool linksToAny(const T &entity, const QList<QUuid> &ids)
{
    bool found = false;
    forEachLink(entity, [&](const char *, const QList<QUuid> &refs, const char *) {
        for (const QUuid &r : refs)
            found = found || ids.contains(r);
    });
    return found;
}

/// Removes `ids` from every link list of an entry; true when it had any.
template<class T> bool dropLinksTo(T &entity, const QList<QUuid> &ids)
{
    bool dropped = false;
    forEachLink(entity, [&](const char *, QList<QUuid> &refs, const char *) {
        dropped = refs.removeIf([&](const QUuid &r) { return ids.contains(r); }) > 0 || dropped;
    });
    return dropped;
}

/// The ids an entry of kind T takes with it when it goes: itself and its sub-entries.
template<class T> QList<QUuid> idsWithin(const T &entity)
{
    QList<QUuid> ids{entity.id};
    if constexpr (nests<T>)
        for (const T &c : Kind<T>::children(entity))
            ids << idsWithin(c);
    if constexpr (hasChildKind<T>)
        for (const auto &c : Kind<T>::children(entity))
            ids << idsWithin(c);
    return ids;
}

} // namespace planverk
