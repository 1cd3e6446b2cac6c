#include "io/versionblob.h"

#include "io/planjson.h"
#include "model/planerror.h"

#include <QtEndian>

namespace planverk {

namespace {

// A version's JSON is never larger than this; a blob that says it is
// (a file edited by hand) is refused before anything is allocated.
constexpr quint32 kMaxUnpackedBytes = 512u * 1024 * 1024;

} // namespace

QByteArray packVersionPlan(const Plan &plan)
{
    return qCompress(exportPlanJson(plan));
}

Plan unpackVersionPlan(const QByteArray &blob, const QString &where)
{
    if (blob.size() < 5)
        throw PlanError(where, {}, QStringLiteral("the version's plan is missing (the file is damaged)"));
    const quint32 declared = qFromBigEndian<quint32>(blob.constData());
    if (declared > kMaxUnpackedBytes)
        throw PlanError(where, {}, QStringLiteral("the version's plan says it is %1 bytes, more than the %2 MiB a version may have").arg(declared).arg(kMaxUnpackedBytes >> 20));
    const QByteArray json = qUncompress(blob);
    if (json.isEmpty() || quint32(json.size()) != declared)
        throw PlanError(where, {}, QStringLiteral("the version's plan cannot be unpacked (the file is damaged)"));
    return importPlanJson(json, where);
}

} // namespace planverk
