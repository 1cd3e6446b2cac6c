// The PostgreSQL server of the team tests (tests/pg/pgserver.sh): the one the
// ctest fixture started (PLANVERK_TEST_PGSERVER names its state file), or,
// when the test program runs by itself, one started for this process and
// stopped when it ends. Tests get a database of their own from it.
#pragma once

#include <QString>
#include <QVariantList>

namespace planverk::test {

class PgTestServer
{
public:
    /// The shared server (started on first use when there is no fixture).
    static PgTestServer &shared();
    /// A server of the caller's own (for a test that restarts it), stopped
    /// by the destructor.
    static PgTestServer startPrivate();

    PgTestServer(PgTestServer &&other) noexcept;
    ~PgTestServer();

    /// The socket folder.
    const QString &socketDir() const { return m_socketDir; }
    /// postgresql://USER@%2Fsocket%2Ffolder/DATABASE?plan=PLAN (the plan
    /// percent-encoded).
    QString url(const QString &database, const QString &plan, const QString &user = QStringLiteral("planverk")) const;
    /// Creates an empty database with a name of its own, made from `hint`.
    QString newDatabase(const QString &hint);
    /// Runs `sql` in `database` as the superuser; the first column of the first row.
    QVariant sql(const QString &database, const QString &sql, const QVariantList &args = {}) const;
    /// Stops the server (fast shutdown) and starts it again.
    void restart();
    /// Stops the server (fast shutdown), its data kept; resume() starts it again.
    void halt();
    void resume();

private:
    PgTestServer(QString state, QString socketDir, bool owned);
    QString m_state;
    QString m_socketDir;
    bool m_owned = false;
};

} // namespace planverk::test
