#include "model/planversion.h"

#include "model/planerror.h"



namespace planverk {

QString versionNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("a version needs a name");
    if (name.trimmed() != name)
        return QStringLiteral("a version's name does not begin or end with a space");
    if (name.size() > kMaxVersionNameLength)
        return QStringLiteral("a version's name is at most %1 characters").arg(kMaxVersionNameLength);
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029 || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            return QStringLiteral("a version's name is one line of visible text (no control characters or line breaks)");
    }
    return {};
}

QString versionTimeText(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime versionTimeFromText(const QString &text)
{
    if (text.size() != 20 || !text.endsWith('Z'))
        return {};
    QDateTime t = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC);
    return versionTimeText(t) == text ? t : QDateTime();
}

QDateTime versionTimeNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
}

QString automaticVersionName(const QString &status, const QString &language, const QDate &date)
{
    struct Name {
        const char *status, *nb, *nn, *en;
    };
    static constexpr Name names[] = {
        {"started", "Oppstart", "Oppstart", "Started"},
        {"draft", "Utkast", "Utkast", "Draft"},
        {"consultation", "Høringsutkast", "Høyringsutkast", "Consultation draft"},
        {"adopted", "Vedtatt", "Vedteke", "Adopted"},
        {"archived", "Arkivert", "Arkivert", "Archived"},
    };
    QString label = status;
    for (const Name &n : names)
        if (status == QLatin1String(n.status))
            label = QString::fromUtf8(language == QLatin1String("nn") ? n.nn : language == QLatin1String("en") ? n.en : n.nb);
    return label + ' ' + date.toString(Qt::ISODate);
}

QString uniqueVersionName(const QString &name, const QStringList &taken)
{
    if (!taken.contains(name))
        return name;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

void refuseUnknownVersion(const QString &file, const QString &name, const QList<VersionInfo> &versions)
{
    QStringList names;
    for (const VersionInfo &v : versions)
        names << QStringLiteral("\"%1\"").arg(v.name);
    throw PlanError(file + '@' + name, {},
                    names.isEmpty() ? QStringLiteral("no such version; %1 has no versions").arg(file)
                                    : QStringLiteral("no such version; the versions in %1 are %2").arg(file, names.join(QStringLiteral(", "))));
}

} // namespace planverk
