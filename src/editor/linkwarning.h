// What a delete would cut: the entries that link to an entity (goals to a
// theme; actions and networks to a goal or its sub-goals), named in a
// sentence for the confirmation ("Tiltak 1 og Euromontana viser til dette
// målet.").
#pragma once

#include "model/plandocument.h"

#include <QCoreApplication>
#include <QStringList>

namespace planverk {

class LinkWarning
{
    Q_DECLARE_TR_FUNCTIONS(LinkWarning)
public:
    /// The entries that link to `id` or to its sub-goals: "Tiltak 1", "Mål 1.2", a network's name.
    static QStringList linksTo(const Plan &plan, EntityKind kind, const QUuid &id);
    /// The sentence that names them; empty when nothing links there.
    static QString text(const Plan &plan, EntityKind kind, const QUuid &id);
};

} // namespace planverk
