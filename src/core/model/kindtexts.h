// The registry's texts for sentences and the document, beside Kind<T>
// (kinds.h), and the helpers that name entries by them. For every kind T in
// AllKinds, KindTexts<T> gives:
//   thisEntry        "this goal": what a sentence about one entry calls it
//                    (the delete warning: "Tiltak T1 viser til dette målet.")
//   thisEntryOrBelow "this goal or its sub-goals" (nesting kinds only)
//   numbered         entries are named by the kind's label and their number
//                    ("Mål M1.2", "Tiltak T3"; the number as render/labels.h entryNumber makes it), as the navigator and the change
//                    document show them; the others by their first text
//   chapterTitle     the key (render/labels.cpp) of its chapter's title: the
//                    view model makes a chapter, in AllKinds order, of every
//                    top-level kind that has one (nullptr: sections, each a
//                    chapter of its own; amendments, in their processing step's)
// The texts are untranslated (context planverk::PlanEditor, as the labels in
// kinds.h); tests/unit/test_registry.cpp checks that every kind has them and
// their Bokmål and Nynorsk.
#pragma once

#include "model/plan.h"

namespace planverk {

template<class T> struct KindTexts;
template<class T> struct KindTexts<const T> : KindTexts<T> {};

template<> struct KindTexts<Section> {
    static constexpr const char *thisEntry = QT_TRANSLATE_NOOP("planverk::PlanEditor", "this section");
    static constexpr const char *thisEntryOrBelow = QT_TRANSLATE_NOOP("planverk::PlanEditor", "this section or its sub-sections");
    static constexpr bool numbered = false;
    static constexpr const char *chapterTitle = nullptr;
};
template<> struct KindTexts<Goal> {
    static constexpr const char *thisEntry = QT_TRANSLATE_NOOP("planverk::PlanEditor", "this goal");
    static constexpr const char *thisEntryOrBelow = QT_TRANSLATE_NOOP("planverk::PlanEditor", "this goal or its sub-goals");
    static constexpr bool numbered = true;
    static constexpr const char *chapterTitle = "goals";
};
template<> struct KindTexts<Theme> {
    static constexpr const char *thisEntry = QT_TRANSLATE_NOOP("planverk::PlanEditor", "this theme");
    static constexpr bool numbered = false;
    static constexpr const char *chapterTitle = "themes";
};
template<> struct KindTexts<Instrument> {
    static constexpr const char *thisEntry = QT_TRANSLATE_NOOP("planverk::PlanEditor", "this instrument");
    static constexpr bool numbered = false;
    static constexpr const char *chapterTitle = "instruments";
};
template<> struct KindTexts<Membership> {
    static constexpr const char *thisEntry = QT_TRANSLATE_NOOP("planverk::PlanEditor", "this membership");
    static constexpr bool numbered = false;
    static constexpr const char *chapterTitle = "memberships";
};
template<> struct KindTexts<Partnership> {
    static constexpr const char *thisEntry = QT_TRANSLATE_NOOP("planverk::PlanEditor", "this partnership");
    static constexpr bool numbered = false;
    static constexpr const char *chapterTitle = "partnerships";
};
template<> struct KindTexts<Action> {
    static constexpr const char *thisEntry = QT_TRANSLATE_NOOP("planverk::PlanEditor", "this action");
    static constexpr bool numbered = true;
    static constexpr const char *chapterTitle = "actionPlan";
};
template<> struct KindTexts<Processing> {
    static constexpr const char *thisEntry = QT_TRANSLATE_NOOP("planverk::PlanEditor", "this processing step");
    static constexpr bool numbered = false;
    static constexpr const char *chapterTitle = "processing";
};
template<> struct KindTexts<Amendment> {
    static constexpr const char *thisEntry = QT_TRANSLATE_NOOP("planverk::PlanEditor", "this amendment");
    static constexpr bool numbered = false;
    static constexpr const char *chapterTitle = nullptr;
};
template<> struct KindTexts<Contact> {
    static constexpr const char *thisEntry = QT_TRANSLATE_NOOP("planverk::PlanEditor", "this contact");
    static constexpr bool numbered = false;
    static constexpr const char *chapterTitle = "contacts";
};
template<> struct KindTexts<Reference> {
    static constexpr const char *thisEntry = QT_TRANSLATE_NOOP("planverk::PlanEditor", "this reference");
    static constexpr bool numbered = false;
    static constexpr const char *chapterTitle = "references";
};

/// Entries of T are named by their number ("Mål 1.2"), not their title.
template<class T> inline constexpr bool isNumbered = KindTexts<T>::numbered;

/// The first text field of an entry that is not blank (a membership without a
/// name: its acronym); empty when all are.
template<class T> QString firstTextOf(const T &entity)
{
    struct Visitor : IgnoreFields {
        QString found;
        using IgnoreFields::text;
        void text(const char *, const QString &s)
        {
            if (found.isEmpty() && !s.trimmed().isEmpty())
                found = s;
        }
    } v;
    fields(v, entity);
    return v.found;
}

/// The key of a kind's first text field, the one that names its entries
/// ("title", "name", "partner", "body", "proposers").
template<class T> const char *firstTextKey()
{
    struct Visitor : IgnoreFields {
        const char *key = nullptr;
        using IgnoreFields::text;
        void text(const char *k, const QString &)
        {
            if (!key)
                key = k;
        }
    } v;
    const T blank{};
    fields(v, blank);
    return v.key;
}

/// As forEachEntry (kinds.h), with each entry's number: f(entry, "1.2") for
/// the second sub-entry of the first entry (a child kind's entry: its
/// parent's number, a dot, its own place).
template<class T, class P, class F> requires Is<P, Plan>
void forEachEntryNumbered(P &plan, F &&f)
{
    auto walk = [&](auto &self, auto &list, const QString &prefix) -> void {
        for (int i = 0; i < list.size(); ++i) {
            const QString number = prefix + QString::number(i + 1);
            f(list[i], number);
            if constexpr (nests<T>)
                self(self, Kind<T>::children(list[i]), number + '.');
        }
    };
    if constexpr (isTopKind<T>) {
        walk(walk, Kind<T>::list(plan), QString());
    } else {
        using Parent = typename Kind<T>::Parent;
        forEachEntryNumbered<Parent>(plan, [&](auto &parent, const QString &number) { walk(walk, Kind<Parent>::children(parent), number + '.'); });
    }
}

} // namespace planverk
