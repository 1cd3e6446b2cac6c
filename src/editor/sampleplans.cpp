#include "sampleplans.h"

#include "io/planjson.h"
#include "model/planerror.h"

#include <QDir>

namespace planverk {

const QList<SamplePlan> &samplePlans()
{
    static const QList<SamplePlan> samples = [] {
        const QString folder = QStringLiteral(":/planverk/samples");
        QList<SamplePlan> out;
        for (const QString &f : QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            SamplePlan s{folder + '/' + f, f, {}};
            try {
                const Plan plan = readPlanJsonFile(s.path);
                s.title = plan.info.title;
                s.organisation = plan.info.organisation;
            } catch (const PlanError &) {
            }
            out.append(s);
        }
        return out;
    }();
    return samples;
}

} // namespace planverk
