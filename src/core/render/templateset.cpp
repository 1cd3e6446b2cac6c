#include "render/templateset.h"

#include "model/planerror.h"

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
    // Partials come only from this folder: no paths, no "..".
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$"));
    const QString qname = QString::fromStdString(name);
    if (!valid.match(qname).hasMatch())
        return nullptr;
    QFile f(m_dir.filePath(qname + QStringLiteral(".mustache")));
    if (!f.exists())
        return nullptr;
    const QString shown = m_builtIn ? m_name + '/' + f.fileName().section('/', -1) : f.fileName();
    if (!f.open(QIODevice::ReadOnly))
        throw PlanError(shown, {}, QStringLiteral("cannot be read: %1").arg(f.errorString()));
    const QByteArray source = f.readAll();
    auto t = mustache::Template::compile(std::string_view(source.constData(), size_t(source.size())), shown.toStdString());
    m_cache.emplace(name, t);
    return t;
}

std::string TemplateSet::renderDocument(const nlohmann::json &viewModel)
{
    const auto doc = load("document");
    if (!doc)
        throw PlanError(folder(), {}, QStringLiteral("has no document.mustache"));
    mustache::RenderOptions options;
    options.missingPartialIsError = true;
    return doc->render(viewModel, this, options);
}

} // namespace planverk
