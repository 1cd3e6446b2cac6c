// One named QSqlDatabase connection, owned: a unique name per store, closed
// and removed (QSqlDatabase::removeDatabase) when the owner goes. Both stores
// (file and server) keep their connection through this, and their cache of
// prepared queries, which must go before the connection does.
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace planverk {

class SqlConnection
{
public:
    SqlConnection() = default;
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    /// Adds a connection of `driver` ("QSQLITE", "QPSQL") under a name of its
    /// own made from `prefix`, and returns it (not yet open).
    QSqlDatabase add(const QString &driver, const QString &prefix);
    /// The connection (invalid before add()).
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool isAdded() const { return !m_name.isEmpty(); }

    /// Prepared queries by their SQL, kept for the connection's life.
    mutable QHash<QString, QSqlQuery> queries;

private:
    QString m_name;
};

} // namespace planverk
