// planverk-cli: the plan file, its JSON and its documents, headless.
// Exit codes: 0 success, 1 bad input or failed check, 2 wrong usage (diff: 3 when the plans differ).

#include "io/atomicfile.h"
#include "render/allocatortuning.h"
#include "render/backgroundfree.h"
#include "io/createplanfile.h"
#include "io/diffjson.h"
#include "model/diffreport.h"
#include "render/diffdocument.h"
#include "io/inputfiles.h"
#include "io/planfile.h"
#include "io/planjson.h"
#include "io/planlocation.h"
#include "io/versionjson.h"
#include "io/valuescsv.h"
#include "model/planchecks.h"
#include "model/followuprules.h"
#include "model/planerror.h"
#include "render/documentwriter.h"
#include "render/followupview.h"
#include "render/mustache.h"
#include "render/templateset.h"
#include "render/odttemplate.h"
#include "render/wordtemplate.h"
#include "render/viewmodel.h"
#include "store/planstore.h"
#include "store/serverstore.h"
#include "version.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QLockFile>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <map>

using namespace planverk;

namespace {

constexpr int kOk = 0;
constexpr int kBadInput = 1;
constexpr int kUsage = 2;
constexpr int kDifferent = 3; // diff: the plans differ

const char *const kUsageText =
    "Usage: planverk-cli COMMAND [OPTIONS] ARGS\n"
    "\n"
    "Commands:\n"
    "  import PLAN.json OUT.planverk [--force]\n"
    "        Create a plan file from a JSON plan. Refuses to replace OUT unless --force.\n"
    "        OUT may be a server URL: the plan is created there; with --force a plan of\n"
    "        that name there gets the JSON's content (its versions there are kept).\n"
    "  export IN.planverk OUT.json\n"
    "        Write the plan and its versions as JSON (deterministic; '-' for standard\n"
    "        output). IN.planverk@NAME writes the version NAME alone.\n"
    "  check IN\n"
    "        Check a .planverk or .json plan: the file, its versions and the plan's own rules.\n"
    "        One line per finding; exit 1 if any finding is an error.\n"
    "  render IN -o OUT.(pdf|html|docx|odt) [--template NAME|DIR|COUNTY.docx] [--lang nb|nn|en]\n"
    "         [--pdfa|--accessible]\n"
    "        Render a .planverk or .json plan as a document; the format follows OUT's\n"
    "        extension. --pdfa writes PDF/A-1b for archiving. --accessible writes a\n"
    "        tagged PDF/A-2b (PDF/UA-1) through LibreOffice (libreoffice-writer-nogui).\n"
    "        A county template (.docx/.dotx for OUT.docx, .odt/.ott for OUT.odt, either\n"
    "        for OUT.pdf with --accessible) is filled: its [placeholders], and the\n"
    "        chapters at the paragraph [Planinnhold].\n"
    "  report PLAN [--period P] -o OUT.(pdf|html|docx|odt) [--lang nb|nn|en]\n"
    "        The follow-up report of a period (by name): summary, goals with their\n"
    "        status, indicators and actions (template 'rapport'). Without --period:\n"
    "        the latest period with status reports or indicator values.\n"
    "  import-values PLAN.planverk VALUES.csv\n"
    "        Read indicator values (columns indicator, period, value, note, source;\n"
    "        comma or semicolon; decimal comma accepted) into the plan, all or nothing.\n"
    "        PLAN may be a server URL: one transaction; editors with the plan open see it.\n"
    "  viewmodel IN [--lang nb|nn|en] [--print] [-o OUT]\n"
    "        Print the data a template sees for a plan, as JSON.\n"
    "  versions PLAN\n"
    "        List the plan's versions: name, when made (UTC), status, note; one a line,\n"
    "        the columns separated by tabs.\n"
    "  snapshot PLAN.planverk NAME [--note TEXT]\n"
    "        Keep the plan as it is now as the version NAME (refused if NAME is taken).\n"
    "  diff A B [-o OUT.(html|pdf|docx)] [--json] [--lang nb|nn|en]\n"
    "        What changed from plan A to plan B (.json or .planverk): entities added,\n"
    "        removed, moved and changed, texts word by word. Without -o a summary on\n"
    "        standard output; --json the change list as JSON (docs/diff.md); -o the\n"
    "        document \"Endringer fra A til B\". Exit 0 when equal, 3 when different.\n"
    "  push PLAN URL\n"
    "        Copy a plan (.planverk, .json or a URL, with its versions) to a PostgreSQL server\n"
    "        as the plan URL names, in one transaction; a plan of that name is left as it is.\n"
    "  pull URL OUT.planverk [--force]\n"
    "        Copy a plan on a server (with its versions) to a new plan file, read in one\n"
    "        transaction. Refuses to replace OUT unless --force. OUT may be another URL.\n"
    "  templates\n"
    "        List the built-in templates.\n"
    "  mustache TEMPLATE DATA.json [--partials DIR] [--strict] [-o OUT]\n"
    "        Render any Mustache template with any JSON data (partials: DIR/NAME.mustache).\n"
    "        A partial that cannot be found renders nothing, as the Mustache\n"
    "        specification says; --strict makes it an error.\n"
    "\n"
    "A plan (IN, PLAN) may be PLAN@NAME: the version NAME of the plan in PLAN. When\n"
    "the whole argument names a file, it is that file; otherwise it is split at the\n"
    "last '@' whose left part is a file.\n"
    "\n"
    "A plan may also be on a PostgreSQL server (README: Team plans on PostgreSQL):\n"
    "  postgresql://[user@]host[:port]/database?plan=NAME\n"
    "libpq's URL with the plan's name; PGHOST, PGUSER, PGPASSWORD, ~/.pgpass ... as in psql.\n"
    "\n"
    "Options:\n"
    "  -h, --help       Show this help.\n"
    "  -v, --version    Show the version.\n"
    "\n"
    "Exit codes: 0 success, 1 bad input or failed check, 2 wrong usage;\n"
    "diff: 0 the plans are equal, 3 they differ.\n";

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
    QHash<QString, QString> values;
    bool has(const char *f) const { return flags.contains(QLatin1String(f)); }
    QString value(const char *o, const QString &fallback = {}) const { return values.value(QLatin1String(o), fallback); }
};

[[noreturn]] void usage(const QString &message)
{
    err() << "planverk-cli: " << PlanError::visible(message) << "\n"
          << "Try 'planverk-cli --help'.\n";
    err().flush();
    std::exit(kUsage);
}

// `valueOptions` take a value: "-o OUT" or "--lang=nn"; the first name is the key.
Args parse(const QStringList &raw, const QStringList &allowedFlags, int positionalCount, const char *command,
           const QList<QStringList> &valueOptions = {})
{
    Args a;
    for (int i = 0; i < raw.size(); ++i) {
        QString s = raw[i];
        if (s == QLatin1String("-") || !(s.startsWith('-') && s.size() > 1)) {
            a.positional << s;
            continue;
        }
        QString inlineValue;
        bool hasInline = false;
        if (s.startsWith(QLatin1String("--")) && s.contains('=')) {
            inlineValue = s.section('=', 1);
            s = s.section('=', 0, 0);
            hasInline = true;
        }
        const QStringList *option = nullptr;
        for (const QStringList &names : valueOptions)
            if (names.contains(s))
                option = &names;
        if (option) {
            if (!hasInline && i + 1 >= raw.size())
                usage(QStringLiteral("%1: %2 needs a value").arg(QLatin1String(command), s));
            a.values.insert(option->first(), hasInline ? inlineValue : raw[++i]);
        } else if (allowedFlags.contains(s) && !hasInline) {
            a.flags << s;
        } else {
            usage(QStringLiteral("%1: unknown option %2").arg(QLatin1String(command), s));
        }
    }
    if (a.positional.size() != positionalCount)
        usage(QStringLiteral("%1 takes %2 file argument%3, got %4")
                  .arg(QLatin1String(command)).arg(positionalCount).arg(positionalCount == 1 ? "" : "s").arg(a.positional.size()));
    return a;
}

bool isStandardOutput(const QString &target) { return target == QLatin1String("-"); }

// How messages and outputs name a plan argument: as given, but a server URL
// without its password (and with its @VERSION).
QString shown(const QString &plan)
{
    const PlanReference ref = parsePlanReference(plan);
    if (!isServerUrl(ref.file))
        return plan;
    const QString url = parseServerUrl(ref.file).display();
    return ref.version ? url + '@' + *ref.version : url;
}

// Refuses an output file that would overwrite one of the inputs.
void refuseOverwriting(const InputFiles &inputs, const QString &target)
{
    if (!isStandardOutput(target))
        inputs.refuseAsOutput(target);
}

// Writes `bytes` to standard output ("-") or, atomically, to the file `target`.
void writeOutput(const QString &target, const QByteArray &bytes)
{
    if (isStandardOutput(target)) {
        out().flush();
        std::fflush(stdout);
        writeStandardOutput(bytes);
    } else {
        writeFileAtomically(target, bytes);
    }
}

// import JSON URL: the plan created on the server (as push does); with
// --force a plan of that name there gets the JSON's content in one
// transaction (the editors that have it open see it; its versions stay).
void importToServer(const ServerLocation &target, const PlanWithVersions &plan, bool force)
{
    if (force && ServerStore::planNames(target).contains(target.plan)) {
        ServerStore::open(target, ServerStore::Mode::ReadWrite)->replaceAll(plan.plan);
        out() << PlanError::compose(target.display(), {}, QStringLiteral("the plan on the server was replaced; its versions there are kept")) << "\n";
        return;
    }
    ServerStore::createFrom(target, plan.plan, plan.versions);
    out() << PlanError::compose(target.display(), {}, QStringLiteral("the plan and %1 versions are on the server").arg(plan.versions.size())) << "\n";
}

int cmdImport(const QStringList &raw)
{
    const Args a = parse(raw, {QStringLiteral("--force")}, 2, "import");
    const QString in = a.positional[0];
    const QString target = a.positional[1];
    InputFiles inputs;
    inputs.addPlanFile(in);
    if (isServerUrl(target)) {
        const PlanWithVersions plan = readPlanWithVersionsJsonFile(in);
        importToServer(parseServerUrl(target), plan, a.has("--force"));
        return kOk;
    }
    inputs.refuseAsOutput(target);
    const PlanWithVersions plan = readPlanWithVersionsJsonFile(in);
    createPlanFile(target, plan.plan, a.has("--force") ? Replace::Yes : Replace::No, plan.versions);
    return kOk;
}

int cmdExport(const QStringList &raw)
{
    const Args a = parse(raw, {}, 2, "export");
    const QString in = a.positional[0];
    const QString target = a.positional[1];
    const PlanReference ref = parsePlanReference(in);
    if (isJsonPath(ref.file))
        throw PlanError(in, {}, QStringLiteral("is a JSON file; export reads a .planverk plan file"));
    InputFiles inputs;
    inputs.addPlanFile(ref.file);
    refuseOverwriting(inputs, target);
    writeOutput(target, ref.version ? exportPlanJson(readPlanFile(in)) : exportPlanWithVersionsJson(readPlanFileWithVersions(ref.file)));
    return kOk;
}

int cmdCheck(const QStringList &raw)
{
    const Args a = parse(raw, {}, 1, "check");
    const QString in = a.positional[0];
    QList<Finding> findings;
    Plan plan;
    const PlanReference ref = parsePlanReference(in);
    if (isJsonPath(ref.file)) {
        plan = readPlanFile(in);
    } else {
        auto store = PlanStore::open(ref.file, PlanStore::Mode::ReadOnly);
        if (!store->isServer()) // a server's integrity is its own; its versions are read below
            for (const QString &p : store->integrityProblems())
                findings.append({Finding::Severity::Error, QString(), QUuid(), QStringLiteral("file integrity: %1").arg(p)});
        plan = ref.version ? store->readVersion(*ref.version) : store->load();
        if (!ref.version) // every version must still be readable: it is never written again
            for (const VersionInfo &v : store->versions()) {
                try {
                    store->readVersion(v.name);
                } catch (const PlanError &e) {
                    findings.append({Finding::Severity::Error, QString(), QUuid(), QStringLiteral("version \"%1\": %2").arg(v.name, e.message())});
                }
            }
    }
    findings += checkPlan(plan);
    const QString name = shown(in);
    int errors = 0;
    int warnings = 0;
    for (const Finding &f : findings) {
        (f.isError() ? errors : warnings)++;
        out() << PlanError::compose(name, f.path, QStringLiteral("%1: %2").arg(f.isError() ? "error" : "warning", f.message)) << "\n";
    }
    if (findings.isEmpty())
        out() << PlanError::compose(name, {}, QStringLiteral("no problems found")) << "\n";
    else
        out() << PlanError::visible(name) << ": " << errors << (errors == 1 ? " error, " : " errors, ") << warnings << (warnings == 1 ? " warning\n" : " warnings\n");
    return errors > 0 ? kBadInput : kOk;
}

// Runs `work` on the plan in `file`: an error of the plan itself (a text or
// a document past a limit) names no file, so it gets this one.
template<class F>
auto onPlan(const QString &file, F &&work)
{
    try {
        return work();
    } catch (const PlanError &e) {
        if (!e.file().isEmpty())
            throw;
        throw PlanError(file, e.place(), e.message());
    }
}

// A document is written, closed and on the disk, and all went well: what
// is left is freeing the plan, the fonts and Qt, which the system does
// faster at exit. Anything on standard output is flushed first; if it cannot
// be, main() says so as before (as it does for every error).
void exitAfterWriting()
{
    out().flush();
    if (out().status() != QTextStream::Ok || std::ferror(stdout) || std::fflush(stdout) != 0)
        return;
    err().flush();
    std::fflush(stderr);
    std::quick_exit(kOk);
}

int cmdRender(const QStringList &raw)
{
    const Args a = parse(raw, {QStringLiteral("--pdfa"), QStringLiteral("--accessible")}, 1, "render",
                         {{QStringLiteral("-o"), QStringLiteral("--output")}, {QStringLiteral("--template")}, {QStringLiteral("--lang")}});
    const QString out = a.value("-o");
    if (out.isEmpty())
        usage(QStringLiteral("render: say where the document goes with -o OUT.pdf, OUT.html, OUT.docx or OUT.odt"));
    DocumentOptions options;
    options.templateName = a.value("--template", QStringLiteral("standard"));
    options.language = a.value("--lang");
    options.pdfA = a.has("--pdfa");
    options.accessible = a.has("--accessible");
    if (!options.language.isEmpty() && !codes::languages.contains(options.language))
        usage(QStringLiteral("render: --lang takes nb, nn or en, not '%1'").arg(options.language));
    if (options.pdfA && !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        usage(QStringLiteral("render: --pdfa needs a .pdf output"));
    if (options.accessible && !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        usage(QStringLiteral("render: --accessible needs a .pdf output"));
    if (options.accessible && options.pdfA)
        usage(QStringLiteral("render: --accessible is PDF/A-2b already; leave out --pdfa (PDF/A-1b)"));
    try {
        documentFormatFor(out); // a bad extension is wrong usage, reported before the plan is read
    } catch (const PlanError &e) {
        usage(QStringLiteral("render: %1").arg(e.toString()));
    }
    InputFiles inputs;
    inputs.addPlanFile(parsePlanReference(a.positional[0]).file);
    if (QFileInfo(options.templateName).isDir())
        inputs.addFolder(options.templateName);
    else if (isWordTemplate(options.templateName) || isOdfTemplate(options.templateName))
        inputs.addFile(options.templateName); // never written over
    options.warn = [](const QString &warning) { err() << warning << "\n"; };
    inputs.refuseAsOutput(out);
    const Plan plan = readPlanFile(a.positional[0]);
    onPlan(shown(a.positional[0]), [&] { writeDocument(plan, out, options); });
    exitAfterWriting();
    return kOk;
}

int cmdReport(const QStringList &raw)
{
    const Args a = parse(raw, {}, 1, "report", {{QStringLiteral("-o"), QStringLiteral("--output")}, {QStringLiteral("--period")}, {QStringLiteral("--lang")}});
    const QString target = a.value("-o");
    if (target.isEmpty())
        usage(QStringLiteral("report: say where the report goes with -o OUT.pdf, OUT.html, OUT.docx or OUT.odt"));
    DocumentOptions options;
    options.templateName = QStringLiteral("rapport");
    options.language = a.value("--lang");
    if (!options.language.isEmpty() && !codes::languages.contains(options.language))
        usage(QStringLiteral("report: --lang takes nb, nn or en, not '%1'").arg(options.language));
    try {
        documentFormatFor(target);
    } catch (const PlanError &e) {
        usage(QStringLiteral("report: %1").arg(e.toString()));
    }
    InputFiles inputs;
    inputs.addPlanFile(parsePlanReference(a.positional[0]).file);
    inputs.refuseAsOutput(target);
    const Plan plan = readPlanFile(a.positional[0]);
    const QString in = shown(a.positional[0]);
    QUuid period = reportPeriodOf(plan);
    if (!a.value("--period").isEmpty()) {
        const QString name = a.value("--period");
        period = {};
        QStringList names;
        for (const ReportingPeriod &p : plan.followup.periods) {
            names << p.name;
            if (p.name == name || p.id.toString(QUuid::WithoutBraces) == name)
                period = p.id;
        }
        if (period.isNull())
            throw PlanError(in, {}, names.isEmpty() ? QStringLiteral("has no reporting periods")
                                                    : QStringLiteral("has no reporting period \"%1\" (it has %2)").arg(name, names.join(QStringLiteral(", "))));
    }
    if (period.isNull())
        throw PlanError(in, {}, QStringLiteral("has no status reports or indicator values to report on"));
    const Plan asOf = planAsOf(plan, period);
    if (reportPeriodOf(asOf) != period)
        throw PlanError(in, {}, QStringLiteral("the period %1 has no status reports or indicator values yet").arg(plan.followup.period(period)->name));
    onPlan(in, [&] { writeDocument(asOf, target, options); });
    exitAfterWriting();
    return kOk;
}

int cmdImportValues(const QStringList &raw)
{
    const Args a = parse(raw, {}, 2, "import-values");
    const QString planPath = a.positional[0], csvPath = a.positional[1];
    if (isJsonPath(planPath))
        throw PlanError(planPath, {}, QStringLiteral("is a JSON file; import-values writes into a .planverk plan file or a plan on a server"));
    const bool onServer = isServerUrl(planPath);
    const QString name = onServer ? parseServerUrl(planPath).display() : planPath;
    QFile csv(csvPath);
    if (!csv.exists())
        throw PlanError(csvPath, {}, QStringLiteral("no such file"));
    if (!csv.open(QIODevice::ReadOnly))
        throw PlanError(csvPath, {}, QStringLiteral("cannot be read: %1").arg(csv.errorString()));
    // The editor holds "PLAN.lock" while it has a plan file open; writing under
    // it would stop the editor saving (it sees the file changed). On a server
    // the editors that have the plan open are told of the change instead.
    std::optional<QLockFile> lock;
    if (!onServer) {
        const QFileInfo pi(planPath);
        lock.emplace((pi.exists() ? pi.canonicalFilePath() : pi.absoluteFilePath()) + QStringLiteral(".lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0) && lock->error() == QLockFile::LockFailedError)
            throw PlanError(planPath, {}, QStringLiteral("is open in Planverk; close it there first, or import the values there. It was left as it is"));
    }
    // The follow-up alone is read (not the whole plan, which for 5 000 goals
    // was most of the command's time) and written back as PlanDocument would:
    // in one transaction, after every row has been read and checked, so that
    // nothing is written unless all of them are valid. On a server the
    // change is applied item by item to the follow-up there now (another
    // editor's reports stay) and announced to the editors.
    const std::unique_ptr<PlanStore> store = PlanStore::open(planPath, PlanStore::Mode::ReadWrite);
    Plan plan;
    plan.followup = store->loadFollowup();
    const ValuesImport imported = importValuesCsv(csv.readAll(), csvPath, plan);
    if (imported.followup != plan.followup) {
        if (const QString refusal = closedPeriodChange(plan.followup, imported.followup); !refusal.isEmpty())
            throw PlanError(name, {}, refusal);
        store->updateFollowup(plan.followup, imported.followup); // one transaction: all or nothing
    }
    out() << PlanError::compose(name, {}, QStringLiteral("%1 values added, %2 replaced").arg(imported.added).arg(imported.replaced)) << "\n";
    return kOk;
}

int cmdViewModel(const QStringList &raw)
{
    const Args a = parse(raw, {QStringLiteral("--print")}, 1, "viewmodel",
                         {{QStringLiteral("-o"), QStringLiteral("--output")}, {QStringLiteral("--lang")}});
    ViewOptions options;
    options.language = a.value("--lang");
    options.forPrint = a.has("--print");
    if (!options.language.isEmpty() && !codes::languages.contains(options.language))
        usage(QStringLiteral("viewmodel: --lang takes nb, nn or en, not '%1'").arg(options.language));
    const QString target = a.value("-o", QStringLiteral("-"));
    InputFiles inputs;
    inputs.addPlanFile(parsePlanReference(a.positional[0]).file);
    refuseOverwriting(inputs, target);
    const Plan plan = readPlanFile(a.positional[0]);
    const nlohmann::json vm = onPlan(shown(a.positional[0]), [&] { return buildViewModel(plan, options); });
    writeOutput(target, QByteArray::fromStdString(vm.dump(2) + "\n"));
    return kOk;
}

// One version a line: name, created (UTC), status, note, separated by tabs;
// a tab or line break inside a note is shown as a space, so a line is a version.
int cmdVersions(const QStringList &raw)
{
    const Args a = parse(raw, {}, 1, "versions");
    const QString in = a.positional[0];
    const PlanReference ref = parsePlanReference(in);
    if (ref.version)
        usage(QStringLiteral("versions: name the plan file, not a version ('%1')").arg(in));
    QList<VersionInfo> versions;
    if (isJsonPath(in)) {
        for (const PlanVersion &v : readPlanFileWithVersions(in).versions)
            versions << v.info;
    } else {
        versions = PlanStore::open(in, PlanStore::Mode::ReadOnly)->versions();
    }
    auto cell = [](QString s) {
        for (QChar &c : s)
            if (c == '\t' || c == '\n' || c == '\r')
                c = ' ';
        return PlanError::visible(s);
    };
    for (const VersionInfo &v : versions)
        out() << cell(v.name) << '\t' << versionTimeText(v.created) << '\t' << v.status << '\t' << cell(v.note) << "\n";
    return kOk;
}

int cmdSnapshot(const QStringList &raw)
{
    const Args a = parse(raw, {}, 2, "snapshot", {{QStringLiteral("--note")}});
    const QString in = a.positional[0];
    if (isJsonPath(in))
        throw PlanError(in, {}, QStringLiteral("is a JSON file; a version is kept in a .planverk plan file (import it first)"));
    if (isServerUrl(in)) { // editors on the server see the new version; nothing to lock
        const auto store = ServerStore::open(parseServerUrl(in), ServerStore::Mode::ReadWrite);
        const VersionInfo v = store->saveVersion(a.positional[1], a.value("--note"));
        out() << PlanError::compose(store->location().display(), {}, QStringLiteral("version \"%1\" saved (%2, %3)").arg(v.name, versionTimeText(v.created), v.status)) << "\n";
        return kOk;
    }
    // An editor that has the plan open holds "PLAN.lock"; a write from here
    // would make it stop saving (the file changed under it).
    QLockFile lock(QFileInfo(in).canonicalFilePath() + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (QFileInfo::exists(in) && !lock.tryLock(0) && lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        throw PlanError(in, {}, QStringLiteral("is open in Planverk (process %1 on %2); save the version there (Fil ▸ Lagre versjon…) or close it first. It was left as it is").arg(pid).arg(host));
    }
    const VersionInfo v = PlanStore::open(in, PlanStore::Mode::ReadWrite)->saveVersion(a.positional[1], a.value("--note"));
    out() << PlanError::compose(in, {}, QStringLiteral("version \"%1\" saved (%2, %3)").arg(v.name, versionTimeText(v.created), v.status)) << "\n";
    return kOk;
}

// A plan file to a server and back (issue 15): one transaction each.
int cmdPush(const QStringList &raw)
{
    const Args a = parse(raw, {}, 2, "push");
    const QString in = a.positional[0];
    const QString url = a.positional[1];
    if (!isServerUrl(url))
        usage(QStringLiteral("push: the second argument is a server URL (postgresql://HOST/DATABASE?plan=NAME), not '%1'").arg(url));
    const ServerLocation target = parseServerUrl(url);
    if (parsePlanReference(in).version)
        throw PlanError(in, {}, QStringLiteral("names a version; push copies the whole plan with its versions"));
    const PlanWithVersions plan = readPlanFileWithVersions(in); // a file, or a plan on a(nother) server
    ServerStore::createFrom(target, plan.plan, plan.versions);
    out() << PlanError::compose(target.display(), {}, QStringLiteral("the plan and %1 versions are on the server").arg(plan.versions.size())) << "\n";
    return kOk;
}

int cmdPull(const QStringList &raw)
{
    const Args a = parse(raw, {QStringLiteral("--force")}, 2, "pull");
    const QString url = a.positional[0];
    const QString target = a.positional[1];
    if (!isServerUrl(url))
        usage(QStringLiteral("pull: the first argument is a server URL (postgresql://HOST/DATABASE?plan=NAME), not '%1'").arg(url));
    if (isJsonPath(target))
        usage(QStringLiteral("pull: the second argument is a .planverk file to create ('export URL OUT.json' writes JSON)"));
    if (parsePlanReference(url).version)
        throw PlanError(parseServerUrl(parsePlanReference(url).file).display(), {}, QStringLiteral("names a version; pull copies the whole plan with its versions"));
    const PlanWithVersions plan = ServerStore::open(parseServerUrl(url), ServerStore::Mode::ReadOnly)->loadWithVersions();
    if (isServerUrl(target)) { // a copy to another server (or database, or name), as push from a URL
        const ServerLocation to = parseServerUrl(target);
        ServerStore::createFrom(to, plan.plan, plan.versions);
        out() << PlanError::compose(to.display(), {}, QStringLiteral("the plan and %1 versions are on the server").arg(plan.versions.size())) << "\n";
        return kOk;
    }
    createPlanFile(target, plan.plan, a.has("--force") ? Replace::Yes : Replace::No, plan.versions);
    return kOk;
}

int cmdDiff(const QStringList &raw)
{
    const Args a = parse(raw, {QStringLiteral("--json")}, 2, "diff", {{QStringLiteral("-o"), QStringLiteral("--output")}, {QStringLiteral("--lang")}});
    const QString target = a.value("-o");
    const QString language = a.value("--lang");
    if (!language.isEmpty() && !codes::languages.contains(language))
        usage(QStringLiteral("diff: --lang takes nb, nn or en, not '%1'").arg(language));
    if (!target.isEmpty() && a.has("--json"))
        usage(QStringLiteral("diff: --json prints the change list on standard output; leave out -o"));
    if (!target.isEmpty() && !isDiffDocumentPath(target))
        usage(QStringLiteral("diff: -o takes OUT.html, OUT.pdf or OUT.docx, not '%1'").arg(target));
    const QString from = a.positional[0], to = a.positional[1];
    InputFiles inputs;
    inputs.addPlanFile(from);
    inputs.addPlanFile(to);
    if (!target.isEmpty())
        inputs.refuseAsOutput(target);
    const Plan planA = readPlanFile(from);
    const Plan planB = readPlanFile(to);
    const PlanDiff diff = diffPlans(planA, planB);
    if (!target.isEmpty())
        onPlan(shown(to), [&] { writeDiffDocument(planA, planB, diff, {displayName(from), displayName(to)}, target, language); });
    else if (a.has("--json"))
        writeOutput(QStringLiteral("-"), QByteArray::fromStdString(diffToJson(diff, shown(from), shown(to)).dump(2) + "\n"));
    else
        out() << diffReport(diff);
    return diff.isEmpty() ? kOk : kDifferent;
}

int cmdTemplates(const QStringList &raw)
{
    parse(raw, {}, 0, "templates");
    for (const QString &name : TemplateSet::builtInNames())
        out() << name << "\n";
    return kOk;
}

int cmdMustache(const QStringList &raw)
{
    const Args a = parse(raw, {QStringLiteral("--strict")}, 2, "mustache",
                         {{QStringLiteral("-o"), QStringLiteral("--output")}, {QStringLiteral("--partials")}});
    const QString templatePath = a.positional[0];
    const QString dataPath = a.positional[1];
    const QString target = a.value("-o", QStringLiteral("-"));
    InputFiles inputs;
    inputs.addFile(templatePath);
    inputs.addFile(dataPath);
    if (!a.value("--partials").isEmpty())
        inputs.addFolder(a.value("--partials"));
    refuseOverwriting(inputs, target);
    QFile tf(templatePath);
    if (!tf.open(QIODevice::ReadOnly))
        throw PlanError(templatePath, {}, tf.exists() ? QStringLiteral("cannot be read: %1").arg(tf.errorString()) : QStringLiteral("no such file"));
    const QByteArray source = tf.readAll();
    const auto tpl = mustache::Template::compile(std::string_view(source.constData(), size_t(source.size())), templatePath.toStdString());
    nlohmann::json data = readJsonFile(dataPath);
    std::unique_ptr<TemplateSet> partials;
    if (!a.value("--partials").isEmpty())
        partials = TemplateSet::partialsFrom(a.value("--partials"));
    // As the specification says, a partial that cannot be found renders
    // nothing ("Failed Lookup"); --strict makes it an error, as in documents.
    mustache::RenderOptions options;
    options.missingPartialIsError = a.has("--strict");
    writeOutput(target, QByteArray::fromStdString(tpl->render(data, partials.get(), options)));
    return kOk;
}

// Qt's own warnings (fonts, XDG paths) are not for the user of a command-line tool.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("PLANVERK_DEBUG"))
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

// Everything printed on standard output reached it (not a full disk):
// returns false after saying so.
bool standardOutputWritten()
{
    out().flush();
    errno = 0;
    if (out().status() == QTextStream::Ok && std::fflush(stdout) == 0 && !std::ferror(stdout))
        return true;
    const int e = errno;
    err() << "planverk-cli: standard output: cannot be written" << (e ? QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(e)) : QString()) << "\n";
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    planverk::tuneAllocatorForDocuments();
    // What a document leaves to free once written is freed at exit (or by
    // the system, render and report end with quick_exit): not on a thread
    // that competes with the writing for the heap.
    planverk::freeAtExit();
    // Documents are laid out with Qt's text engine, which needs a GUI
    // application (but never a display); the other commands start faster without.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // A file size limit (ulimit -f) makes a write fail (EFBIG), reported like
    // a full disk, instead of killing the program half way.
    std::signal(SIGXFSZ, SIG_IGN);
    qInstallMessageHandler(quietMessages);
    const bool renders = argc > 1 && (qstrcmp(argv[1], "render") == 0 || qstrcmp(argv[1], "diff") == 0 || qstrcmp(argv[1], "report") == 0);
    std::unique_ptr<QCoreApplication> application(renders ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("planverk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLANVERK_VERSION));
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        usage(QStringLiteral("no command given"));
    const QString command = args.takeFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        out() << kUsageText;
        return standardOutputWritten() ? kOk : kBadInput;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out() << "planverk-cli " << PLANVERK_VERSION << "\n";
        return standardOutputWritten() ? kOk : kBadInput;
    }
    const std::map<QString, std::function<int(const QStringList &)>> commands{
        {QStringLiteral("import"), cmdImport},
        {QStringLiteral("export"), cmdExport},
        {QStringLiteral("check"), cmdCheck},
        {QStringLiteral("render"), cmdRender},
        {QStringLiteral("templates"), cmdTemplates},
        {QStringLiteral("versions"), cmdVersions},
        {QStringLiteral("snapshot"), cmdSnapshot},
        {QStringLiteral("viewmodel"), cmdViewModel},
        {QStringLiteral("report"), cmdReport},
        {QStringLiteral("import-values"), cmdImportValues},
        {QStringLiteral("mustache"), cmdMustache},
        {QStringLiteral("diff"), cmdDiff},
        {QStringLiteral("push"), cmdPush},
        {QStringLiteral("pull"), cmdPull},
    };
    const auto it = commands.find(command);
    if (it == commands.end())
        usage(QStringLiteral("unknown command '%1'").arg(command));
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        out() << kUsageText;
        return standardOutputWritten() ? kOk : kBadInput;
    }
    try {
        const int rc = it->second(args);
        return standardOutputWritten() ? rc : kBadInput;
    } catch (const PlanError &e) {
        standardOutputWritten();
        err() << "planverk-cli: " << e.toString() << "\n";
        return kBadInput;
    } catch (const std::exception &e) {
        standardOutputWritten();
        err() << "planverk-cli: " << PlanError::visible(QString::fromLocal8Bit(e.what())) << "\n";
        return kBadInput;
    }
}
