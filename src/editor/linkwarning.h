// What a delete would cut: the entries that link to an entity or to what
// goes with it (a goal's sub-goals), found through the links the registry
// declares (model/kinds.h) and named in a sentence for the confirmation
// ("Euromontana og Tiltak T1 viser til dette målet.").
#pragma once

#include "model/plandocument.h"

#include <QCoreApplication>
#include <QStringList>

namespace planverk {

class LinkWarning
{
    Q_DECLARE_TR_FUNCTIONS(LinkWarning)
public:
    /// The entries that link to `id` or to its sub-goals: "Mål M1.2", "Tiltak T1" (numbered kinds), a network's name, in document order.
    static QStringList linksTo(const Plan &plan, EntityKind kind, const QUuid &id);
    /// The sentence that names them; empty when nothing links there.
    static QString text(const Plan &plan, EntityKind kind, const QUuid &id);
};

} // namespace planverk
