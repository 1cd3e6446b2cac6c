// planverk-cli: the plan file, its JSON and its documents, headless.
// Exit codes: 0 success, 1 bad input or failed check, 2 wrong usage.

#include "io/planfile.h"
#include "io/planjson.h"
#include "model/planchecks.h"
#include "model/planerror.h"
#include "store/planstore.h"
#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>

using namespace planverk;

namespace {

constexpr int kOk = 0;
constexpr int kBadInput = 1;
constexpr int kUsage = 2;

const char *const kUsageText =
    "Usage: planverk-cli COMMAND [OPTIONS] ARGS\n"
    "\n"
    "Commands:\n"
    "  import PLAN.json OUT.planverk [--force]\n"
    "        Create a plan file from a JSON plan. Refuses to replace OUT unless --force.\n"
    "  export IN.planverk OUT.json\n"
    "        Write the plan as JSON (deterministic; '-' for standard output).\n"
    "  check IN\n"
    "        Check a .planverk or .json plan: the file and the plan's own rules.\n"
    "        One line per finding; exit 1 if any finding is an error.\n"
    "\n"
    "Options:\n"
    "  -h, --help       Show this help.\n"
    "  -v, --version    Show the version.\n"
    "\n"
    "Exit codes: 0 success, 1 bad input or failed check, 2 wrong usage.\n";

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

struct Args {
    QStringList positional;
    QStringList flags;
    bool has(const char *f) const { return flags.contains(QLatin1String(f)); }
};

[[noreturn]] void usage(const QString &message)
{
    err() << "planverk-cli: " << message << "\n"
          << "Try 'planverk-cli --help'.\n";
    err().flush();
    std::exit(kUsage);
}

Args parse(const QStringList &raw, const QStringList &allowedFlags, int positionalCount, const char *command)
{
    Args a;
    for (const QString &s : raw) {
        if (s.startsWith(QLatin1String("--")) || (s.startsWith('-') && s.size() > 1)) {
            if (!allowedFlags.contains(s))
                usage(QStringLiteral("%1: unknown option %2").arg(QLatin1String(command), s));
            a.flags << s;
        } else {
            a.positional << s;
        }
    }
    if (a.positional.size() != positionalCount)
        usage(QStringLiteral("%1 takes %2 file argument%3, got %4")
                  .arg(QLatin1String(command)).arg(positionalCount).arg(positionalCount == 1 ? "" : "s").arg(a.positional.size()));
    return a;
}

int cmdImport(const QStringList &raw)
{
    const Args a = parse(raw, {QStringLiteral("--force")}, 2, "import");
    const QString in = a.positional[0];
    const QString target = a.positional[1];
    const Plan plan = readPlanJsonFile(in);
    const QFileInfo ti(target);
    if (ti.exists() && !a.has("--force"))
        throw PlanError(target, {}, QStringLiteral("exists already; it was left as it is (use --force to replace it)"));
    if (ti.isDir())
        throw PlanError(target, {}, QStringLiteral("is a folder"));
    // Build the new file beside the target, then rename it into place: the
    // old file stays intact until the new one is complete.
    QString temp;
    {
        QTemporaryFile t(ti.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(ti.fileName())));
        if (!t.open())
            throw PlanError(target, {}, QStringLiteral("cannot be written: %1").arg(t.errorString()));
        temp = t.fileName();
    } // removed again; PlanStore::create wants a fresh path
    try {
        PlanStore::createFrom(temp, plan); // closed again at once: WAL checkpointed
    } catch (const PlanError &e) {
        throw PlanError(target, {}, e.message());
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temp);
        throw PlanError(target, {}, QStringLiteral("cannot be replaced: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    return kOk;
}

int cmdExport(const QStringList &raw)
{
    const Args a = parse(raw, {}, 2, "export");
    const QString in = a.positional[0];
    const QString target = a.positional[1];
    if (isJsonPath(in))
        throw PlanError(in, {}, QStringLiteral("is a JSON file; export reads a .planverk plan file"));
    const QByteArray json = exportPlanJson(PlanStore::open(in, PlanStore::Mode::ReadOnly)->load());
    if (target == QLatin1String("-")) {
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
    } else {
        writeFileAtomically(target, json);
    }
    return kOk;
}

int cmdCheck(const QStringList &raw)
{
    const Args a = parse(raw, {}, 1, "check");
    const QString in = a.positional[0];
    QList<Finding> findings;
    Plan plan;
    if (isJsonPath(in)) {
        plan = readPlanJsonFile(in);
    } else {
        auto store = PlanStore::open(in, PlanStore::Mode::ReadOnly);
        for (const QString &p : store->integrityProblems())
            findings.append({Finding::Severity::Error, QString(), QUuid(), QStringLiteral("file integrity: %1").arg(p)});
        plan = store->load();
    }
    findings += checkPlan(plan);
    int errors = 0;
    int warnings = 0;
    for (const Finding &f : findings) {
        (f.isError() ? errors : warnings)++;
        out() << PlanError::compose(in, f.path, QStringLiteral("%1: %2").arg(f.isError() ? "error" : "warning", f.message)) << "\n";
    }
    if (findings.isEmpty())
        out() << in << ": no problems found\n";
    else
        out() << in << ": " << errors << (errors == 1 ? " error, " : " errors, ") << warnings << (warnings == 1 ? " warning\n" : " warnings\n");
    return errors > 0 ? kBadInput : kOk;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("planverk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLANVERK_VERSION));
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        usage(QStringLiteral("no command given"));
    const QString command = args.takeFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        out() << kUsageText;
        return kOk;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out() << "planverk-cli " << PLANVERK_VERSION << "\n";
        return kOk;
    }
    const std::map<QString, std::function<int(const QStringList &)>> commands{
        {QStringLiteral("import"), cmdImport},
        {QStringLiteral("export"), cmdExport},
        {QStringLiteral("check"), cmdCheck},
    };
    const auto it = commands.find(command);
    if (it == commands.end())
        usage(QStringLiteral("unknown command '%1'").arg(command));
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        out() << kUsageText;
        return kOk;
    }
    try {
        const int rc = it->second(args);
        out().flush();
        return rc;
    } catch (const PlanError &e) {
        out().flush();
        err() << "planverk-cli: " << e.toString() << "\n";
        return kBadInput;
    } catch (const std::exception &e) {
        out().flush();
        err() << "planverk-cli: " << e.what() << "\n";
        return kBadInput;
    }
}
