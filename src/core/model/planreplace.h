// Find and replace over the whole plan: the titles and texts of every entity
// and of the plan's own settings (every text and Markdown field; codes, dates,
// numbers and links are not text). Matches are in document order: the plan's
// settings first, then sections, goals and sub-goals, themes, … as the
// navigator lists them.
#pragma once

#include "model/plandocument.h"

#include <optional>

namespace planverk {

/// One occurrence of the text searched for.
struct TextMatch {
    std::optional<EntityKind> kind; // empty: the plan's settings
    QUuid id;                       // null for the plan's settings
    QString field;                  // the field's key: "title", "description" …
    int entity = 0;                 // place of the entity in document order (0: the plan's settings)
    int fieldIndex = 0;             // place of the field among the entity's fields
    int start = 0;                  // where the match starts in the field's text
    int length = 0;
    int occurrence = 0;             // how many matches come before it in the same field

    /// Whether this match comes before `other` in the document.
    bool before(const TextMatch &other) const;
};

/// Every occurrence of `needle` in the plan, not overlapping, in document order.
QList<TextMatch> findText(const Plan &plan, const QString &needle, Qt::CaseSensitivity cs);

/// A plan with text replaced, and what changed in it.
struct Replacement {
    Plan plan;
    int count = 0;                                   // occurrences replaced
    bool info = false;                               // the plan's settings changed
    QList<std::pair<EntityKind, QUuid>> entities;    // the entities that changed, in document order
};

/// Every occurrence of `needle` replaced by `with`.
Replacement replaceAll(const Plan &plan, const QString &needle, const QString &with, Qt::CaseSensitivity cs);

/// The one occurrence `match` replaced by `with`; count 0 when the plan no
/// longer has that text at that place.
Replacement replaceOne(const Plan &plan, const TextMatch &match, const QString &needle, const QString &with, Qt::CaseSensitivity cs);

} // namespace planverk
