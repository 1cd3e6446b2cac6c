// What changed between two plans (A, the older; B, the newer): entities
// matched by their ids — added, removed, moved (reordered among their
// siblings, or to another parent), and their fields changed — and the
// plan's own facts and pictures. Texts are compared word by word; links
// are given by the titles they point to. Pure data: the CLI, the editor's
// comparison view and the "Endringer" document present it.
#pragma once

#include "model/plan.h"
#include "model/worddiff.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace planverk {

struct FieldChange {
    enum class Type { Text, Markdown, Code, Date, Integer, Amount, Refs, Sdgs, Colour, Picture };
    QString key; // as in fields(): "title", "description", "themes"; "logo", "coverImage" for pictures
    Type type = Type::Text;
    QString before, after;   // the values as text: a code, an ISO date, a number, titles joined by "; "
    QList<TextPiece> words;  // Text and Markdown: word by word
    QStringList removed;     // Refs: the titles no longer linked; Sdgs: the numbers
    QStringList added;       // Refs: the titles newly linked; Sdgs: the numbers
};

struct EntityChange {
    QString kind;          // Kind<T>::table: "section", "goal", "theme", …, "amendment"
    QUuid id;
    QString title;         // its name in B (in A when removed)
    QList<int> place;      // where it is in B (A when removed), 1-based: goal 1.2 → {1, 2}, action 3 → {3}
    QList<int> oldPlace;   // where it was in A (empty when added)
    bool added = false;
    bool removed = false;
    bool reordered = false;    // among the same siblings
    bool reparented = false;   // under another parent (a sub-goal to another goal, a section into another)
    QString oldParent, newParent; // the parents' titles when reparented ("" for the top level)
    QUuid newParentId;         // the parent in B (null at the top level)
    QList<FieldChange> fields; // changed fields (none when added or removed)

    bool moved() const { return reordered || reparented; }
};

struct PlanDiff {
    QList<FieldChange> info;         // the plan's facts (fields(PlanInfo)) and pictures
    QList<EntityChange> entities;    // in document order: by kind, then as in B

    bool isEmpty() const { return info.isEmpty() && entities.isEmpty(); }
};

/// What changed from `a` to `b`.
PlanDiff diffPlans(const Plan &a, const Plan &b);

/// The kinds in the order of the document, as EntityChange::kind names them.
QStringList diffKinds();

} // namespace planverk
