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
    return !isServerUrl(path) && QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}

PlanReference parsePlanReference(const QString &text)
{
    if (isServerUrl(text)) {
        // URL@NAME: the first '@' after the '?' (a plan name with '@' in it is written %40).
        const qsizetype query = text.indexOf('?');
        const qsizetype at = query < 0 ? -1 : text.indexOf('@', query);
        if (at < 0)
            return {text, std::nullopt};
        return {text.left(at), text.mid(at + 1)};
    }
    if (QFileInfo::exists(text))
        return {text, std::nullopt};
    for (qsizetype at = text.lastIndexOf('@'); at > 0; at = text.lastIndexOf('@', at - 1))
        if (QFileInfo(text.left(at)).isFile())
            return {text.left(at), text.mid(at + 1)};
    return {text, std::nullopt};
}

Plan readPlanFile(const QString &path)
{
    const PlanReference ref = parsePlanReference(path);
    if (!isJsonPath(ref.file)) {
        const auto store = PlanStore::open(ref.file, PlanStore::Mode::ReadOnly);
        return ref.version ? store->readVersion(*ref.version) : store->load();
    }
    if (!ref.version)
        return readPlanWithVersionsJsonFile(ref.file).plan;
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
