#include "store/rowcheck.h"

#include "model/planerror.h"

#include <QSet>
#include <QStringList>

namespace planverk::rowcheck {

namespace {

// A field's key as its column is named: adoptedDate -> adopted_date.
QString columnName(const char *key)
{
    QString out;
    for (const char *p = key; *p; ++p) {
        if (*p >= 'A' && *p <= 'Z')
            out += QLatin1Char('_') + QChar(*p - 'A' + 'a');
        else
            out += QLatin1Char(*p);
    }
    return out;
}

QString rowName(qint64 id) { return QStringLiteral("row %1").arg(id); }

} // namespace

void Place::refuse(const char *column, const QString &what) const
{
    QString where = QStringLiteral("table %1").arg(table);
    if (row >= 0)
        where += QStringLiteral(", ") + rowName(row);
    else if (owner && target)
        where += QStringLiteral(", row with owner %1 and target %2").arg(shown(*owner), shown(*target));
    if (column)
        where += QStringLiteral(", column ") + columnName(column);
    throw PlanError(path, {}, QStringLiteral("is damaged: %1: %2").arg(where, what));
}

QString shown(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("null");
    switch (v.typeId()) {
    case QMetaType::QString: {
        QString s = v.toString();
        if (s.size() > 40)
            s = s.left(40) + QStringLiteral("…");
        // Control characters from the file are shown as escapes where the
        // message is composed (PlanError::compose), never echoed raw.
        return '"' + s + '"';
    }
    case QMetaType::QByteArray: return QStringLiteral("a blob of %1 bytes").arg(v.toByteArray().size());
    case QMetaType::Double: return QString::number(v.toDouble());
    default: return v.toString();
    }
}

QString text(const Place &at, const char *column, const QVariant &v)
{
    if (v.isNull() || v.typeId() != QMetaType::QString)
        at.refuse(column, QStringLiteral("%1 is not a text").arg(shown(v)));
    return v.toString();
}

namespace {

// What QUuid::toString(QUuid::WithoutBraces) writes, not the nil UUID;
// checked character by character (parsing and printing costs 8 % of a load).
bool isCanonicalUuid(QStringView s)
{
    if (s.size() != 36 || s == u"00000000-0000-0000-0000-000000000000")
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = s[i].unicode();
        const bool ok = (i == 8 || i == 13 || i == 18 || i == 23) ? c == u'-' : ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'));
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QString uuid(const Place &at, const char *column, const QVariant &v)
{
    const QString s = text(at, column, v);
    if (!isCanonicalUuid(s))
        at.refuse(column, QStringLiteral("%1 is not a UUID").arg(shown(v)));
    return s;
}

std::optional<qint64> whole(const Place &at, const char *column, const QVariant &v, qint64 max, bool nullable)
{
    if (v.isNull()) {
        if (!nullable)
            at.refuse(column, QStringLiteral("a number is missing"));
        return std::nullopt;
    }
    // SQLite hands over what is stored: an integer, or a real or text that an
    // INTEGER column could not turn into one (1e308, 2.5, "abc"). PostgreSQL's
    // bigint comes from QPSQL as an unsigned number when it is not negative.
    if (v.typeId() != QMetaType::LongLong && v.typeId() != QMetaType::Int && v.typeId() != QMetaType::ULongLong)
        at.refuse(column, QStringLiteral("%1 is not a whole number").arg(shown(v)));
    const qint64 n = v.toLongLong();
    if (n < 0 || n > max)
        at.refuse(column, QStringLiteral("%1 is out of range (0 to %2)").arg(n).arg(max));
    return n;
}

void refuseUnreached(const QString &path, QLatin1String table, const TreeRows &rows, const QSet<QString> &parents)
{
    // The first row left over, for the message.
    QString child;
    for (auto it = rows.parentOf.constBegin(); it != rows.parentOf.constEnd(); ++it)
        if (parents.contains(it.value()) && (child.isEmpty() || rows.rowOf.value(it.key()) < rows.rowOf.value(child)))
            child = it.key();
    const QString parent = rows.parentOf.value(child);
    // Walk up from it: either a parent that is not there, or a circle.
    QStringList chain{child};
    QSet<QString> seen{child};
    for (QString up = parent;; up = rows.parentOf.value(up)) {
        if (!rows.rowOf.contains(up)) {
            const Place at{path, table, rows.rowOf.value(chain.last())};
            at.refuse("parent", QStringLiteral("%1 is not in table %2").arg(shown(up), table));
        }
        if (seen.contains(up)) {
            QStringList circle;
            for (qsizetype i = chain.indexOf(up); i < chain.size(); ++i)
                circle << rowName(rows.rowOf.value(chain[i]));
            circle << rowName(rows.rowOf.value(up));
            const Place at{path, table, rows.rowOf.value(up)};
            at.refuse(nullptr, QStringLiteral("the row is its own ancestor (parent chain %1)").arg(circle.join(QStringLiteral(" → "))));
        }
        chain << up;
        seen.insert(up);
    }
}

} // namespace planverk::rowcheck
