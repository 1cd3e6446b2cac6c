#include "store/plantables.h"

#include "io/picturefile.h"
#include "io/versionblob.h"
#include "model/planerror.h"
#include "store/followupstore.h"
#include "store/rowcheck.h"
#include "store/sqlconnection.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>

#include <functional>

namespace planverk {

namespace {

QString snake(const char *camel)
{
    QString out;
    for (const char *p = camel; *p; ++p) {
        if (*p >= 'A' && *p <= 'Z') {
            out += '_';
            out += QChar(*p - 'A' + 'a');
        } else {
            out += QChar(*p);
        }
    }
    return out;
}

QString quoted(const QString &name) { return '"' + name + '"'; }
QString idText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }
QVariant idValue(const QUuid &id) { return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(idText(id)); }
QVariant textValue(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

// Whether rows of a kind name a parent row (sub-entries, or entries of a child kind).
template<class T> constexpr bool hasParentColumn() { return nests<T> || !isTopKind<T>; }

// ------------------------------------------------------------ visitors

struct ColumnLister {
    QStringList columns;
    void add(const char *k) { columns << quoted(snake(k)); }
    void text(const char *k, const QString &) { add(k); }
    void markdown(const char *k, const QString &) { add(k); }
    void code(const char *k, const QString &, const QStringList &) { add(k); }
    void date(const char *k, const QDate &) { add(k); }
    void integer(const char *k, const std::optional<int> &) { add(k); }
    void amount(const char *k, const std::optional<qint64> &) { add(k); }
    void refs(const char *, const QList<QUuid> &, const char *) {}
    void sdgs(const char *, const QList<int> &) {}
    void colour(const char *k, const QString &) { add(k); }
};

struct Binder {
    QSqlQuery &q;
    int i;
    void bind(const QVariant &v) { q.bindValue(i++, v); }
    void text(const char *, const QString &s) { bind(textValue(s)); }
    void markdown(const char *, const QString &s) { bind(textValue(s)); }
    void code(const char *, const QString &s, const QStringList &) { bind(textValue(s)); }
    void date(const char *, const QDate &d) { bind(d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("")); }
    void integer(const char *, const std::optional<int> &v) { bind(v ? QVariant(*v) : QVariant(QMetaType::fromType<int>())); }
    void amount(const char *, const std::optional<qint64> &v) { bind(v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>())); }
    void refs(const char *, const QList<QUuid> &, const char *) {}
    void sdgs(const char *, const QList<int> &) {}
    void colour(const char *, const QString &s) { bind(textValue(s)); }
};

// Reads one row into an entity. A value no Planverk would write (a file
// edited by hand) is refused with the table, row and column, not loaded.
struct RowReader {
    const QSqlQuery &q;
    int i;
    const rowcheck::Place &at;
    QVariant next() { return q.value(i++); }
    [[noreturn]] void bad(const char *k, const QString &what) const { at.refuse(k, what); }
    void text(const char *k, QString &s) { s = rowcheck::text(at, k, next()); }
    void markdown(const char *k, QString &s) { text(k, s); }
    void code(const char *k, QString &s, const QStringList &allowed)
    {
        text(k, s);
        if (!allowed.contains(s))
            bad(k, QStringLiteral("%1 is not one of %2").arg(rowcheck::shown(s), allowed.join(QStringLiteral(", "))));
    }
    void date(const char *k, QDate &d)
    {
        QString s;
        text(k, s);
        d = s.isEmpty() ? QDate() : QDate::fromString(s, Qt::ISODate);
        if (!s.isEmpty() && (!d.isValid() || s.size() != 10))
            bad(k, QStringLiteral("%1 is not a date").arg(rowcheck::shown(s)));
    }
    void integer(const char *k, std::optional<int> &v)
    {
        const auto n = rowcheck::whole(at, k, next(), std::numeric_limits<int>::max(), true);
        v = n ? std::optional<int>(int(*n)) : std::nullopt;
    }
    void amount(const char *k, std::optional<qint64> &v)
    {
        v = rowcheck::whole(at, k, next(), std::numeric_limits<qint64>::max(), true);
    }
    void refs(const char *, QList<QUuid> &, const char *) {}
    void sdgs(const char *, QList<int> &) {}
    void colour(const char *k, QString &s)
    {
        text(k, s);
        if (!isAccentColour(s))
            bad(k, QStringLiteral("%1 is not a colour of the form #rrggbb").arg(rowcheck::shown(s)));
    }
};

// The link tables of a kind: "<table>_<key>" (owner, target, position).
struct LinkLister : IgnoreFields {
    struct Link {
        QString table;
        QVariantList targets;
    };
    const char *owner = nullptr;
    QList<Link> links;
    void refs(const char *k, const QList<QUuid> &ids, const char *)
    {
        Link l{QString::fromLatin1(owner) + '_' + QString::fromLatin1(k), {}};
        for (const QUuid &id : ids)
            l.targets << idText(id);
        links << l;
    }
    void sdgs(const char *k, const QList<int> &v)
    {
        Link l{QString::fromLatin1(owner) + '_' + QString::fromLatin1(k), {}};
        for (int n : v)
            l.targets << n;
        links << l;
    }
};

struct LinkFiller : IgnoreFields {
    LinkFiller(const QHash<QString, QHash<QString, QVariantList>> &l, const char *o, QString id) : links(l), owner(o), ownerId(std::move(id)) {}
    const QHash<QString, QHash<QString, QVariantList>> &links; // table -> owner -> targets
    const char *owner;
    QString ownerId;
    const QVariantList &targets(const char *k) const
    {
        static const QVariantList none;
        const auto t = links.constFind(QString::fromLatin1(owner) + '_' + QString::fromLatin1(k));
        if (t == links.constEnd())
            return none;
        const auto o = t->constFind(ownerId);
        return o == t->constEnd() ? none : *o;
    }
    void refs(const char *k, QList<QUuid> &ids, const char *)
    {
        for (const QVariant &v : targets(k))
            ids << QUuid::fromString(v.toString());
    }
    void sdgs(const char *k, QList<int> &out)
    {
        for (const QVariant &v : targets(k))
            out << v.toInt();
    }
};

template<class T> QStringList columnsOf()
{
    ColumnLister l;
    const T blank{};
    fields(l, blank);
    return l.columns;
}

QString roleName(PictureRole role) { return role == PictureRole::Logo ? QStringLiteral("logo") : QStringLiteral("cover"); }

} // namespace

QString sqlMessage(const QSqlError &e, SqlDialect dialect)
{
    if (dialect == SqlDialect::SQLite)
        return e.text();
    // libpq's message on one line, without its "FATAL:" prefixes.
    QString s = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    s.replace(QRegularExpression(QStringLiteral("\\b(FATAL|ERROR):\\s+")), QString());
    s = s.simplified();
    if (s.endsWith(QLatin1String("QPSQL: Unable to connect")))
        s.chop(24);
    return s.trimmed();
}

// ------------------------------------------------------------ Impl

struct PlanTables::Impl {
    const SqlConnection &conn;
    QString path; // what messages name: the file, or the plan's URL
    SqlDialect dialect;

    QSqlDatabase db() const { return conn.db(); }

    [[noreturn]] void fail(const QString &what, const QSqlError &e) const
    {
        throw PlanError(path, {}, QStringLiteral("%1: %2").arg(what, sqlMessage(e, dialect)));
    }

    QSqlQuery &prepared(const QString &sql) const
    {
        auto it = conn.queries.find(sql);
        if (it == conn.queries.end()) {
            QSqlQuery q(db());
            if (dialect == SqlDialect::PostgreSQL)
                q.setForwardOnly(true);
            if (!q.prepare(sql))
                fail(QStringLiteral("cannot prepare \"%1\"").arg(sql), q.lastError());
            it = conn.queries.insert(sql, q);
        }
        return *it;
    }

    QSqlQuery &run(const QString &sql, const QVariantList &args = {}) const
    {
        QSqlQuery &q = prepared(sql);
        for (int i = 0; i < args.size(); ++i)
            q.bindValue(i, args[i]);
        if (!q.exec())
            fail(dialect == SqlDialect::SQLite ? QStringLiteral("the file could not be updated") : QStringLiteral("the server refused a query"), q.lastError());
        return q;
    }

    QString isSame() const { return dialect == SqlDialect::SQLite ? QStringLiteral("IS ?") : QStringLiteral("IS NOT DISTINCT FROM ?"); }

    // -------------------------------------------------------- entities

    template<class T>
    void insertOne(const T &e, const QUuid &parent, int position, bool withLinks = true) const
    {
        const QString table = QString::fromLatin1(Kind<T>::table);
        const QStringList cols = columnsOf<T>();
        QString placeholders = QStringLiteral("?, ?, ?");
        for (int i = 0; i < cols.size(); ++i)
            placeholders += QStringLiteral(", ?");
        QSqlQuery &q = prepared(QStringLiteral("INSERT INTO %1 (uuid, parent, position, %2) VALUES (%3)")
                                    .arg(quoted(table), cols.join(QStringLiteral(", ")), placeholders));
        q.bindValue(0, idText(e.id));
        q.bindValue(1, idValue(parent));
        q.bindValue(2, position);
        Binder b{q, 3};
        fields(b, e);
        if (!q.exec())
            fail(QStringLiteral("cannot add to %1").arg(table), q.lastError());
        if (withLinks)
            writeLinks(e);
        if constexpr (nests<T> || hasChildKind<T>)
            insertChildren(Kind<T>::children(e), e.id, withLinks);
    }

    template<class T>
    void insertChildren(const QList<T> &list, const QUuid &parent, bool withLinks = true) const
    {
        for (int i = 0; i < list.size(); ++i)
            insertOne(list[i], parent, i, withLinks);
    }

    // `replacing`: the entity's old links are to go first (not after
    // replaceAll() has emptied the tables).
    template<class T>
    void writeLinks(const T &e, bool replacing = true) const
    {
        LinkLister l;
        l.owner = Kind<T>::table;
        fields(l, e);
        for (const auto &link : l.links) {
            if (replacing)
                run(QStringLiteral("DELETE FROM %1 WHERE owner = ?").arg(quoted(link.table)), {idText(e.id)});
            for (int i = 0; i < link.targets.size(); ++i)
                run(QStringLiteral("INSERT INTO %1 (owner, target, position) VALUES (?, ?, ?)").arg(quoted(link.table)),
                    {idText(e.id), link.targets[i], i});
        }
    }

    // Parent and position of an entity; throws if it is not in the file.
    QPair<QVariant, int> placeOf(const char *table, const QUuid &id) const
    {
        QSqlQuery &q = run(QStringLiteral("SELECT parent, position FROM %1 WHERE uuid = ?").arg(quoted(QString::fromLatin1(table))), {idText(id)});
        if (!q.next())
            throw PlanError(path, {}, QStringLiteral("has no %1 with id %2").arg(QString::fromLatin1(table), idText(id)));
        const QPair<QVariant, int> r{q.value(0), q.value(1).toInt()};
        q.finish();
        return r;
    }

    void shift(const char *table, const QVariant &parent, int from, int delta) const
    {
        run(QStringLiteral("UPDATE %1 SET position = position + ? WHERE parent %2 AND position >= ?").arg(quoted(QString::fromLatin1(table)), isSame()),
            {delta, parent, from});
    }

    // Every id in the file and where it is: uuid -> (table, row).
    using Registry = QHash<QString, QPair<const char *, qint64>>;
    using Links = QHash<QString, QHash<QString, QVariantList>>; // table -> owner -> targets

    // Rows of a kind grouped by parent uuid ("" for the top level), in order.
    // Every value is checked (rowcheck.h); `tree` learns each row's parent.
    template<class T>
    QHash<QString, QList<T>> loadGrouped(const Links &links, Registry &ids, rowcheck::TreeRows &tree) const
    {
        const QLatin1String table(Kind<T>::table);
        const QStringList cols = columnsOf<T>();
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, uuid, parent, position, %1 FROM %2 ORDER BY position, id")
                        .arg(cols.join(QStringLiteral(", ")), quoted(table))))
            fail(QStringLiteral("cannot be read"), q.lastError());
        QHash<QString, QList<T>> byParent;
        while (q.next()) {
            const qint64 row = q.value(0).toLongLong();
            const rowcheck::Place at{path, table, row};
            const QString id = rowcheck::uuid(at, "uuid", q.value(1));
            QString parent;
            if (!q.value(2).isNull() || !isTopKind<T>) {
                if constexpr (!hasParentColumn<T>())
                    at.refuse("parent", QStringLiteral("a %1 has no parent, but this one names %2").arg(table, rowcheck::shown(q.value(2))));
                parent = rowcheck::uuid(at, "parent", q.value(2));
            }
            rowcheck::whole(at, "position", q.value(3), std::numeric_limits<int>::max(), false);
            const qsizetype known = ids.size();
            auto &where = ids[id]; // one look-up: the id is new if the hash grew
            if (ids.size() == known)
                at.refuse("uuid", QStringLiteral("%1 is the id of table %2, row %3 too").arg(id, QString::fromLatin1(where.first)).arg(where.second));
            where = {Kind<T>::table, row};
            if constexpr (hasParentColumn<T>()) {
                tree.rowOf.insert(id, row);
                tree.parentOf.insert(id, parent);
            }
            T e;
            e.id = QUuid::fromString(id);
            RowReader r{q, 4, at};
            fields(r, e);
            LinkFiller lf(links, Kind<T>::table, id);
            fields(lf, e);
            byParent[parent].append(std::move(e));
        }
        return byParent;
    }

    // The top-level list of a kind, with children of the same kind attached
    // down to the kind's nesting limit. A row not reached from the top (its
    // parent missing or its own ancestor) or nested deeper is refused.
    template<class T>
    QList<T> loadTree(const Links &links, Registry &ids) const
    {
        rowcheck::TreeRows rows;
        QHash<QString, QList<T>> byParent = loadGrouped<T>(links, ids, rows);
        QList<T> top = byParent.take(QString());
        if constexpr (nests<T>) {
            // Recursion bounded by maxDepth<T>(): each level is one call.
            std::function<void(QList<T> &, int)> attach = [&](QList<T> &list, int depth) {
                for (T &e : list) {
                    QList<T> below = byParent.take(idText(e.id));
                    if (below.isEmpty())
                        continue;
                    if (depth >= maxDepth<T>()) {
                        const rowcheck::Place at{path, QLatin1String(Kind<T>::table), rows.rowOf.value(idText(below.first().id))};
                        if constexpr (std::is_same_v<T, Goal>)
                            at.refuse("parent", QStringLiteral("a sub-goal cannot have sub-goals of its own (goals have two levels)"));
                        else
                            at.refuse("parent", QStringLiteral("sections are nested more than %1 levels deep").arg(kMaxSectionDepth));
                    }
                    children(e) = std::move(below);
                    attach(children(e), depth + 1);
                }
            };
            attach(top, 1);
        }
        if (!byParent.isEmpty()) {
            const QList<QString> parents = byParent.keys();
            rowcheck::refuseUnreached(path, QLatin1String(Kind<T>::table), rows, QSet<QString>(parents.begin(), parents.end()));
        }
        return top;
    }

    // The link tables (owner, target, position), their values checked row
    // by row: table -> owner -> targets in order.
    // One per refs(...) and sdgs(...) field of a kind, named "<table>_<key>".
    struct LinkTable {
        QByteArray name;
        const char *owner, *target; // target nullptr: SDG numbers 1..17
    };
    static const QList<LinkTable> &linkTables()
    {
        static const QList<LinkTable> tables = [] {
            QList<LinkTable> out;
            forEachKind([&]<class T>() {
                struct Lister : IgnoreFields {
                    QList<LinkTable> &out;
                    explicit Lister(QList<LinkTable> &o) : out(o) {}
                    QByteArray name(const char *k) const { return QByteArray(Kind<T>::table) + '_' + k; }
                    void refs(const char *k, const QList<QUuid> &, const char *target) { out.append({name(k), Kind<T>::table, target}); }
                    void sdgs(const char *k, const QList<int> &) { out.append({name(k), Kind<T>::table, nullptr}); }
                } lister(out);
                const T blank{};
                fields(lister, blank);
            });
            return out;
        }();
        return tables;
    }

    Links loadLinks() const
    {
        Links links;
        for (const LinkTable &t : linkTables()) {
            QSqlQuery q(db());
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT owner, target, position FROM %1 ORDER BY owner, position").arg(quoted(QString::fromLatin1(t.name)))))
                fail(QStringLiteral("cannot be read"), q.lastError());
            auto &byOwner = links[QString::fromLatin1(t.name)];
            while (q.next()) {
                const QVariant owner = q.value(0), target = q.value(1);
                const rowcheck::Place at{path, QLatin1String(t.name), -1, &owner, &target};
                const QString ownerId = rowcheck::uuid(at, "owner", owner);
                if (t.target) {
                    byOwner[ownerId].append(rowcheck::uuid(at, "target", target));
                } else {
                    const auto n = rowcheck::whole(at, "target", target, std::numeric_limits<int>::max(), false);
                    if (*n < 1 || *n > 17)
                        at.refuse("target", QStringLiteral("%1 is not a UN Sustainable Development Goal (1 to 17)").arg(*n));
                    byOwner[ownerId].append(int(*n));
                }
                rowcheck::whole(at, "position", q.value(2), std::numeric_limits<int>::max(), false);
            }
        }
        return links;
    }

    // Every link's owner and target is a row of the right table.
    void checkLinkEnds(const Links &links, const Registry &ids) const
    {
        for (const LinkTable &t : linkTables()) {
            const Links::mapped_type &byOwner = links[QString::fromLatin1(t.name)];
            for (auto it = byOwner.constBegin(); it != byOwner.constEnd(); ++it) {
                for (const QVariant &target : it.value()) {
                    const bool ownerThere = qstrcmp(ids.value(it.key()).first, t.owner) == 0;
                    if (ownerThere && (!t.target || qstrcmp(ids.value(target.toString()).first, t.target) == 0))
                        continue;
                    const QVariant owner = it.key();
                    const rowcheck::Place at{path, QLatin1String(t.name), -1, &owner, &target};
                    if (!ownerThere)
                        at.refuse("owner", QStringLiteral("%1 is not in table %2").arg(it.key(), QLatin1String(t.owner)));
                    at.refuse("target", QStringLiteral("%1 is not in table %2").arg(target.toString(), QLatin1String(t.target)));
                }
            }
        }
    }

    // One entry and its links (loadEntry()).
    template<class T>
    bool loadOne(T &e, const QUuid &id, qint64 *version, bool lock) const
    {
        const QLatin1String table(Kind<T>::table);
        const QStringList cols = columnsOf<T>();
        QSqlQuery &q = run(QStringLiteral("SELECT id, %1%2 FROM %3 WHERE uuid = ?%4")
                               .arg(cols.join(QStringLiteral(", ")), version ? QStringLiteral(", row_version") : QString(), quoted(table),
                                    lock ? QStringLiteral(" FOR UPDATE") : QString()),
                           {idText(id)});
        if (!q.next()) {
            q.finish();
            return false;
        }
        const rowcheck::Place at{path, table, q.value(0).toLongLong()};
        e = T{};
        e.id = id;
        RowReader r{q, 1, at};
        fields(r, e);
        if (version)
            *version = q.value(1 + int(cols.size())).toLongLong();
        q.finish();
        Links links;
        const QString owner = idText(id);
        for (const LinkTable &t : linkTables()) {
            if (qstrcmp(t.owner, Kind<T>::table) != 0)
                continue;
            QSqlQuery &l = run(QStringLiteral("SELECT target, position FROM %1 WHERE owner = ? ORDER BY position").arg(quoted(QString::fromLatin1(t.name))), {owner});
            QVariantList &targets = links[QString::fromLatin1(t.name)][owner];
            while (l.next()) {
                const QVariant ownerValue = owner, target = l.value(0);
                const rowcheck::Place lat{path, QLatin1String(t.name), -1, &ownerValue, &target};
                if (t.target) {
                    targets.append(rowcheck::uuid(lat, "target", target));
                } else {
                    const auto n = rowcheck::whole(lat, "target", target, std::numeric_limits<int>::max(), false);
                    if (*n < 1 || *n > 17)
                        lat.refuse("target", QStringLiteral("%1 is not a UN Sustainable Development Goal (1 to 17)").arg(*n));
                    targets.append(int(*n));
                }
            }
            l.finish();
        }
        LinkFiller lf(links, Kind<T>::table, owner);
        fields(lf, e);
        return true;
    }

    // -------------------------------------------------------- versions

    QStringList versionNames() const
    {
        QStringList names;
        QSqlQuery &q = run(QStringLiteral("SELECT name FROM plan_version ORDER BY id"));
        while (q.next())
            names << q.value(0).toString();
        q.finish();
        return names;
    }

    void insertVersion(const VersionInfo &v, const QByteArray &blob) const
    {
        const QString problem = versionNameProblem(v.name);
        if (!problem.isEmpty())
            throw PlanError(path, {}, QStringLiteral("the version name \"%1\" cannot be used: %2").arg(v.name, problem));
        if (!codes::planStatuses.contains(v.status))
            throw PlanError(path, {}, QStringLiteral("version \"%1\": \"%2\" is not a plan status").arg(v.name, v.status));
        QSqlQuery &c = run(QStringLiteral("SELECT created FROM plan_version WHERE name = ?"), {v.name});
        if (c.next()) {
            const QString created = c.value(0).toString();
            c.finish();
            throw PlanError(path, {}, QStringLiteral("has a version named \"%1\" already (made %2); choose another name").arg(v.name, created));
        }
        c.finish();
        run(QStringLiteral("INSERT INTO plan_version (name, created, status, note, plan) VALUES (?, ?, ?, ?, ?)"),
            {v.name, versionTimeText(v.created), v.status, textValue(v.note), blob});
    }

    QString storedStatus() const
    {
        QSqlQuery &q = run(QStringLiteral("SELECT status FROM plan_info WHERE id = 1"));
        const QString status = q.next() ? q.value(0).toString() : QString();
        q.finish();
        return status;
    }

    // The version made when the status has changed: the plan as the file
    // holds it now (inside the transaction that changed it).
    void makeAutomaticVersion(const Plan &plan) const
    {
        const QByteArray blob = packVersionPlan(plan);
        QSqlQuery &same = run(QStringLiteral("SELECT count(*) FROM plan_version WHERE status = ? AND plan = ?"), {plan.info.status, blob});
        same.next();
        const bool exists = same.value(0).toInt() > 0;
        same.finish();
        if (exists)
            return;
        VersionInfo v;
        v.name = uniqueVersionName(automaticVersionName(plan.info.status, plan.info.language, QDate::currentDate()), versionNames());
        v.created = versionTimeNow();
        v.status = plan.info.status;
        insertVersion(v, blob);
    }

    // -------------------------------------------------------- pictures

    void writePicture(PictureRole role, const Picture &picture) const
    {
        run(QStringLiteral("DELETE FROM plan_picture WHERE role = ?"), {roleName(role)});
        if (!picture.isEmpty())
            run(QStringLiteral("INSERT INTO plan_picture (role, type, data, alt) VALUES (?, ?, ?, ?)"),
                {roleName(role), picture.type, picture.data, textValue(picture.alt)});
    }

    // The pictures, every value checked as a picture that came from a file
    // the user chose is (io/picturefile.h): a hand-edited file cannot slip a
    // hostile SVG or a broken image past the editor.
    void loadPictures(PlanInfo &info) const
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, role, type, data, alt FROM plan_picture ORDER BY id")))
            fail(QStringLiteral("cannot be read"), q.lastError());
        while (q.next()) {
            const rowcheck::Place at{path, QLatin1String("plan_picture"), q.value(0).toLongLong()};
            const QString role = rowcheck::text(at, "role", q.value(1));
            if (role != QLatin1String("logo") && role != QLatin1String("cover"))
                at.refuse("role", QStringLiteral("%1 is not one of logo, cover").arg(rowcheck::shown(role)));
            Picture p;
            p.type = rowcheck::text(at, "type", q.value(2));
            const QVariant data = q.value(3);
            if (data.typeId() != QMetaType::QByteArray)
                at.refuse("data", QStringLiteral("%1 is not the bytes of a picture").arg(rowcheck::shown(data)));
            p.data = data.toByteArray();
            const PictureCheck check = checkPicture(p.data);
            if (check.type.isEmpty())
                at.refuse("data", QStringLiteral("the picture %1").arg(check.refusal));
            if (p.type != check.type)
                at.refuse("type", QStringLiteral("%1 is not the type of the picture, which is %2").arg(rowcheck::shown(p.type), check.type));
            p.alt = rowcheck::text(at, "alt", q.value(4));
            Picture &slot = role == QLatin1String("logo") ? info.logo : info.cover;
            if (!slot.isEmpty())
                at.refuse("role", QStringLiteral("the plan has a %1 already").arg(role));
            slot = p;
        }
    }

    // -------------------------------------------------------- the writes of one entry

    template<class T> void writeInsert(const T &entity, const QUuid &parent, int position) const;
    template<class T> void writeUpdate(const T &entity) const;
    template<class T> void writeRemove(const QUuid &id) const;
    template<class T> void writeMove(const QUuid &id, const QUuid &newParent, int position) const;
};

// ------------------------------------------------------------ PlanTables

PlanTables::PlanTables(const SqlConnection &conn, const QString &where, SqlDialect dialect) : d(new Impl{conn, where, dialect}) {}
PlanTables::~PlanTables() = default;

SqlDialect PlanTables::dialect() const { return d->dialect; }
QSqlQuery &PlanTables::prepared(const QString &sql) const { return d->prepared(sql); }
QSqlQuery &PlanTables::run(const QString &sql, const QVariantList &args) const { return d->run(sql, args); }
void PlanTables::fail(const QString &what, const QSqlError &e) const { d->fail(what, e); }
QString PlanTables::isSame() const { return d->isSame(); }
QString PlanTables::storedStatus() const { return d->storedStatus(); }
void PlanTables::writePicture(PictureRole role, const Picture &picture) const { d->writePicture(role, picture); }
void PlanTables::insertVersion(const VersionInfo &v, const QByteArray &blob) const { d->insertVersion(v, blob); }
void PlanTables::makeAutomaticVersion(const Plan &plan) const { d->makeAutomaticVersion(plan); }

Plan PlanTables::loadHead() const
{
    Plan p;
    {
        QSqlQuery q(d->db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, %1 FROM plan_info ORDER BY id DESC").arg(columnsOf<PlanInfo>().join(QStringLiteral(", ")))) || !q.next())
            throw PlanError(d->path, {}, QStringLiteral("has no plan settings (table plan_info is empty); the file is damaged"));
        if (q.value(0).toLongLong() != 1)
            rowcheck::Place{d->path, QLatin1String("plan_info"), q.value(0).toLongLong()}.refuse(nullptr, QStringLiteral("Planverk writes only row 1"));
        const rowcheck::Place at{d->path, QLatin1String("plan_info")};
        RowReader r{q, 1, at};
        fields(r, p.info);
    }
    d->loadPictures(p.info);
    p.followup = followupstore::load(d->db(), d->path);
    return p;
}

Plan PlanTables::load() const
{
    // Every link table, read once: table -> owner -> targets in order.
    const Impl::Links links = d->loadLinks();

    Plan p = loadHead();
    Impl::Registry ids;
    forEachKind([&]<class T>() {
        if constexpr (isTopKind<T>) {
            Kind<T>::list(p) = d->loadTree<T>(links, ids);
        } else {
            // Entries of a child kind go to their parent entries, loaded before them.
            using Parent = typename Kind<T>::Parent;
            rowcheck::TreeRows rows;
            QHash<QString, QList<T>> byParent = d->loadGrouped<T>(links, ids, rows);
            forEachEntry<Parent>(p, [&](Parent &e) { Kind<Parent>::children(e) = byParent.take(idText(e.id)); });
            if (!byParent.isEmpty()) {
                const QString id = idText(byParent.constBegin()->first().id);
                rowcheck::Place{d->path, QLatin1String(Kind<T>::table), rows.rowOf.value(id)}
                    .refuse("parent", QStringLiteral("%1 is not in table %2").arg(byParent.constBegin().key(), QLatin1String(Kind<Parent>::table)));
            }
        }
    });
    d->checkLinkEnds(links, ids);
    return p;
}

bool PlanTables::loadEntry(EntryPtr entity, const QUuid &id, qint64 *rowVersion, bool lock) const
{
    return std::visit([&](auto *e) { return d->loadOne(*e, id, rowVersion, lock); }, entity);
}

void PlanTables::writeInfo(const PlanInfo &info) const
{
    QStringList sets;
    for (const QString &c : columnsOf<PlanInfo>())
        sets << c + QStringLiteral(" = ?");
    QSqlQuery &q = d->prepared(QStringLiteral("UPDATE plan_info SET %1 WHERE id = 1").arg(sets.join(QStringLiteral(", "))));
    Binder b{q, 0};
    fields(b, info);
    if (!q.exec())
        d->fail(QStringLiteral("the plan settings could not be saved"), q.lastError());
}

template<class T>
void PlanTables::Impl::writeInsert(const T &entity, const QUuid &parent, int position) const
{
    const QVariant p = idValue(parent);
    QSqlQuery &c = run(QStringLiteral("SELECT count(*) FROM %1 WHERE parent %2").arg(quoted(QString::fromLatin1(Kind<T>::table)), isSame()), {p});
    c.next();
    const int count = c.value(0).toInt();
    c.finish();
    const int pos = std::clamp(position, 0, count);
    shift(Kind<T>::table, p, pos, +1);
    insertOne(entity, parent, pos);
}

template<class T>
void PlanTables::Impl::writeUpdate(const T &entity) const
{
    QStringList sets;
    for (const QString &c : columnsOf<T>())
        sets << c + QStringLiteral(" = ?");
    QSqlQuery &q = prepared(QStringLiteral("UPDATE %1 SET %2 WHERE uuid = ?").arg(quoted(QString::fromLatin1(Kind<T>::table)), sets.join(QStringLiteral(", "))));
    Binder b{q, 0};
    fields(b, entity);
    q.bindValue(b.i, idText(entity.id));
    if (!q.exec())
        fail(QStringLiteral("the change could not be saved"), q.lastError());
    if (q.numRowsAffected() != 1)
        throw PlanError(path, {}, QStringLiteral("has no %1 with id %2").arg(QString::fromLatin1(Kind<T>::table), idText(entity.id)));
    writeLinks(entity);
}

template<class T>
void PlanTables::Impl::writeRemove(const QUuid &id) const
{
    const auto [parent, position] = placeOf(Kind<T>::table, id);
    run(QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(quoted(QString::fromLatin1(Kind<T>::table))), {idText(id)});
    shift(Kind<T>::table, parent, position + 1, -1);
}

template<class T>
void PlanTables::Impl::writeMove(const QUuid &id, const QUuid &newParent, int position) const
{
    const QString table = quoted(QString::fromLatin1(Kind<T>::table));
    const auto [oldParent, oldPosition] = placeOf(Kind<T>::table, id);
    shift(Kind<T>::table, oldParent, oldPosition + 1, -1);
    const QVariant p = idValue(newParent);
    QSqlQuery &c = run(QStringLiteral("SELECT count(*) FROM %1 WHERE parent %2 AND uuid <> ?").arg(table, isSame()), {p, idText(id)});
    c.next();
    const int count = c.value(0).toInt();
    c.finish();
    const int pos = std::clamp(position, 0, count);
    shift(Kind<T>::table, p, pos, +1);
    run(QStringLiteral("UPDATE %1 SET parent = ?, position = ? WHERE uuid = ?").arg(table), {p, pos, idText(id)});
}

void PlanTables::insertEntry(EntryRef entity, const QUuid &parent, int position) const
{
    std::visit([&](const auto *e) { d->writeInsert(*e, parent, position); }, entity);
}

void PlanTables::updateEntry(EntryRef entity) const
{
    std::visit([&](const auto *e) { d->writeUpdate(*e); }, entity);
}

void PlanTables::removeEntry(KindTag kind, const QUuid &id) const
{
    std::visit([&]<class T>(std::type_identity<T>) { d->writeRemove<T>(id); }, kind);
}

void PlanTables::moveEntry(KindTag kind, const QUuid &id, const QUuid &newParent, int position) const
{
    std::visit([&]<class T>(std::type_identity<T>) { d->writeMove<T>(id, newParent, position); }, kind);
}

void PlanTables::replaceAll(const Plan &plan) const
{
    // On a server every row is announced by its own insert: the link rows
    // need not bump their owners (store/planschema.h).
    if (d->dialect == SqlDialect::PostgreSQL)
        d->run(QStringLiteral("SELECT set_config('planverk.bulk', 'on', true)"));
    forEachKind([&]<class T>() { // a child kind's rows go with their parents' (ON DELETE CASCADE)
        if constexpr (isTopKind<T>)
            d->run(QStringLiteral("DELETE FROM %1").arg(quoted(QString::fromLatin1(Kind<T>::table))));
    });
    writeInfo(plan.info);
    d->writePicture(PictureRole::Logo, plan.info.logo);
    d->writePicture(PictureRole::Cover, plan.info.cover);
    // Every entry first, then the links: link targets must exist before links point at them.
    forEachKind([&]<class T>() {
        if constexpr (isTopKind<T>)
            d->insertChildren(Kind<T>::list(plan), {}, false);
    });
    forEachKind([&]<class T>() { forEachEntry<T>(plan, [&](const T &e) { d->writeLinks(e, false); }); });
    followupstore::write(d->db(), d->path, plan.followup);
    if (d->dialect == SqlDialect::PostgreSQL)
        d->run(QStringLiteral("SELECT set_config('planverk.bulk', 'off', true)"));
}

QList<VersionInfo> PlanTables::versions() const
{
    QList<VersionInfo> out;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, created, status, note FROM plan_version ORDER BY id")))
        d->fail(QStringLiteral("cannot be read"), q.lastError());
    while (q.next()) {
        const rowcheck::Place at{d->path, QLatin1String("plan_version"), q.value(0).toLongLong()};
        VersionInfo v;
        v.name = rowcheck::text(at, "name", q.value(1));
        const QString problem = versionNameProblem(v.name);
        if (!problem.isEmpty())
            at.refuse("name", QStringLiteral("%1: %2").arg(rowcheck::shown(v.name), problem));
        const QString created = rowcheck::text(at, "created", q.value(2));
        v.created = versionTimeFromText(created);
        if (!v.created.isValid())
            at.refuse("created", QStringLiteral("%1 is not a time of the form YYYY-MM-DDTHH:MM:SSZ").arg(rowcheck::shown(created)));
        v.status = rowcheck::text(at, "status", q.value(3));
        if (!codes::planStatuses.contains(v.status))
            at.refuse("status", QStringLiteral("%1 is not one of %2").arg(rowcheck::shown(v.status), codes::planStatuses.join(QStringLiteral(", "))));
        v.note = rowcheck::text(at, "note", q.value(4));
        out << v;
    }
    return out;
}

Plan PlanTables::readVersion(const QString &name) const
{
    const QString where = d->path + '@' + name;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, plan FROM plan_version WHERE name = ?"));
    q.bindValue(0, name);
    if (!q.exec())
        d->fail(QStringLiteral("cannot be read"), q.lastError());
    if (!q.next())
        refuseUnknownVersion(d->path, name, versions());
    const QVariant blob = q.value(1);
    if (blob.typeId() != QMetaType::QByteArray)
        rowcheck::Place{d->path, QLatin1String("plan_version"), q.value(0).toLongLong()}.refuse("plan", QStringLiteral("%1 is not a stored plan").arg(rowcheck::shown(blob)));
    return unpackVersionPlan(blob.toByteArray(), where);
}

} // namespace planverk
