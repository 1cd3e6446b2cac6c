// A document template: a folder with document.mustache and its partials
// (NAME.mustache). Built-in templates live in the program's resources; a user
// template is any folder with the same structure.
#pragma once

#include "render/mustache.h"

#include <QDir>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace planverk {

class TemplateSet : public mustache::PartialLoader
{
public:
    /// A built-in template name ("standard") or a folder. Throws PlanError.
    static std::unique_ptr<TemplateSet> open(const QString &nameOrFolder);
    static QStringList builtInNames();
    /// The built-in template of the change document "Endringer fra A til B"
    /// (resources/changetemplates/endringer; not one of builtInNames()).
    static std::unique_ptr<TemplateSet> openChanges();
    /// Partials from any folder (NAME.mustache), for trying out templates.
    static std::unique_ptr<TemplateSet> partialsFrom(const QString &folder);

    QString name() const { return m_name; }
    /// The folder the template's files (and images) come from.
    QString folder() const { return m_dir.path(); }
    bool isBuiltIn() const { return m_builtIn; }

    /// Renders document.mustache: missing partials are errors.
    std::string renderDocument(const nlohmann::json &viewModel);

    std::shared_ptr<const mustache::Template> load(const std::string &name) override;

private:
    TemplateSet(QDir dir, QString name, bool builtIn) : m_dir(std::move(dir)), m_name(std::move(name)), m_builtIn(builtIn) {}
    QDir m_dir;
    QString m_name;
    bool m_builtIn;
    std::map<std::string, std::shared_ptr<const mustache::Template>> m_cache;
};

} // namespace planverk
