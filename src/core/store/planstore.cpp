#include "store/planstore.h"

#include "store/filestore.h"
#include "store/serverstore.h"

namespace planverk {

PlanStore::~PlanStore() = default;

std::unique_ptr<PlanStore> PlanStore::open(const PlanLocation &location, Mode mode)
{
    if (location.isServer())
        return ServerStore::open(*location.server, mode);
    return FileStore::open(location.file, mode);
}

std::unique_ptr<PlanStore> PlanStore::open(const QString &location, Mode mode)
{
    return open(PlanLocation::parse(location), mode);
}

std::unique_ptr<PlanStore> PlanStore::create(const QString &path)
{
    return FileStore::create(path);
}

std::unique_ptr<PlanStore> PlanStore::createFrom(const QString &path, const Plan &plan, const QList<PlanVersion> &versions)
{
    return FileStore::createFrom(path, plan, versions);
}

} // namespace planverk
