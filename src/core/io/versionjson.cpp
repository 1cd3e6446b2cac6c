#include "io/versionjson.h"

#include "io/planjson.h"
#include "model/planerror.h"

#include <QFile>
#include <QHash>

#include <nlohmann/json.hpp>

namespace planverk {

namespace {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

ojson parsedExport(const Plan &plan)
{
    const QByteArray bytes = exportPlanJson(plan);
    return ojson::parse(bytes.constBegin(), bytes.constEnd());
}

QString typeOf(const json &j)
{
    if (j.is_string())
        return QStringLiteral("a string");
    if (j.is_object())
        return QStringLiteral("an object");
    if (j.is_array())
        return QStringLiteral("an array");
    if (j.is_null())
        return QStringLiteral("null");
    return j.is_boolean() ? QStringLiteral("a boolean") : QStringLiteral("a number");
}

struct VersionReader {
    const QString &file;
    const json &o;
    QString path;

    [[noreturn]] void fail(const QString &at, const QString &message) const { throw PlanError(file, at, message); }

    QString text(const char *key, bool required) const
    {
        const QString at = path + '/' + QString::fromLatin1(key);
        const auto it = o.find(key);
        if (it == o.end()) {
            if (required)
                fail(at, QStringLiteral("missing"));
            return {};
        }
        if (!it->is_string())
            fail(at, QStringLiteral("expected a string, found %1").arg(typeOf(*it)));
        return QString::fromStdString(it->get<std::string>());
    }
};

PlanVersion readVersion(const QString &file, const json &j, const QString &path)
{
    if (!j.is_object())
        throw PlanError(file, path, QStringLiteral("expected an object with a version's name, created, status, note and plan, found %1").arg(typeOf(j)));
    for (auto it = j.begin(); it != j.end(); ++it) {
        static const QStringList known{"name", "created", "status", "note", "plan"};
        if (!known.contains(QString::fromStdString(it.key())))
            throw PlanError(file, path + '/' + QString::fromStdString(it.key()), QStringLiteral("unknown field"));
    }
    const VersionReader r{file, j, path};
    PlanVersion v;
    v.info.name = r.text("name", true);
    const QString nameProblem = versionNameProblem(v.info.name);
    if (!nameProblem.isEmpty())
        r.fail(path + QStringLiteral("/name"), nameProblem);
    const QString created = r.text("created", true);
    v.info.created = versionTimeFromText(created);
    if (!v.info.created.isValid())
        r.fail(path + QStringLiteral("/created"), QStringLiteral("\"%1\" is not a time of the form YYYY-MM-DDTHH:MM:SSZ (UTC)").arg(created.left(40)));
    v.info.status = r.text("status", false);
    v.info.note = r.text("note", false);
    const auto plan = j.find("plan");
    const QString planPath = path + QStringLiteral("/plan");
    if (plan == j.end())
        r.fail(planPath, QStringLiteral("missing: the version's plan"));
    if (!plan->is_object())
        r.fail(planPath, QStringLiteral("expected a plan document, found %1").arg(typeOf(*plan)));
    if (plan->contains("versions"))
        r.fail(planPath + QStringLiteral("/versions"), QStringLiteral("a version has no versions of its own"));
    try {
        v.plan = importPlanJsonValue(*plan, file);
    } catch (const PlanError &e) {
        if (e.file() != file)
            throw;
        throw PlanError(file, e.place().startsWith('/') ? planPath + e.place() : planPath, e.message());
    }
    if (v.info.status.isEmpty())
        v.info.status = v.plan.info.status;
    else if (v.info.status != v.plan.info.status)
        r.fail(path + QStringLiteral("/status"), QStringLiteral("\"%1\" is not the status of the version's plan (\"%2\")").arg(v.info.status.left(40), v.plan.info.status));
    return v;
}

} // namespace

QByteArray exportPlanWithVersionsJson(const PlanWithVersions &plan)
{
    if (plan.versions.isEmpty())
        return exportPlanJson(plan.plan);
    ojson root = parsedExport(plan.plan);
    ojson list = ojson::array();
    for (const PlanVersion &v : plan.versions) {
        ojson o = ojson::object();
        o["name"] = v.info.name.toStdString();
        o["created"] = versionTimeText(v.info.created).toStdString();
        o["status"] = v.info.status.toStdString();
        o["note"] = v.info.note.toStdString();
        o["plan"] = parsedExport(v.plan);
        list.push_back(std::move(o));
    }
    root["versions"] = std::move(list);
    std::string out = root.dump(2, ' ', false, nlohmann::detail::error_handler_t::strict);
    out += '\n';
    return QByteArray::fromStdString(out);
}

PlanWithVersions importPlanWithVersionsJson(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.trimmed().isEmpty())
        return {importPlanJson(bytes, fileName), {}}; // its message for an empty file
    const json root = parseJson(bytes, fileName);
    PlanWithVersions out;
    out.plan = importPlanJsonValue(root, fileName);
    const auto list = root.find("versions");
    if (list == root.end())
        return out;
    if (!list->is_array())
        throw PlanError(fileName, QStringLiteral("/versions"), QStringLiteral("expected an array of versions, found %1").arg(typeOf(*list)));
    QHash<QString, QString> pathOf;
    for (size_t i = 0; i < list->size(); ++i) {
        const QString path = QStringLiteral("/versions/%1").arg(i);
        PlanVersion v = readVersion(fileName, (*list)[i], path);
        if (pathOf.contains(v.info.name))
            throw PlanError(fileName, path + QStringLiteral("/name"), QStringLiteral("\"%1\" is the name of the version at %2 too").arg(v.info.name, pathOf.value(v.info.name)));
        pathOf.insert(v.info.name, path);
        out.versions.append(std::move(v));
    }
    return out;
}

PlanWithVersions readPlanWithVersionsJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        throw PlanError(path, {}, QStringLiteral("no such file"));
    if (!f.open(QIODevice::ReadOnly))
        throw PlanError(path, {}, QStringLiteral("cannot be read: %1").arg(f.errorString()));
    return importPlanWithVersionsJson(f.readAll(), path);
}

} // namespace planverk
