#include "io/ziparchive.h"

#include "model/planerror.h"

#include <zip.h>

#include <deque>

namespace planverk {

namespace {

PlanError zipError(const QString &file, const QString &what) { return PlanError(file, {}, what); }

QString libzipMessage(zip_error_t *error)
{
    const QString m = QString::fromUtf8(zip_error_strerror(error));
    zip_error_fini(error);
    return m;
}

} // namespace

struct ZipWriter::Impl {
    zip_source_t *buffer = nullptr;
    zip_t *zip = nullptr;
    std::deque<QByteArray> members; // libzip reads them when the zip is closed
};

ZipWriter::ZipWriter() : d(std::make_unique<Impl>())
{
    zip_error_t error;
    zip_error_init(&error);
    d->buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!d->buffer)
        throw zipError({}, QStringLiteral("cannot make a zip file: %1").arg(libzipMessage(&error)));
    zip_source_keep(d->buffer);
    d->zip = zip_open_from_source(d->buffer, ZIP_TRUNCATE, &error);
    if (!d->zip) {
        zip_source_free(d->buffer);
        throw zipError({}, QStringLiteral("cannot make a zip file: %1").arg(libzipMessage(&error)));
    }
}

ZipWriter::~ZipWriter()
{
    if (d->zip)
        zip_discard(d->zip);
    if (d->buffer)
        zip_source_free(d->buffer);
}

void ZipWriter::add(const QString &name, const QByteArray &bytes, bool store)
{
    d->members.push_back(bytes);
    const QByteArray &kept = d->members.back();
    zip_source_t *source = zip_source_buffer(d->zip, kept.constData(), zip_uint64_t(kept.size()), 0);
    if (!source)
        throw zipError({}, QStringLiteral("cannot add %1 to the zip file").arg(name));
    const zip_int64_t index = zip_file_add(d->zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        throw zipError({}, QStringLiteral("cannot add %1 to the zip file: %2").arg(name, QString::fromUtf8(zip_strerror(d->zip))));
    }
    // The fastest level: libzip's default is zlib's best (level 9), which
    // packed the synthetic plan's 7 MB document.xml into 178 KB at five times
    // the cost of level 1's 244 KB (level 6: 191 KB at twice the cost).
    // Office XML is repetitive enough for any level.
    zip_set_file_compression(d->zip, zip_uint64_t(index), store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 1);
    zip_file_set_mtime(d->zip, zip_uint64_t(index), 312768000, 0); // 1980: the same bytes for the same plan
}

QByteArray ZipWriter::finish()
{
    if (zip_close(d->zip) != 0)
        throw zipError({}, QStringLiteral("cannot write the zip file: %1").arg(QString::fromUtf8(zip_strerror(d->zip))));
    d->zip = nullptr;
    d->members.clear();
    QByteArray out;
    zip_stat_t st;
    if (zip_source_open(d->buffer) != 0)
        throw zipError({}, QStringLiteral("cannot read the zip file back"));
    if (zip_source_stat(d->buffer, &st) == 0 && (st.valid & ZIP_STAT_SIZE))
        out.reserve(qsizetype(st.size));
    char chunk[65536];
    zip_int64_t n;
    while ((n = zip_source_read(d->buffer, chunk, sizeof chunk)) > 0)
        out.append(chunk, qsizetype(n));
    zip_source_close(d->buffer);
    if (n < 0)
        throw zipError({}, QStringLiteral("cannot read the zip file back"));
    return out;
}

QList<ZipEntry> readZip(const QByteArray &bytes, const QString &fileName, const ZipLimits &limits)
{
    if (!bytes.startsWith("PK\x03\x04"))
        throw zipError(fileName, QStringLiteral("is not a Word or OpenDocument file (not a zip container)"));
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source)
        throw zipError(fileName, QStringLiteral("cannot be read: %1").arg(libzipMessage(&error)));
    zip_t *zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!zip) {
        zip_source_free(source);
        throw zipError(fileName, QStringLiteral("is a damaged zip file: %1").arg(libzipMessage(&error)));
    }
    struct Closer {
        zip_t *z;
        ~Closer() { zip_discard(z); }
    } closer{zip};
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    if (count < 0 || count > limits.maxEntries)
        throw zipError(fileName, QStringLiteral("has %1 members, more than the %2 a document template may have").arg(count).arg(limits.maxEntries));
    // The sizes first, from the central directory: a bomb is refused before anything is unpacked.
    qint64 total = 0;
    QList<zip_stat_t> stats;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        if (zip_stat_index(zip, zip_uint64_t(i), 0, &st) != 0)
            throw zipError(fileName, QStringLiteral("is a damaged zip file: member %1 cannot be read").arg(i + 1));
        total += qint64(st.size);
        if (total > limits.maxTotalBytes)
            throw zipError(fileName, QStringLiteral("unpacks to more than %L1 MB: refused as a zip bomb").arg(limits.maxTotalBytes / (1024 * 1024)));
        if (st.size > 1024 * 1024 && st.size > zip_uint64_t(limits.maxRatio) * std::max<zip_uint64_t>(st.comp_size, 1))
            throw zipError(fileName, QStringLiteral("member %1 unpacks to %2 times its packed size: refused as a zip bomb")
                                         .arg(QString::fromUtf8(st.name))
                                         .arg(st.size / std::max<zip_uint64_t>(st.comp_size, 1)));
        stats.append(st);
    }
    QList<ZipEntry> entries;
    for (const zip_stat_t &st : std::as_const(stats)) {
        const QString name = QString::fromUtf8(st.name);
        zip_file_t *f = zip_fopen_index(zip, st.index, 0);
        if (!f)
            throw zipError(fileName, QStringLiteral("is a damaged zip file: %1 cannot be unpacked (%2)").arg(name, QString::fromUtf8(zip_strerror(zip))));
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        zip_int64_t got = 0;
        while (got < zip_int64_t(st.size)) {
            const zip_int64_t n = zip_fread(f, data.data() + got, st.size - zip_uint64_t(got));
            if (n <= 0)
                break;
            got += n;
        }
        char extra;
        const bool more = zip_fread(f, &extra, 1) > 0; // longer than the directory says: not trusted
        const bool failed = got != zip_int64_t(st.size) || more;
        const QString why = QString::fromUtf8(zip_file_strerror(f));
        zip_fclose(f);
        if (failed)
            throw zipError(fileName, QStringLiteral("is a damaged zip file: %1 cannot be unpacked (%2)").arg(name, why));
        entries.append({name, data});
    }
    return entries;
}

} // namespace planverk
