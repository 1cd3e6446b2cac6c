// The plan's own rules: what `planverk-cli check` and the editor's problems
// list report. A finding names its place as a JSON path into the plan's JSON
// form (the same paths import errors use) and the entity it is about.
#pragma once

#include "model/plan.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace planverk {

struct Finding {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString path;   // e.g. "/goals/0/subgoals/2/title"
    QUuid entity;   // null for the plan's settings
    QString message;

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Finding &) const = default;
};

QList<Finding> checkPlan(const Plan &plan);

} // namespace planverk
