// planverk-bench: measures; it asserts nothing.
//   planverk-bench mustache [DIR] [ITERATIONS]   the shared template benchmark (default ../shared/bench/mustache)
//   planverk-bench plan PLAN.json [ITERATIONS]   view model, HTML, PDF layout and write, each separately
//   planverk-bench report PLAN.json [ITERATIONS] the follow-up report's PDF: phases, pages, moves (bench_report.cpp)
//   planverk-bench pdfstructure PLAN.json [RUNS] the PDF's last phase alone (completePdf: libqpdf)
//   planverk-bench docx PLAN.json [ITERATIONS]   DOCX and ODT: document structure, XML, zip
//   planverk-bench editor PLAN.json [RUNS]       editor start-up, edit commit, preview refresh, memory
//   planverk-bench diff PLAN.json [ITERATIONS]   the plan against a copy with 100 scattered changes
//   planverk-bench spelling [PLAN.json] [KEYS]   what spell checking adds to a keystroke in a 5 000-word Markdown box
//   planverk-bench versions PLAN.json [N]        saving N versions: time each, and the file's growth per version
//   planverk-bench restore PLAN.json [RUNS]      restoring a version in the editor, and undoing it
//   planverk-bench team [PLAN.json] [EDITORS] [EDITS]  editors on one plan on a PostgreSQL server (bench_team.cpp)

#include "bench.h"
#include "render/allocatortuning.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

#include <iostream>

int main(int argc, char **argv)
{
    planverk::tuneAllocatorForDocuments();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList a = app.arguments();
    const QString what = a.value(1);
    if (what == QLatin1String("mustache"))
        return benchMustache(a.value(2, QStringLiteral(PLANVERK_SHARED_DIR "/bench/mustache")), a.value(3, QStringLiteral("20000")).toInt());
    if (what == QLatin1String("editor") && a.size() > 2)
        return benchEditor(a[2], QFileInfo(a[0]).dir().filePath(QStringLiteral("planverk")), a.value(3, QStringLiteral("5")).toInt());
    if (what == QLatin1String("plan") && a.size() > 2)
        return benchPlan(a[2], a.value(3, QStringLiteral("5")).toInt());
    if (what == QLatin1String("report") && a.size() > 2)
        return benchReport(a[2], a.value(3, QStringLiteral("3")).toInt());
    if (what == QLatin1String("pdfstructure") && a.size() > 2)
        return benchPdfStructure(a[2], a.value(3, QStringLiteral("5")).toInt());
    if (what == QLatin1String("diff") && a.size() > 2)
        return benchDiff(a[2], a.value(3, QStringLiteral("5")).toInt());
    if (what == QLatin1String("docx") && a.size() > 2)
        return benchDocx(a[2], a.value(3, QStringLiteral("5")).toInt());
    if (what == QLatin1String("spelling"))
        return benchSpelling(a.value(2, QStringLiteral(PLANVERK_SOURCE_DIR "/data/innlandet-internasjonal-2021-2024.json")), a.value(3, QStringLiteral("400")).toInt());
    if (what == QLatin1String("restore") && a.size() > 2)
        return benchRestore(a[2], a.value(3, QStringLiteral("3")).toInt());
    if (what == QLatin1String("versions") && a.size() > 2)
        return benchVersions(a[2], a.value(3, QStringLiteral("10")).toInt());
    if (what == QLatin1String("team"))
        return benchTeam(a.value(2), a.value(3, QStringLiteral("5")).toInt(), a.value(4, QStringLiteral("200")).toInt());
    std::cerr << "usage: planverk-bench mustache [DIR] [ITERATIONS]\n"
                 "       planverk-bench plan PLAN.json [ITERATIONS]\n"
                 "       planverk-bench report PLAN.json [ITERATIONS]\n"
                 "       planverk-bench pdfstructure PLAN.json [RUNS]\n"
                 "       planverk-bench docx PLAN.json [ITERATIONS]\n"
                 "       planverk-bench editor PLAN.json [RUNS]\n"
                 "       planverk-bench diff PLAN.json [ITERATIONS]\n"
                 "       planverk-bench spelling [PLAN.json] [KEYSTROKES]\n"
                 "       planverk-bench versions PLAN.json [N]\n"
                 "       planverk-bench restore PLAN.json [RUNS]\n"
                 "       planverk-bench team [PLAN.json] [EDITORS] [EDITS]\n";
    return 2;
}
