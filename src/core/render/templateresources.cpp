#include "render/templateresources.h"

#include "model/plan.h"
#include "model/planerror.h"
#include "render/folderpath.h"
#include "render/imagedecoder.h"
#include "render/templateset.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace planverk {

namespace {

QString referenceOf(const QUrl &url) { return url.toString(); }

QString shortened(const QString &s) { return s.size() > 100 ? s.left(100) + QStringLiteral("…") : s; }

QImage blank()
{
    QImage image(1, 1, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    return image;
}

// The file a reference names, or why not. Only plain paths and file: URLs name files.
FolderPath fileOf(const QString &folder, const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    QString path;
    if (scheme.isEmpty())
        path = url.path();
    else if (scheme == QLatin1String("file"))
        path = url.toLocalFile();
    else if (scheme == QLatin1String("qrc"))
        return {{}, QStringLiteral("is one of the program's own resources, not a file in the template folder")};
    else
        return {{}, QStringLiteral("is not a file in the template folder ('%1:'): rendering loads nothing over the network").arg(scheme)};
    if (folder.isEmpty())
        return {{}, QStringLiteral("is not part of the template: a built-in template has no files to show")};
    return resolveInFolder(folder, path);
}

// The bytes of a data: URI ("data:[type][;base64],payload").
QByteArray dataOf(const QUrl &url)
{
    const QByteArray all = url.toEncoded();
    const qsizetype comma = all.indexOf(',');
    if (comma < 0)
        return {};
    const QByteArray meta = all.mid(5, comma - 5);
    const QByteArray payload = QByteArray::fromPercentEncoding(all.mid(comma + 1));
    return meta.endsWith(";base64") ? QByteArray::fromBase64(payload) : payload;
}

QByteArray readCapped(const QString &path, qint64 cap, QString *why)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("cannot be read: %1").arg(f.errorString());
        return {};
    }
    // Asked for its size first: read(cap + 1) would set aside the whole cap for every small file.
    const QByteArray bytes = f.size() > cap ? QByteArray() : f.read(f.size() + 1);
    if (f.size() > cap || bytes.size() > cap)
        *why = QStringLiteral("is larger than %1 MB").arg(cap / (1024 * 1024));
    return bytes;
}

// Where the template writes `reference`: its file, and "line:column" there.
std::pair<QString, QString> whereWritten(const QString &folder, const QString &reference)
{
    const QByteArray needle = reference.toUtf8();
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.mustache"), QStringLiteral("*.css")}, QDir::Files, QDir::Name)) {
        const FolderPath file = resolveInFolder(folder, name);
        if (file.path.isEmpty())
            continue;
        QString ignored;
        const QByteArray text = readCapped(file.path, 16 * 1024 * 1024, &ignored);
        const qsizetype at = text.indexOf(needle);
        if (at < 0)
            continue;
        const qsizetype lineStart = text.lastIndexOf('\n', at) + 1;
        const qsizetype line = text.left(at).count('\n') + 1;
        const qsizetype column = QString::fromUtf8(text.mid(lineStart, at - lineStart)).size() + 1;
        return {dir.filePath(name), QStringLiteral("%1:%2").arg(line).arg(column)};
    }
    return {folder, {}};
}

} // namespace

TemplateResources::TemplateResources(QString folder, QString templateName)
    : m_folder(std::move(folder)), m_templateName(std::move(templateName))
{}

std::shared_ptr<TemplateResources> TemplateResources::of(const TemplateSet &templates)
{
    return std::make_shared<TemplateResources>(templates.isBuiltIn() ? QString() : templates.folder(), templates.name());
}

QString TemplateResources::planPictureUrl(PictureRole role, const Picture &picture)
{
    const QByteArray hash = QCryptographicHash::hash(picture.data, QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("planimage:%1/%2").arg(role == PictureRole::Logo ? QLatin1String("logo") : QLatin1String("cover"), QLatin1String(hash));
}

void TemplateResources::setPlanPictures(const PlanInfo &info)
{
    std::lock_guard lock(m_mutex);
    m_planPictures.clear();
    for (PictureRole role : {PictureRole::Logo, PictureRole::Cover})
        if (!info.picture(role).isEmpty())
            m_planPictures.insert(planPictureUrl(role, info.picture(role)), info.picture(role).data);
    // Pictures the plan no longer has leave the cache (the editor's preview lives long).
    for (auto it = m_images.begin(); it != m_images.end();) {
        if (it.key().scheme() == QLatin1String("planimage") && !m_planPictures.contains(it.key().toString()))
            it = m_images.erase(it);
        else
            ++it;
    }
}

TemplateResources::Loaded TemplateResources::loadImage(const QUrl &url) const
{
    QByteArray bytes;
    if (url.scheme().compare(QLatin1String("planimage"), Qt::CaseInsensitive) == 0) {
        {
            std::lock_guard lock(m_mutex);
            bytes = m_planPictures.value(url.toString());
        }
        if (bytes.isEmpty())
            return {{}, {}, QStringLiteral("is not a picture of this plan")};
    } else if (url.scheme().compare(QLatin1String("data"), Qt::CaseInsensitive) == 0) {
        bytes = dataOf(url);
    } else {
        const FolderPath file = fileOf(m_folder, url);
        if (file.path.isEmpty())
            return {{}, {}, file.refusal};
        QString why;
        bytes = readCapped(file.path, kMaxImageBytes, &why);
        if (!why.isEmpty())
            return {{}, {}, why};
    }
    DecodedImage decoded = decodeImage(bytes);
    if (decoded.image.isNull())
        return {{}, {}, decoded.refusal};
    return {decoded.image, {}, {}};
}

TemplateResources::Loaded TemplateResources::loadStyleSheet(const QUrl &url) const
{
    const FolderPath file = fileOf(m_folder, url);
    if (file.path.isEmpty())
        return {{}, {}, file.refusal};
    QString why;
    const QByteArray bytes = readCapped(file.path, kMaxStyleSheetBytes, &why);
    if (!why.isEmpty())
        return {{}, {}, why};
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (utf8.hasError() || text.contains(QChar(0)))
        return {{}, {}, QStringLiteral("is not UTF-8 text")};
    return {{}, text, {}};
}

void TemplateResources::refuse(const QString &what, const QUrl &url, const QString &reason)
{
    const Refusal r{what, shortened(referenceOf(url)), reason};
    for (const Refusal &known : std::as_const(m_refusals))
        if (known.what == r.what && known.reference == r.reference)
            return;
    m_refusals.append(r);
}

QImage TemplateResources::image(const QUrl &url)
{
    std::unique_lock lock(m_mutex);
    auto it = m_images.find(url);
    if (it == m_images.end()) {
        lock.unlock(); // decoding may take a while; two threads may both decode, the first one stays
        Loaded loaded = loadImage(url);
        lock.lock();
        it = m_images.find(url);
        if (it == m_images.end())
            it = m_images.insert(url, std::move(loaded));
    }
    if (!it->refusal.isEmpty()) {
        refuse(QStringLiteral("image"), url, it->refusal);
        return blank();
    }
    return it->image;
}

QString TemplateResources::styleSheet(const QUrl &url)
{
    std::lock_guard lock(m_mutex);
    auto it = m_styleSheets.find(url);
    if (it == m_styleSheets.end())
        it = m_styleSheets.insert(url, loadStyleSheet(url));
    if (!it->refusal.isEmpty()) {
        refuse(QStringLiteral("style sheet"), url, it->refusal);
        return QStringLiteral(""); // not null: Qt would ask a default resource provider
    }
    return it->styleSheet;
}

QList<TemplateResources::Refusal> TemplateResources::refusals() const
{
    std::lock_guard lock(m_mutex);
    return m_refusals;
}

void TemplateResources::throwIfRefused()
{
    Refusal first;
    {
        std::lock_guard lock(m_mutex);
        if (m_refusals.isEmpty())
            return;
        first = m_refusals.first();
        m_refusals.clear();
    }
    const auto [file, place] = m_folder.isEmpty() ? std::pair<QString, QString>(m_templateName, {}) : whereWritten(m_folder, first.reference);
    throw PlanError(file, place, QStringLiteral("%1 '%2' %3").arg(first.what, first.reference, first.reason));
}

} // namespace planverk
