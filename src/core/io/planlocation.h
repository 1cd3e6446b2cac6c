// Where a plan lives: a file, or a plan on a PostgreSQL server (issue 15).
//
// A server location is libpq's connection URI plus the plan's name:
//
//   postgresql://[user[:password]@][host][:port][/database]?plan=NAME[&param=value...]
//
// as psql takes it: every part but `plan` may be left out (libpq then takes
// PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD and ~/.pgpass, as psql
// does); a unix-socket folder is a host that starts with '/', given
// percent-encoded (postgresql://%2Fvar%2Frun%2Fpostgresql/plans?plan=x) or
// as `host=/var/run/postgresql` in the query; the other query parameters are
// libpq's (sslmode, connect_timeout, application_name, ...). `postgres://`
// is the same. Only one host: libpq's lists of hosts are refused.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace planverk {

/// A plan on a PostgreSQL server.
struct ServerLocation {
    QString user;     ///< empty: PGUSER, else the login name
    QString password; ///< as given in the URL (better: ~/.pgpass); never shown
    QString host;     ///< a host name or address, or a socket folder ("/..."); empty: PGHOST, else the default socket
    int port = 0;     ///< 0: PGPORT, else 5432
    QString database; ///< empty: PGDATABASE, else the user name
    QString plan;     ///< the plan's name in that database
    /// Further libpq parameters from the query, in the order given.
    QList<QPair<QString, QString>> options;

    /// The URL without the password, percent-encoded where needed: how
    /// messages, the recent-plans list and the window title name the plan.
    QString display() const;
    /// The same without the plan: the server and database.
    QString serverDisplay() const;
    /// libpq's connection options for the parameters that have no field of
    /// their own in QSqlDatabase, as QPSQL takes them ("a=b;c=d").
    QString connectOptions() const;

    bool operator==(const ServerLocation &) const = default;
};

/// True when `text` is a PostgreSQL URL (postgresql:// or postgres://), not a file.
bool isServerUrl(const QString &text);

/// Reads a server URL. A URL that is not one Planverk can use throws
/// PlanError naming the URL (without its password) and what is wrong: the
/// scheme, a missing or empty `plan`, a bad port, an unknown parameter, a
/// list of hosts, a bad percent-encoding.
ServerLocation parseServerUrl(const QString &text);

/// A file or a server URL, as the user named it.
struct PlanLocation {
    QString file;                        ///< when not on a server
    std::optional<ServerLocation> server; ///< when on a server

    /// A server URL (isServerUrl()) is parsed, anything else is a file name.
    static PlanLocation parse(const QString &text);
    bool isServer() const { return server.has_value(); }
    /// The file name, or the URL without its password.
    QString display() const { return server ? server->display() : file; }
};

/// The longest plan name a server keeps.
inline constexpr int kMaxPlanNameLength = 200;

/// Why `name` cannot name a plan on a server, or an empty string.
QString planNameProblem(const QString &name);

} // namespace planverk
