// libFuzzer target: the SQLite plan loader. The input is a whole .planverk
// file (the seeds are small real plans); opening it read-only and loading it
// may only ever throw PlanError: never crash, hang, leak or run away with
// memory, whatever the bytes. The seeds in corpus/planfile/ are two sample
// plans imported by planverk-cli and made small with the sqlite3 tool:
//   PRAGMA journal_mode = DELETE; PRAGMA page_size = 512; VACUUM; PRAGMA journal_mode = WAL;
#include "model/planerror.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

using namespace planverk;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // Qt's SQL driver wants one
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.planverk"));
    for (const char *companion : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(companion));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            return 0;
    }
    try {
        const auto store = PlanStore::open(path, PlanStore::Mode::ReadOnly);
        store->load();
    } catch (const PlanError &) {
        // refused with a message: fine
    }
    return 0;
}
