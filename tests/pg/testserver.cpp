#include "testserver.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <catch2/catch.hpp>

#include <memory>
#include <stdexcept>

#include <unistd.h>

namespace planverk::test {

namespace {

QString script() { return QStringLiteral(PLANVERK_SOURCE_DIR "/tests/pg/pgserver.sh"); }

QString runScript(const QStringList &args)
{
    QProcess p;
    p.start(script(), args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        throw std::runtime_error(QString(QStringLiteral("pgserver.sh ") + args.join(' ') + " failed: " + QString::fromLocal8Bit(p.readAllStandardError())).toStdString());
    return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
}

QString readState(const QString &state)
{
    QFile f(state);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(f.readAll()).trimmed();
}

QAtomicInteger<int> counter;

} // namespace

PgTestServer::PgTestServer(QString state, QString socketDir, bool owned) : m_state(std::move(state)), m_socketDir(std::move(socketDir)), m_owned(owned) {}

PgTestServer::PgTestServer(PgTestServer &&other) noexcept
    : m_state(std::move(other.m_state)), m_socketDir(std::move(other.m_socketDir)), m_owned(other.m_owned)
{
    other.m_owned = false;
}

PgTestServer::~PgTestServer()
{
    if (m_owned) {
        QProcess p;
        p.start(script(), {QStringLiteral("stop"), m_state});
        p.waitForFinished(60000);
    }
}

PgTestServer &PgTestServer::shared()
{
    static std::unique_ptr<PgTestServer> server = [] {
        const QString fixture = qEnvironmentVariable("PLANVERK_TEST_PGSERVER");
        if (!fixture.isEmpty()) {
            const QString dir = readState(fixture);
            if (dir.isEmpty())
                throw std::runtime_error("PLANVERK_TEST_PGSERVER names no running server (did the fixture pg-server-start fail?)");
            return std::unique_ptr<PgTestServer>(new PgTestServer(fixture, dir, false));
        }
        return std::make_unique<PgTestServer>(startPrivate());
    }();
    return *server;
}

PgTestServer PgTestServer::startPrivate()
{
    const QString state = QDir::temp().filePath(QStringLiteral("planverk-pg-state-%1-%2").arg(::getpid()).arg(++counter));
    const QString dir = runScript({QStringLiteral("start"), state, QString::number(::getpid())});
    return PgTestServer(state, dir, true);
}

QString PgTestServer::url(const QString &database, const QString &plan, const QString &user) const
{
    return QStringLiteral("postgresql://%1@%2/%3?plan=%4")
        .arg(user, QString::fromLatin1(QUrl::toPercentEncoding(m_socketDir)), database, QString::fromLatin1(QUrl::toPercentEncoding(plan)));
}

QString PgTestServer::newDatabase(const QString &hint)
{
    QString name = QStringLiteral("t_%1_%2_%3").arg(hint).arg(::getpid()).arg(++counter).toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    sql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1 STRATEGY = FILE_COPY").arg(name));
    return name;
}

QVariant PgTestServer::sql(const QString &database, const QString &statement, const QVariantList &args) const
{
    const QString connection = QStringLiteral("pgtest-%1").arg(++counter);
    QVariant result;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_socketDir);
        db.setPort(5432);
        db.setDatabaseName(database);
        db.setUserName(QStringLiteral("planverk"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            bool ok = true;
            if (args.isEmpty()) {
                ok = q.exec(statement);
            } else {
                q.prepare(statement);
                for (int i = 0; i < args.size(); ++i)
                    q.bindValue(i, args[i]);
                ok = q.exec();
            }
            if (!ok)
                error = q.lastError().text();
            else if (q.next())
                result = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty())
        FAIL((QStringLiteral("SQL failed in %1: %2: %3").arg(database, statement, error)).toStdString());
    return result;
}

void PgTestServer::restart()
{
    runScript({QStringLiteral("restart"), m_state});
}

void PgTestServer::halt()
{
    runScript({QStringLiteral("halt"), m_state});
}

void PgTestServer::resume()
{
    runScript({QStringLiteral("resume"), m_state});
}

} // namespace planverk::test
