#include "render/templateset.h"

#include "model/planerror.h"
#include "render/folderpath.h"

#include <QFile>
#include <QRegularExpression>

namespace planverk {

namespace {
const QString kBuiltInRoot = QStringLiteral(":/planverk/templates");
}

QStringList TemplateSet::builtInNames()
{
    return QDir(kBuiltInRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

std::unique_ptr<TemplateSet> TemplateSet::open(const QString &nameOrFolder)
{
    if (builtInNames().contains(nameOrFolder))
        return std::unique_ptr<TemplateSet>(new TemplateSet(QDir(kBuiltInRoot + '/' + nameOrFolder), nameOrFolder, true));
    const QDir dir(nameOrFolder);
    if (!dir.exists()) {
        throw PlanError(nameOrFolder, {}, QStringLiteral("is neither a built-in template (%1) nor a folder")
                                                .arg(builtInNames().join(QStringLiteral(", "))));
    }
    if (!QFile::exists(dir.filePath(QStringLiteral("document.mustache"))))
        throw PlanError(nameOrFolder, {}, QStringLiteral("is not a template folder: it has no document.mustache"));
    return std::unique_ptr<TemplateSet>(new TemplateSet(dir, dir.dirName(), false));
}

std::unique_ptr<TemplateSet> TemplateSet::openChanges()
{
    return std::unique_ptr<TemplateSet>(new TemplateSet(QDir(QStringLiteral(":/planverk/changetemplates/endringer")), QStringLiteral("endringer"), true));
}

std::unique_ptr<TemplateSet> TemplateSet::partialsFrom(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        throw PlanError(folder, {}, QStringLiteral("no such folder"));
    return std::unique_ptr<TemplateSet>(new TemplateSet(dir, dir.dirName(), false));
}

std::shared_ptr<const mustache::Template> TemplateSet::load(const std::string &name)
{
    if (auto it = m_cache.find(name); it != m_cache.end())
        return it->second;
    // Partials come only from this folder: no paths, no "..", no links out.
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$"));
    const QString qname = QString::fromStdString(name);
    if (!valid.match(qname).hasMatch())
        throw mustache::PartialRefused("is not a partial in the template folder: a partial is NAME.mustache beside document.mustache, "
                                       "its NAME made of letters, digits, '-' and '_'");
    const QString fileName = qname + QStringLiteral(".mustache");
    QString path = m_dir.filePath(fileName);
    if (!m_builtIn) {
        const FolderPath file = resolveInFolder(m_dir.path(), fileName);
        if (file.missing)
            return nullptr;
        if (file.path.isEmpty())
            throw mustache::PartialRefused(QStringLiteral("(%1) %2").arg(fileName, file.refusal).toStdString());
        path = file.path;
    } else if (!QFile::exists(path)) {
        return nullptr;
    }
    QFile f(path);
    const QString shown = m_builtIn ? m_name + '/' + fileName : m_dir.filePath(fileName);
    if (!f.open(QIODevice::ReadOnly))
        throw PlanError(shown, {}, QStringLiteral("cannot be read: %1").arg(f.errorString()));
    const QByteArray source = f.readAll();
    auto t = mustache::Template::compile(std::string_view(source.constData(), size_t(source.size())), shown.toStdString());
    m_cache.emplace(name, t);
    return t;
}

std::string TemplateSet::renderDocument(const nlohmann::json &viewModel)
{
    std::shared_ptr<const mustache::Template> doc;
    try {
        doc = load("document");
    } catch (const mustache::PartialRefused &refused) {
        throw PlanError(m_dir.filePath(QStringLiteral("document.mustache")), {}, QString::fromUtf8(refused.what()));
    }
    if (!doc)
        throw PlanError(folder(), {}, QStringLiteral("has no document.mustache"));
    mustache::RenderOptions options;
    options.missingPartialIsError = true;
    return doc->render(viewModel, this, options);
}

} // namespace planverk
