#include "io/planlocation.h"

#include "model/planerror.h"

#include <QUrl>

namespace planverk {

namespace {

// libpq's connection parameters (PostgreSQL 15, "Parameter Key Words") that a
// URL's query may carry; `host`, `port`, `user`, `password` and `dbname` go
// to their own fields.
const QStringList &libpqParameters()
{
    static const QStringList names{
        QStringLiteral("hostaddr"), QStringLiteral("passfile"), QStringLiteral("channel_binding"), QStringLiteral("connect_timeout"),
        QStringLiteral("client_encoding"), QStringLiteral("options"), QStringLiteral("application_name"),
        QStringLiteral("fallback_application_name"), QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"), QStringLiteral("tcp_user_timeout"),
        QStringLiteral("sslmode"), QStringLiteral("requiressl"), QStringLiteral("sslcompression"), QStringLiteral("sslcert"),
        QStringLiteral("sslkey"), QStringLiteral("sslpassword"), QStringLiteral("sslrootcert"), QStringLiteral("sslcrl"),
        QStringLiteral("sslcrldir"), QStringLiteral("sslsni"), QStringLiteral("requirepeer"), QStringLiteral("ssl_min_protocol_version"),
        QStringLiteral("ssl_max_protocol_version"), QStringLiteral("gssencmode"), QStringLiteral("krbsrvname"), QStringLiteral("gsslib"),
        QStringLiteral("service"), QStringLiteral("target_session_attrs")};
    return names;
}

// Percent-encodes everything but letters, digits and -._~ (and what `keep` names).
QString encoded(const QString &s, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s, keep));
}

// The URL as it may be shown: the password, where there is one, left out.
QString withoutPassword(const QString &text)
{
    const qsizetype start = text.indexOf(QLatin1String("://"));
    if (start < 0)
        return text;
    const qsizetype end = [&] {
        qsizetype e = text.size();
        for (QChar c : {QChar('/'), QChar('?')}) {
            const qsizetype i = text.indexOf(c, start + 3);
            if (i >= 0 && i < e)
                e = i;
        }
        return e;
    }();
    const qsizetype at = text.lastIndexOf('@', end - 1);
    if (at < start + 3)
        return text;
    const qsizetype colon = text.indexOf(':', start + 3);
    if (colon < 0 || colon > at)
        return text;
    return text.left(colon) + text.mid(at);
}

class Reader
{
public:
    explicit Reader(const QString &text) : m_shown(withoutPassword(text)) {}

    [[noreturn]] void refuse(const QString &what) const
    {
        throw PlanError(m_shown, {}, QStringLiteral("is not a plan location Planverk can use: %1").arg(what));
    }

    // A percent-encoded part, decoded; a '%' not followed by two hex digits is refused.
    QString decoded(const QString &part, const char *what) const
    {
        for (qsizetype i = part.indexOf('%'); i >= 0; i = part.indexOf('%', i + 1)) {
            const auto hex = [](QChar c) { return (c >= '0' && c <= '9') || (c.toLower() >= 'a' && c.toLower() <= 'f'); };
            if (i + 2 >= part.size() || !hex(part[i + 1]) || !hex(part[i + 2]))
                refuse(QStringLiteral("the %1 has a '%' that is not followed by two hexadecimal digits").arg(QLatin1String(what)));
        }
        const QByteArray bytes = QByteArray::fromPercentEncoding(part.toUtf8());
        const QString s = QString::fromUtf8(bytes);
        if (s.toUtf8() != bytes)
            refuse(QStringLiteral("the %1 is not UTF-8 text").arg(QLatin1String(what)));
        return s;
    }

    int port(const QString &text) const
    {
        bool ok = false;
        const int p = text.toInt(&ok);
        if (!ok || p < 1 || p > 65535 || text.startsWith('+'))
            refuse(QStringLiteral("the port \"%1\" is not a number from 1 to 65535").arg(text));
        return p;
    }

private:
    QString m_shown;
};

} // namespace

bool isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString planNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("the plan name is empty");
    if (name.size() > kMaxPlanNameLength)
        return QStringLiteral("the plan name is longer than %1 characters").arg(kMaxPlanNameLength);
    for (QChar c : name)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return QStringLiteral("the plan name has a control character");
    return {};
}

ServerLocation parseServerUrl(const QString &text)
{
    const Reader r(text);
    if (!isServerUrl(text))
        r.refuse(QStringLiteral("it does not start with postgresql://"));
    qsizetype i = text.indexOf(QLatin1String("://")) + 3;
    ServerLocation loc;

    // [user[:password]@][host][:port]
    qsizetype end = i;
    while (end < text.size() && text[end] != '/' && text[end] != '?')
        ++end;
    QString authority = text.mid(i, end - i);
    const qsizetype at = authority.lastIndexOf('@');
    if (at >= 0) {
        const QString userinfo = authority.left(at);
        const qsizetype colon = userinfo.indexOf(':');
        loc.user = r.decoded(colon < 0 ? userinfo : userinfo.left(colon), "user name");
        if (colon >= 0)
            loc.password = r.decoded(userinfo.mid(colon + 1), "password");
        authority = authority.mid(at + 1);
    }
    if (authority.contains(','))
        r.refuse(QStringLiteral("it names several hosts; give one"));
    QString hostText = authority, portText;
    if (authority.startsWith('[')) {
        const qsizetype close = authority.indexOf(']');
        if (close < 0)
            r.refuse(QStringLiteral("the IPv6 address has no closing ']'"));
        hostText = authority.mid(1, close - 1);
        const QString rest = authority.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(':'))
            r.refuse(QStringLiteral("\"%1\" after the IPv6 address is not a port").arg(rest));
        portText = rest.mid(1);
        if (rest.startsWith(':') && portText.isEmpty())
            r.refuse(QStringLiteral("the port after ':' is missing"));
    } else if (const qsizetype colon = authority.lastIndexOf(':'); colon >= 0) {
        hostText = authority.left(colon);
        portText = authority.mid(colon + 1);
        if (portText.isEmpty())
            r.refuse(QStringLiteral("the port after ':' is missing"));
    }
    loc.host = r.decoded(hostText, "host");
    if (!portText.isEmpty())
        loc.port = r.port(portText);
    i = end;

    // [/database]
    if (i < text.size() && text[i] == '/') {
        end = text.indexOf('?', i);
        if (end < 0)
            end = text.size();
        loc.database = r.decoded(text.mid(i + 1, end - i - 1), "database name");
        i = end;
    }

    // ?plan=NAME&param=value...
    bool hasPlan = false;
    if (i < text.size()) {
        const QString query = text.mid(i + 1);
        for (const QString &pair : query.split('&', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf('=');
            if (eq < 0)
                r.refuse(QStringLiteral("\"%1\" in the query has no '=value'").arg(pair));
            const QString key = r.decoded(pair.left(eq), "query");
            const QString value = r.decoded(pair.mid(eq + 1), "query");
            if (key == QLatin1String("plan")) {
                if (hasPlan)
                    r.refuse(QStringLiteral("it names the plan twice"));
                hasPlan = true;
                loc.plan = value;
            } else if (key == QLatin1String("host")) {
                if (value.contains(','))
                    r.refuse(QStringLiteral("it names several hosts; give one"));
                loc.host = value;
            } else if (key == QLatin1String("port")) {
                loc.port = r.port(value);
            } else if (key == QLatin1String("user")) {
                loc.user = value;
            } else if (key == QLatin1String("password")) {
                loc.password = value;
            } else if (key == QLatin1String("dbname")) {
                loc.database = value;
            } else if (libpqParameters().contains(key)) {
                if (value.contains(';'))
                    r.refuse(QStringLiteral("the value of %1 has a ';'").arg(key));
                loc.options.append({key, value});
            } else {
                r.refuse(QStringLiteral("\"%1\" is not a connection parameter (the plan is named by plan=NAME)").arg(key));
            }
        }
    }
    if (!hasPlan)
        r.refuse(QStringLiteral("it names no plan: add ?plan=NAME (a database holds several plans)"));
    const QString problem = planNameProblem(loc.plan);
    if (!problem.isEmpty())
        r.refuse(problem);
    return loc;
}

QString ServerLocation::serverDisplay() const
{
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += encoded(user) + '@';
    s += host.contains(':') && !host.startsWith('/') ? '[' + host + ']' : encoded(host);
    if (port > 0)
        s += ':' + QString::number(port);
    if (!database.isEmpty())
        s += '/' + encoded(database);
    return s;
}

QString ServerLocation::display() const
{
    QString s = serverDisplay() + QStringLiteral("?plan=") + encoded(plan);
    for (const auto &[key, value] : options)
        if (key != QLatin1String("sslpassword"))
            s += '&' + key + '=' + encoded(value);
    return s;
}

QString ServerLocation::connectOptions() const
{
    // QPSQL turns ';' into ' ' and hands the result to libpq: values are
    // quoted as libpq's key = 'value' syntax wants.
    QStringList out;
    for (const auto &[key, value] : options) {
        QString v = value;
        v.replace('\\', QLatin1String("\\\\")).replace('\'', QLatin1String("\\'"));
        out << key + QStringLiteral("='") + v + '\'';
    }
    return out.join(';');
}

PlanLocation PlanLocation::parse(const QString &text)
{
    PlanLocation l;
    if (isServerUrl(text))
        l.server = parseServerUrl(text);
    else
        l.file = text;
    return l;
}

} // namespace planverk
