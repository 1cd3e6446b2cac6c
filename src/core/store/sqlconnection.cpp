#include "store/sqlconnection.h"

#include <QAtomicInteger>

namespace planverk {

namespace {
QAtomicInteger<quint64> connectionCounter;
} // namespace

QSqlDatabase SqlConnection::add(const QString &driver, const QString &prefix)
{
    m_name = QStringLiteral("%1-%2").arg(prefix).arg(++connectionCounter);
    return QSqlDatabase::addDatabase(driver, m_name);
}

SqlConnection::~SqlConnection()
{
    queries.clear(); // before the connection they run on
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase d = QSqlDatabase::database(m_name, false);
        d.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace planverk
