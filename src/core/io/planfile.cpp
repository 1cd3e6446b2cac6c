#include "io/planfile.h"

#include "io/planjson.h"
#include "model/planerror.h"
#include "store/planstore.h"

#include <QFileInfo>
#include <QSaveFile>

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

void writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw PlanError(path, {}, QStringLiteral("cannot be written: %1").arg(f.errorString()));
    if (f.write(bytes) != bytes.size()) {
        const QString why = f.errorString();
        f.cancelWriting();
        throw PlanError(path, {}, QStringLiteral("could not be written completely: %1").arg(why));
    }
    if (!f.commit())
        throw PlanError(path, {}, QStringLiteral("could not be saved: %1").arg(f.errorString()));
}

} // namespace planverk
