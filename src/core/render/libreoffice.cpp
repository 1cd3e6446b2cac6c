#include "render/libreoffice.h"

#include "model/planerror.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <unistd.h>

namespace planverk {

namespace {

using namespace std::chrono_literals;

// LibreOffice reports no progress: the bar follows 1 - e^(-t/T), T the time a
// plan of some dozen pages takes on a slow machine.
constexpr double kExpectedSeconds = 15.0;
constexpr int kPollMs = 100;

QJsonObject typed(const char *type, const char *value)
{
    return {{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("value"), QLatin1String(value)}};
}

// writer_pdf_Export's options (LibreOffice 7.4: filter options as JSON).
QString exportFilter()
{
    QJsonObject o;
    o[QStringLiteral("SelectPdfVersion")] = typed("long", "2");       // PDF/A-2b (7.4 has no PDF/A-2a)
    o[QStringLiteral("UseTaggedPDF")] = typed("boolean", "true");     // the structure tree
    o[QStringLiteral("PDFUACompliance")] = typed("boolean", "true");  // PDF/UA-1
    o[QStringLiteral("ExportBookmarks")] = typed("boolean", "true");
    o[QStringLiteral("OpenBookmarkLevels")] = typed("long", "-1");
    o[QStringLiteral("DisplayPDFDocumentTitle")] = typed("boolean", "true");
    o[QStringLiteral("ExportNotes")] = typed("boolean", "false");
    o[QStringLiteral("ExportNotesPages")] = typed("boolean", "false");
    o[QStringLiteral("ExportFormFields")] = typed("boolean", "false");
    o[QStringLiteral("ExportLinksRelativeFsys")] = typed("boolean", "false");
    o[QStringLiteral("IsSkipEmptyPages")] = typed("boolean", "false");
    return QStringLiteral("pdf:writer_pdf_Export:") + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A fresh profile that says the document's language (for text that names none)
// and keeps Java out (it is not needed and slows the start).
void writeProfile(const QString &profileDir, const QString &language, const QString &outputName)
{
    if (!QDir().mkpath(profileDir + QStringLiteral("/user")))
        throw PlanError(outputName, {}, QStringLiteral("cannot make LibreOffice's temporary profile in %1").arg(profileDir));
    QSaveFile file(profileDir + QStringLiteral("/user/registrymodifications.xcu"));
    if (!file.open(QIODevice::WriteOnly))
        throw PlanError(outputName, {}, QStringLiteral("cannot write LibreOffice's temporary profile: %1").arg(file.errorString()));
    QXmlStreamWriter xml(&file);
    xml.writeStartDocument();
    xml.writeNamespace(QStringLiteral("http://openoffice.org/2001/registry"), QStringLiteral("oor"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema"), QStringLiteral("xs"));
    const QString oor = QStringLiteral("http://openoffice.org/2001/registry");
    xml.writeStartElement(oor, QStringLiteral("items"));
    auto item = [&](const char *path, const char *name, const QString &value) {
        xml.writeStartElement(QStringLiteral("item"));
        xml.writeAttribute(oor, QStringLiteral("path"), QLatin1String(path));
        xml.writeStartElement(QStringLiteral("prop"));
        xml.writeAttribute(oor, QStringLiteral("name"), QLatin1String(name));
        xml.writeAttribute(oor, QStringLiteral("op"), QStringLiteral("fuse"));
        xml.writeTextElement(QStringLiteral("value"), value);
        xml.writeEndElement();
        xml.writeEndElement();
    };
    item("/org.openoffice.Office.Linguistic/General", "DefaultLocale", language);
    item("/org.openoffice.Office.Java/VirtualMachine", "Enable", QStringLiteral("false"));
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError() || !file.commit())
        throw PlanError(outputName, {}, QStringLiteral("cannot write LibreOffice's temporary profile: %1").arg(file.errorString()));
}

// What LibreOffice said, without the lines it always says, for an error message.
QString said(const QByteArray &output)
{
    QStringList lines;
    for (const QString &line : QString::fromLocal8Bit(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.contains(QLatin1String("javaldx")) || line.startsWith(QLatin1String("convert ")))
            continue;
        lines << line.trimmed();
    }
    QString text = lines.join(QStringLiteral("; "));
    if (text.size() > 400)
        text = QStringLiteral("…") + text.right(400);
    return text.isEmpty() ? QString() : QStringLiteral(" (LibreOffice said: %1)").arg(text);
}

// Kills the process and everything it started (it leads its own process group).
void killGroup(QProcess &process)
{
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
    process.kill();
    process.waitForFinished(5000);
}

} // namespace

QString requireLibreOffice(const LibreOfficeJob &job)
{
    if (!job.program.isEmpty())
        return job.program;
    for (const char *name : {"soffice", "libreoffice"}) {
        const QString path = QStandardPaths::findExecutable(QLatin1String(name));
        if (!path.isEmpty())
            return path;
    }
    throw PlanError(job.outputName, {},
                    QStringLiteral("an accessible PDF is made by LibreOffice, which is not installed (no soffice or libreoffice "
                                   "on PATH): install the Debian package %1")
                        .arg(QLatin1String(kLibreOfficePackage)));
}

QByteArray convertToAccessiblePdf(const QByteArray &document, const QString &suffix, const LibreOfficeJob &job)
{
    const QString program = requireLibreOffice(job);
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/planverk-pdf-XXXXXX"));
    if (!work.isValid())
        throw PlanError(job.outputName, {}, QStringLiteral("cannot make a temporary folder for LibreOffice: %1").arg(work.errorString()));
    const QString input = work.filePath(QStringLiteral("dokument.") + suffix);
    const QString outDir = work.filePath(QStringLiteral("pdf"));
    const QString profile = work.filePath(QStringLiteral("profile"));
    {
        QSaveFile file(input);
        if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit())
            throw PlanError(job.outputName, {}, QStringLiteral("cannot write the document for LibreOffice: %1").arg(file.errorString()));
    }
    writeProfile(profile, job.documentLanguage, job.outputName);

    QProcess process;
    process.setProgram(program);
    process.setArguments({QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile).toString(QUrl::FullyEncoded),
                          QStringLiteral("--headless"), QStringLiteral("--invisible"), QStringLiteral("--norestore"),
                          QStringLiteral("--nologo"), QStringLiteral("--nodefault"), QStringLiteral("--nolockcheck"),
                          QStringLiteral("--convert-to"), exportFilter(), QStringLiteral("--outdir"), outDir, input});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAL_USE_VCLPLUGIN"), QStringLiteral("svp")); // no display, ever
    env.insert(QStringLiteral("TMPDIR"), work.path());                     // its temporary files go with ours
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(work.path());
    process.setStandardInputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::MergedChannels);
    // Its own process group, so that a time limit or a cancel stops soffice.bin too.
    process.setChildProcessModifier([] { ::setsid(); });

    const RenderProgress &progress = job.progress;
    if (progress && !progress(0.0))
        throw RenderCancelled();
    QElapsedTimer clock;
    clock.start();
    process.start();
    if (!process.waitForStarted(30000)) {
        const QString why = process.errorString();
        killGroup(process);
        throw PlanError(job.outputName, {}, QStringLiteral("cannot start LibreOffice (%1): %2").arg(program, why));
    }
    QByteArray output;
    while (!process.waitForFinished(kPollMs) && process.state() != QProcess::NotRunning) {
        output += process.readAll();
        if (output.size() > 64 * 1024)
            output = output.right(16 * 1024);
        const auto elapsed = std::chrono::milliseconds(clock.elapsed());
        if (elapsed > job.timeLimit) {
            killGroup(process);
            throw PlanError(job.outputName, {},
                            QStringLiteral("LibreOffice did not finish the PDF within %1 s and was stopped").arg(std::chrono::duration_cast<std::chrono::seconds>(job.timeLimit).count()));
        }
        const double fraction = 1.0 - std::exp(-double(elapsed.count()) / 1000.0 / kExpectedSeconds);
        if (progress && !progress(std::min(fraction, 0.99))) {
            killGroup(process);
            throw RenderCancelled();
        }
    }
    output += process.readAll();
    if (process.exitStatus() != QProcess::NormalExit)
        throw PlanError(job.outputName, {}, QStringLiteral("LibreOffice stopped without making the PDF%1").arg(said(output)));
    if (process.exitCode() != 0)
        throw PlanError(job.outputName, {}, QStringLiteral("LibreOffice failed with exit code %1%2").arg(process.exitCode()).arg(said(output)));
    QFile pdf(QDir(outDir).filePath(QStringLiteral("dokument.pdf")));
    if (!pdf.open(QIODevice::ReadOnly))
        throw PlanError(job.outputName, {}, QStringLiteral("LibreOffice made no PDF%1").arg(said(output)));
    QByteArray bytes = pdf.readAll();
    if (!bytes.startsWith("%PDF-"))
        throw PlanError(job.outputName, {}, QStringLiteral("LibreOffice made no PDF%1").arg(said(output)));
    if (progress && !progress(1.0))
        throw RenderCancelled();
    return bytes;
}

} // namespace planverk
