// Zip containers of office documents (DOCX, ODT), through libzip: written in
// memory, and read with limits, since a template is a file from outside.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace planverk {

/// A zip container built in memory; members keep the order they are added in.
class ZipWriter
{
public:
    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    /// Adds a member, deflated (or stored, e.g. an ODT's "mimetype").
    void add(const QString &name, const QByteArray &bytes, bool store = false);
    /// The whole zip file. Throws PlanError if libzip fails.
    QByteArray finish();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// Limits on a zip read from outside (a zip bomb is refused before it is unpacked).
struct ZipLimits {
    int maxEntries = 2000;
    qint64 maxTotalBytes = 256LL * 1024 * 1024; // unpacked, all members
    qint64 maxRatio = 200;                      // unpacked / packed, for members over 1 MB
};

struct ZipEntry {
    QString name;
    QByteArray bytes;
};

/// Every member of the zip in `bytes`, in order. Throws PlanError naming
/// `fileName` when it is no zip, damaged, or over the limits.
QList<ZipEntry> readZip(const QByteArray &bytes, const QString &fileName, const ZipLimits &limits = {});

} // namespace planverk
