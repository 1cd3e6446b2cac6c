// Untrusted input: every file in tests/data/bad/ gives a clear error naming
// the file and exit code 1 from the CLI, never a crash or a hang, and the
// file is not changed.
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QFile>

using namespace planverk;
using namespace planverk::test;

namespace {

// Hashes of every file below `path` (a file or a folder).
QMap<QString, QByteArray> fingerprint(const QString &path)
{
    QMap<QString, QByteArray> out;
    if (QFileInfo(path).isFile()) {
        out.insert(path, QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256));
        return out;
    }
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        out.insert(f, QCryptographicHash::hash(readAll(f), QCryptographicHash::Sha256));
    }
    return out;
}

struct Case {
    const char *file;
    const char *reason; // part of the message
};

// What each bad input must say.
const Case kCases[] = {
    {"empty.planverk", "the file is empty, not a Planverk plan"},
    {"random-bytes.planverk", "is not a Planverk plan (not an SQLite database)"},
    {"truncated.planverk", "is truncated: the database needs 147456 bytes but the file has 73728"},
    {"other-program.planverk", "is an SQLite database of another program"},
    {"future-schema.planverk", "was written by a newer Planverk (schema version 99"},
    {"bad-status.planverk", "is damaged: table plan_info, column status: \"godkjent\" is not one of"},
    {"bad-date.planverk", "is damaged: table plan_info, column adopted_date: \"31.02.2021\" is not a date"},
    {"dangling-link.planverk", "is damaged: table goal_themes, row with owner \"1d539a84-1619-5e41-81a3-45be57218a81\" and target "
                               "\"f98a3984-a5e5-5f2a-be20-51b8573f3a97\", column target: refers to an entry of table theme that is not there "
                               "(and 3 more broken references)"},
    {"wrong-types.json", "/plan/periodStart: expected a whole number or null, found a string"},
    {"deep-nesting.json", ":1:120: nested more than 64 levels deep"},
    {"invalid-utf8.json", "ill-formed UTF-8 byte"},
    {"truncated.json", "missing closing quote"},
    {"not-a-plan.json", "/format: expected \"planverk-plan\"; this is not a Planverk plan"},
    {"number-overflow.json", "number overflow parsing '666666e6666666'"}, // found by fuzzing
    {"template-unclosed-section", "document.mustache:4:1: section 'goalsChapter' is never closed"},
    {"template-self-including", "kapittel.mustache:1:10: partials nested more than 64 levels deep (does 'kapittel' include itself?)"},
    {"template-block-recursion", "blocks nested more than 64 levels deep (does block 'innhold' contain itself?)"}, // found by fuzzing
    {"template-deep-nest", "document.mustache:1:901: sections are nested more than 100 levels deep"},
    {"unclosed-tag.mustache", "unclosed-tag.mustache:1:5: unclosed tag: '{{' without '}}'"},
    {"duplicate-key.json", ":7:5: the key \"title\" is given twice in one object (first at 5:5)"},
    // Text from a file is quoted with its control characters made visible.
    {"control-characters.json", "/plan/status: \"\\x1b]0;eid\\x07\\x1b[2J\\x0darchived\" is not one of"},
    {"control-characters.planverk", "\"\\x1b[2J\\x1b]0;eid\\x07godkjent\\x0d\""},
    {"template-control-characters", "document.mustache:4:1: section 'goals\\x1b[31mChapter\\x07' is never closed"},
};

// A character a terminal acts on instead of showing it.
bool hasControlCharacter(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0); });
}

} // namespace

TEST_CASE("Every bad input gives a clear error and exit code 1 and stays as it was", "[security][badinput]")
{
    const QDir corpus(sourcePath(QStringLiteral("tests/data/bad")));
    // Every entry of the corpus has a case (and the other way round).
    QStringList entries = corpus.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    entries.removeAll(QStringLiteral("data.json")); // data for the template case
    QStringList covered;
    for (const Case &c : kCases)
        covered << QString::fromLatin1(c.file);
    std::sort(entries.begin(), entries.end());
    std::sort(covered.begin(), covered.end());
    CHECK(entries == covered);

    QTemporaryDir dir;
    const QString plan = sourcePath(QStringLiteral("data/troms-internasjonalt-arbeid.json"));
    for (const Case &c : kCases) {
        const QString name = QString::fromLatin1(c.file);
        INFO(c.file);
        const QString input = corpus.filePath(name);
        const auto before = fingerprint(input);
        QStringList args;
        if (name.startsWith(QLatin1String("template-")))
            args = {QStringLiteral("render"), plan, QStringLiteral("-o"), dir.filePath(QStringLiteral("ut.pdf")), QStringLiteral("--template"), input};
        else if (name.endsWith(QLatin1String(".mustache")))
            args = {QStringLiteral("mustache"), input, corpus.filePath(QStringLiteral("data.json"))};
        else
            args = {QStringLiteral("check"), input};
        const Run r = cli(args);
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(QStringLiteral("planverk-cli: ") + input));
        CHECK(r.err.contains(QString::fromUtf8(c.reason)));
        CHECK(r.err.count('\n') == 1); // one line, no Qt noise
        CHECK_FALSE(hasControlCharacter(r.err.chopped(1)));
        CHECK(fingerprint(input) == before);
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("ut.pdf"))));
        // Import is refused the same way and writes nothing.
        if (name.endsWith(QLatin1String(".json"))) {
            const Run imp = cli({QStringLiteral("import"), input, dir.filePath(QStringLiteral("ny.planverk"))});
            CHECK(imp.exitCode == 1);
            CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("ny.planverk"))));
        }
    }
}

TEST_CASE("A 50 MB string is refused with the place it is in", "[security][badinput]")
{
    QTemporaryDir dir;
    QByteArray json = readAll(sourcePath(QStringLiteral("data/troms-internasjonalt-arbeid.json")));
    const QByteArray marker = "\"photoCredit\": \"";
    const qsizetype at = json.indexOf(marker) + marker.size();
    json.insert(at, QByteArray(50 * 1024 * 1024, 'x'));
    const QString path = dir.filePath(QStringLiteral("stor.json"));
    writeAll(path, json);
    const Run r = cli({QStringLiteral("import"), path, dir.filePath(QStringLiteral("stor.planverk"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err == QStringLiteral("planverk-cli: %1: /plan/photoCredit: the text is longer than 1,000,000 characters\n").arg(path));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("stor.planverk"))));
}

TEST_CASE("A failed import or migration leaves the original file byte-identical", "[security][durability]")
{
    QTemporaryDir dir;
    // An import that fails half way (a dangling link) over an existing plan.
    const QString target = dir.filePath(QStringLiteral("plan.planverk"));
    REQUIRE(cli({QStringLiteral("import"), sourcePath(QStringLiteral("data/troms-internasjonalt-arbeid.json")), target}).exitCode == 0);
    const QByteArray before = readAll(target);
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--force"), sourcePath(QStringLiteral("tests/data/bad/wrong-types.json")), target});
    CHECK(r.exitCode == 1);
    CHECK(readAll(target) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("plan.planverk")});

    // A version 1 file that cannot be upgraded: it has a table of its own
    // where version 2 adds one. Refused before the upgrade starts.
    const QString old = dir.filePath(QStringLiteral("gammel.planverk"));
    REQUIRE(QFile::copy(sourcePath(QStringLiteral("tests/fixtures/plan-v1.planverk")), old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    {
        // Version 2 adds a table "reference"; a version 1 file that already has one cannot be upgraded.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mig"));
        db.setDatabaseName(old);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"))); // a WAL file, through Planverk's locking VFS
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE reference (x)")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mig"));
    const QByteArray oldBytes = readAll(old);
    const Run m = cli({QStringLiteral("export"), old, QStringLiteral("-")});
    CHECK(m.exitCode == 1);
    CHECK(m.err.contains(QStringLiteral("is damaged: table reference: not a table of a Planverk plan (schema version 1)")));
    CHECK(readAll(old) == oldBytes);
}
