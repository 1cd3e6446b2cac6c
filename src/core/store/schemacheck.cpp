#include "store/schemacheck.h"

#include "model/planerror.h"

#include <QMap>

#include <sqlite3.h>

#include <memory>

namespace planverk {

namespace {

// A value as text; SQL NULL as a marker no schema text contains.
const QString kNull = QStringLiteral("\x01NULL");

using Rows = QList<QStringList>;

Rows query(sqlite3 *db, const QString &sql, const QString &path)
{
    sqlite3_stmt *raw = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &raw, nullptr) != SQLITE_OK)
        throw PlanError(path, {}, QStringLiteral("is damaged and cannot be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> stmt(raw, sqlite3_finalize);
    Rows rows;
    int rc;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        QStringList row;
        for (int i = 0; i < sqlite3_column_count(raw); ++i) {
            if (sqlite3_column_type(raw, i) == SQLITE_NULL)
                row << kNull;
            else
                row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, i)), sqlite3_column_bytes(raw, i));
        }
        rows << row;
    }
    if (rc != SQLITE_DONE)
        throw PlanError(path, {}, QStringLiteral("is damaged and cannot be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return rows;
}

// The schema text with runs of white space (outside quotes) made one space,
// and none next to brackets and commas.
QString normalized(const QString &sql)
{
    QString out;
    QChar quote;
    bool space = false;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            out += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c.isSpace()) {
            space = true;
            continue;
        }
        const bool tight = c == '(' || c == ')' || c == ',';
        if (space && !out.isEmpty() && !tight && !out.endsWith('(') && !out.endsWith(','))
            out += ' ';
        space = false;
        out += c;
        if (c == '\'' || c == '"' || c == '`')
            quote = c;
        else if (c == '[')
            quote = ']';
    }
    return out;
}

struct Object {
    QString type;
    QString table;
    QString sql;
    bool operator==(const Object &) const = default;
};

QMap<QString, Object> objects(sqlite3 *db, const QString &path)
{
    QMap<QString, Object> out;
    for (const QStringList &r : query(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema"), path))
        out.insert(r[1], {r[0], r[2], r[3] == kNull ? QString() : normalized(r[3])});
    return out;
}

QString shownName(const QString &name)
{
    QString s = name.left(60);
    for (QChar &c : s)
        if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    return s;
}

[[noreturn]] void refuse(const QString &path, const QString &what)
{
    throw PlanError(path, {}, QStringLiteral("is damaged: %1").arg(what));
}

struct Reference {
    sqlite3 *db = nullptr;
    ~Reference() { sqlite3_close(db); }
};

} // namespace

void checkSchema(sqlite3 *db, const QString &path, int version, const QStringList &migrations)
{
    Reference ref;
    if (sqlite3_open_v2(":memory:", &ref.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        throw PlanError(path, {}, QStringLiteral("cannot be checked: out of memory"));
    QByteArray script = "BEGIN;"; // one transaction: several times faster
    for (int v = 0; v < version && v < migrations.size(); ++v)
        script += migrations[v].toUtf8() + ";\n";
    script += "COMMIT;";
    if (sqlite3_exec(ref.db, script.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        throw PlanError(path, {}, QStringLiteral("cannot be checked: the schema scripts fail: %1").arg(QString::fromUtf8(sqlite3_errmsg(ref.db))));

    const QMap<QString, Object> want = objects(ref.db, path);
    const QMap<QString, Object> have = objects(db, path);
    if (have == want)
        return; // the same definitions, the same schema

    // What Planverk never writes: refused before anything reads it.
    for (auto it = have.constBegin(); it != have.constEnd(); ++it) {
        const QString name = shownName(it.key());
        const Object &o = it.value();
        if (want.contains(it.key()) && want[it.key()].type == o.type)
            continue;
        if (o.type == QLatin1String("view"))
            refuse(path, QStringLiteral("view %1: Planverk plan files have no views").arg(name));
        if (o.type == QLatin1String("trigger"))
            refuse(path, QStringLiteral("trigger %1 on table %2: Planverk plan files have no triggers").arg(name, shownName(o.table)));
        if (o.type == QLatin1String("index"))
            refuse(path, QStringLiteral("index %1 on table %2: not an index Planverk writes").arg(name, shownName(o.table)));
        refuse(path, QStringLiteral("%1 %2: not a table of a Planverk plan (schema version %3)").arg(o.type, name).arg(version));
    }
    for (auto it = want.constBegin(); it != want.constEnd(); ++it)
        if (!have.contains(it.key()))
            refuse(path, QStringLiteral("%1 %2 is missing").arg(it->type, it.key()));

    // The known tables, column by column, then the whole definition.
    for (auto it = want.constBegin(); it != want.constEnd(); ++it) {
        if (it->type != QLatin1String("table"))
            continue;
        const QString &table = it.key();
        const QString pragma = QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo('%1')").arg(table);
        const Rows haveCols = query(db, pragma, path);
        const Rows wantCols = query(ref.db, pragma, path);
        for (const QStringList &c : haveCols)
            if (c[5] == QLatin1String("2") || c[5] == QLatin1String("3"))
                refuse(path, QStringLiteral("table %1, column %2: a generated column; Planverk plan files have none").arg(table, shownName(c[0])));
        for (qsizetype i = 0; i < std::max(haveCols.size(), wantCols.size()); ++i) {
            if (i >= haveCols.size())
                refuse(path, QStringLiteral("table %1: column %2 is missing").arg(table, wantCols[i][0]));
            if (i >= wantCols.size())
                refuse(path, QStringLiteral("table %1, column %2: not a column Planverk writes").arg(table, shownName(haveCols[i][0])));
            const QStringList &h = haveCols[i];
            const QStringList &w = wantCols[i];
            if (h[0] != w[0])
                refuse(path, QStringLiteral("table %1: column %2 is %3 where Planverk writes %4").arg(table).arg(i + 1).arg(shownName(h[0]), w[0]));
            if (h[1] != w[1])
                refuse(path, QStringLiteral("table %1, column %2: declared type \"%3\" where Planverk writes \"%4\"").arg(table, w[0], shownName(h[1]), w[1]));
            if (h != w)
                refuse(path, QStringLiteral("table %1, column %2: its NOT NULL, DEFAULT or PRIMARY KEY is not the one Planverk writes").arg(table, w[0]));
        }
        const QString fks = QStringLiteral("SELECT \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list('%1') ORDER BY \"from\"").arg(table);
        if (query(db, fks, path) != query(ref.db, fks, path))
            refuse(path, QStringLiteral("table %1: its FOREIGN KEY constraints are not the ones Planverk writes").arg(table));
        if (have[table].sql != it->sql)
            refuse(path, QStringLiteral("table %1: its definition is not the one Planverk writes (a CHECK, UNIQUE or other constraint differs)").arg(table));
    }
    for (auto it = want.constBegin(); it != want.constEnd(); ++it)
        if (it->type == QLatin1String("index") && (have[it.key()].sql != it->sql || have[it.key()].table != it->table))
            refuse(path, QStringLiteral("index %1: its definition is not the one Planverk writes").arg(it.key()));
}

} // namespace planverk
