#include "io/planfile.h"

#include "io/planjson.h"
#include "store/planstore.h"

#include <QFileInfo>

namespace planverk {

bool isJsonPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}

Plan readPlanFile(const QString &path)
{
    if (isJsonPath(path))
        return readPlanJsonFile(path);
    return PlanStore::open(path, PlanStore::Mode::ReadOnly)->load();
}

} // namespace planverk
