// The numbers the editor shows for goals and actions: the documents' own
// ("M1.2", "T3"; render/labels.h entryNumber), in the interface's language
// (en: "G1.2", "A3"), so that the navigator, the link lists, the delete
// warning and the follow-up tables number as the printed plan does.
#pragma once

#include "model/plan.h"

#include <QHash>

namespace planverk {

namespace EntryNumbers {

/// "M1", "M1.2": every goal and sub-goal of `plan` by id.
QHash<QUuid, QString> goals(const Plan &plan);
/// "M1.2" for the goal at `place` ("1.2").
QString goal(const QString &place);
/// "T3" for the action at index 2.
QString action(qsizetype index);

} // namespace EntryNumbers

} // namespace planverk
