// The sample plans shipped inside the editor (data/*.json, compiled into the
// resources): the File ▸ New plan menu and the start page offer them.
#pragma once

#include <QList>
#include <QString>

namespace planverk {

struct SamplePlan {
    QString path;  // in the resources, for readPlanJsonFile
    QString title; // the plan's own title (the file name if it cannot be read)
    QString organisation;
};

/// Every sample, by file name; read once.
const QList<SamplePlan> &samplePlans();

} // namespace planverk
