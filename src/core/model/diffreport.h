// A change list as plain text (the CLI's `diff` without -o, and golden
// tests): the counts first, then one entry per change in document order,
// texts marked word by word as "[-deleted-]{+inserted+}".
#pragma once

#include "model/plandiff.h"

#include <QMap>
#include <QString>

namespace planverk {

struct ChangeCounts {
    int added = 0, removed = 0, moved = 0, changed = 0;
    int total() const { return added + removed + moved + changed; }
};

/// Per kind (EntityChange::kind), in the order of diffKinds(); only kinds with changes.
QList<QPair<QString, ChangeCounts>> countChanges(const PlanDiff &diff);

/// "3 added, 1 removed, 2 moved, 4 changed" and a line per kind, then the changes.
QString diffReport(const PlanDiff &diff);

/// "1.2" from {1, 2}.
QString placeText(const QList<int> &place);

} // namespace planverk
