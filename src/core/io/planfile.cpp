#include "io/planfile.h"

#include "io/planjson.h"
#include "io/planlocation.h"
#include "io/versionjson.h"
#include "store/planstore.h"
#include "store/serverstore.h"

#include <QFileInfo>

namespace planverk {

bool isJsonPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}

PlanReference parsePlanReference(const QString &text)
{
    if (isServerUrl(text))
        return {text, std::nullopt};
    if (QFileInfo::exists(text))
        return {text, std::nullopt};
    for (qsizetype at = text.lastIndexOf('@'); at > 0; at = text.lastIndexOf('@', at - 1))
        if (QFileInfo(text.left(at)).isFile())
            return {text.left(at), text.mid(at + 1)};
    return {text, std::nullopt};
}

Plan readPlanFile(const QString &path)
{
    if (isServerUrl(path))
        return ServerStore::open(parseServerUrl(path), ServerStore::Mode::ReadOnly)->load();
    const PlanReference ref = parsePlanReference(path);
    if (!ref.version)
        return isJsonPath(ref.file) ? readPlanWithVersionsJsonFile(ref.file).plan : PlanStore::open(ref.file, PlanStore::Mode::ReadOnly)->load();
    if (!isJsonPath(ref.file))
        return PlanStore::open(ref.file, PlanStore::Mode::ReadOnly)->readVersion(*ref.version);
    PlanWithVersions all = readPlanWithVersionsJsonFile(ref.file);
    QList<VersionInfo> infos;
    for (PlanVersion &v : all.versions) {
        if (v.info.name == *ref.version)
            return std::move(v.plan);
        infos << v.info;
    }
    refuseUnknownVersion(ref.file, *ref.version, infos);
}

PlanWithVersions readPlanFileWithVersions(const QString &path)
{
    if (isServerUrl(path))
        return ServerStore::open(parseServerUrl(path), ServerStore::Mode::ReadOnly)->loadWithVersions();
    if (isJsonPath(path))
        return readPlanWithVersionsJsonFile(path);
    const auto store = PlanStore::open(path, PlanStore::Mode::ReadOnly);
    PlanWithVersions out;
    out.plan = store->load();
    for (const VersionInfo &v : store->versions())
        out.versions.append({v, store->readVersion(v.name)});
    return out;
}

} // namespace planverk
