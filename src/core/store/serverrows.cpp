#include "store/serverrows.h"

#include "io/planjson.h"
#include "model/kinds.h"
#include "model/planerror.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace planverk::serverrows {

namespace {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

// The JSON key of a kind's sub-entries inside an entry ("subgoals",
// "amendments"), or nullptr when it has none.
template<class T> const char *childrenKey()
{
    if constexpr (nests<T>)
        return Kind<T>::nestedKey;
    else if constexpr (hasChildKind<T>)
        return Kind<typename ChildKindOf<T>::type>::key;
    else
        return nullptr;
}

// The kind of a kind's sub-entries: its own (nesting) or its child kind.
template<class T> QString childKind()
{
    if constexpr (hasChildKind<T>)
        return QString::fromLatin1(Kind<typename ChildKindOf<T>::type>::table);
    else
        return QString::fromLatin1(Kind<T>::table);
}

template<class T>
void splitList(ojson &list, const QString &parent, QList<Row> &out)
{
    int position = 0;
    for (ojson &e : list) {
        Row r;
        r.uuid = QString::fromStdString(e["id"].get<std::string>());
        r.kind = QString::fromLatin1(Kind<T>::table);
        r.parent = parent;
        r.position = position++;
        ojson children;
        if (const char *key = childrenKey<T>()) {
            children = std::move(e[key]);
            e.erase(key);
        }
        r.data = QByteArray::fromStdString(e.dump(-1, ' ', false, nlohmann::detail::error_handler_t::strict));
        const QString id = r.uuid; // out grows below: no reference into it
        out.append(std::move(r));
        if constexpr (hasChildKind<T>)
            splitList<typename ChildKindOf<T>::type>(children, id, out);
        else if constexpr (nests<T>)
            splitList<T>(children, id, out);
    }
}

} // namespace

Rows split(const Plan &plan)
{
    ojson root = ojson::parse(exportPlanJson(plan).toStdString());
    Rows out;
    forEachKind([&]<class T>() {
        if constexpr (isTopKind<T>) {
            splitList<T>(root[Kind<T>::key], {}, out.rows);
            root.erase(Kind<T>::key);
        }
    });
    out.head = QByteArray::fromStdString(root.dump(-1, ' ', false, nlohmann::detail::error_handler_t::strict));
    return out;
}

Plan assemble(const QByteArray &head, const QList<Row> &rows, const QString &where)
{
    const auto refuse = [&](const Row &r, const QString &what) {
        throw PlanError(where, QStringLiteral("entry %1").arg(r.uuid), what);
    };
    json root = parseJson(head, where);
    if (!root.is_object())
        throw PlanError(where, {}, QStringLiteral("the plan's settings row is not a JSON object"));

    // kind -> parent -> rows, in position order
    QHash<QString, QHash<QString, QList<const Row *>>> byParent;
    for (const Row &r : rows)
        byParent[r.kind][r.parent].append(&r);
    for (auto &kind : byParent)
        for (auto &list : kind)
            std::stable_sort(list.begin(), list.end(), [](const Row *a, const Row *b) { return a->position < b->position; });

    QSet<const Row *> placed;
    // The entries of `kind` under `parent`, with their children, as a JSON list.
    std::function<json(const QString &, const QString &, const char *, const QString &, int)> list;
    const auto entry = [&](const Row &r) {
        json e = parseJson(r.data, QStringLiteral("%1: entry %2").arg(where, r.uuid));
        if (!e.is_object())
            refuse(r, QStringLiteral("its data is not a JSON object"));
        const auto id = e.find("id");
        if (id == e.end() || !id->is_string() || QString::fromStdString(id->get<std::string>()) != r.uuid)
            refuse(r, QStringLiteral("its data has another id"));
        placed.insert(&r);
        return e;
    };
    list = [&](const QString &kind, const QString &parent, const char *childKey, const QString &childKindName, int depthLeft) {
        json out = json::array();
        for (const Row *r : byParent.value(kind).value(parent)) {
            json e = entry(*r);
            if (childKey) {
                if (e.contains(childKey))
                    refuse(*r, QStringLiteral("its data holds \"%1\", which are rows of their own").arg(QLatin1String(childKey)));
                if (depthLeft > 0)
                    e[childKey] = list(childKindName, r->uuid, childKindName == kind ? childKey : nullptr, childKindName, depthLeft - 1);
            }
            out.push_back(std::move(e));
        }
        return out;
    };
    forEachKind([&]<class T>() {
        if constexpr (isTopKind<T>) {
            if (root.contains(Kind<T>::key))
                throw PlanError(where, {}, QStringLiteral("the plan's settings row holds \"%1\", which are rows of their own").arg(QLatin1String(Kind<T>::key)));
            // Deep enough for any nesting the file format allows; deeper rows
            // are left unplaced and refused below, as the importer would.
            root[Kind<T>::key] = list(QString::fromLatin1(Kind<T>::table), {}, childrenKey<T>(), childKind<T>(), Kind<T>::maxDepth);
        }
    });
    if (placed.size() != rows.size()) {
        QSet<QString> known;
        for (const Row &r : rows)
            known.insert(r.uuid);
        for (const Row &r : rows) {
            bool isKind = false;
            forEachKind([&]<class T>() { isKind = isKind || r.kind == QLatin1String(Kind<T>::table); });
            if (!isKind)
                refuse(r, QStringLiteral("\"%1\" is not a kind of entry").arg(r.kind));
            if (!r.parent.isEmpty() && !known.contains(r.parent))
                refuse(r, QStringLiteral("its parent %1 is not in the plan").arg(r.parent));
        }
        for (const Row &r : rows)
            if (!placed.contains(&r))
                refuse(r, QStringLiteral("it is not reached from the top of the plan (nested too deep, under an entry of another kind, or its own ancestor)"));
    }
    return importPlanJsonValue(root, where);
}

} // namespace planverk::serverrows
