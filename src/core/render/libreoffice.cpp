#include "render/libreoffice.h"

#include "model/planerror.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <csignal>
#include <unistd.h>

namespace planverk {

namespace {

using namespace std::chrono_literals;

// LibreOffice reports no progress: the bar follows 1 - e^(-t/T), T the time a
// plan of some dozen pages takes on a slow machine.
constexpr double kExpectedSeconds = 15.0;
constexpr int kPollMs = 100;

// One XML file of the temporary profile.
void writeProfileFile(const QString &path, const QString &outputName, const std::function<void(QXmlStreamWriter &)> &write)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        throw PlanError(outputName, {}, QStringLiteral("cannot make LibreOffice's temporary profile in %1").arg(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw PlanError(outputName, {}, QStringLiteral("cannot write LibreOffice's temporary profile: %1").arg(file.errorString()));
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    write(xml);
    xml.writeEndDocument();
    if (xml.hasError() || !file.commit())
        throw PlanError(outputName, {}, QStringLiteral("cannot write LibreOffice's temporary profile: %1").arg(file.errorString()));
}

// The Basic library "Standard" with the macro that converts (resources/libreoffice/accessiblepdf.bas).
void writeMacro(const QString &user, const QString &outputName)
{
    QFile source(QStringLiteral(":/planverk/libreoffice/accessiblepdf.bas"));
    if (!source.open(QIODevice::ReadOnly))
        throw PlanError(outputName, {}, QStringLiteral("the LibreOffice macro is missing from Planverk"));
    const QString macro = QString::fromUtf8(source.readAll());
    const QString library = QStringLiteral("http://openoffice.org/2000/library");
    for (const char *kind : {"script", "dialog"}) {
        writeProfileFile(user + QStringLiteral("/basic/%1.xlc").arg(QLatin1String(kind)), outputName, [&](QXmlStreamWriter &x) {
            x.writeNamespace(library, QStringLiteral("library"));
            x.writeNamespace(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("xlink"));
            x.writeStartElement(library, QStringLiteral("libraries"));
            x.writeStartElement(library, QStringLiteral("library"));
            x.writeAttribute(library, QStringLiteral("name"), QStringLiteral("Standard"));
            x.writeAttribute(library, QStringLiteral("link"), QStringLiteral("false"));
            x.writeEndElement();
            x.writeEndElement();
        });
        writeProfileFile(user + QStringLiteral("/basic/Standard/%1.xlb").arg(QLatin1String(kind)), outputName, [&](QXmlStreamWriter &x) {
            x.writeNamespace(library, QStringLiteral("library"));
            x.writeStartElement(library, QStringLiteral("library"));
            x.writeAttribute(library, QStringLiteral("name"), QStringLiteral("Standard"));
            x.writeAttribute(library, QStringLiteral("readonly"), QStringLiteral("false"));
            x.writeAttribute(library, QStringLiteral("passwordprotected"), QStringLiteral("false"));
            if (qstrcmp(kind, "script") == 0) {
                x.writeStartElement(library, QStringLiteral("element"));
                x.writeAttribute(library, QStringLiteral("name"), QStringLiteral("Module1"));
                x.writeEndElement();
            }
            x.writeEndElement();
        });
    }
    writeProfileFile(user + QStringLiteral("/basic/Standard/Module1.xba"), outputName, [&](QXmlStreamWriter &x) {
        const QString script = QStringLiteral("http://openoffice.org/2000/script");
        x.writeNamespace(script, QStringLiteral("script"));
        x.writeStartElement(script, QStringLiteral("module"));
        x.writeAttribute(script, QStringLiteral("name"), QStringLiteral("Module1"));
        x.writeAttribute(script, QStringLiteral("language"), QStringLiteral("StarBasic"));
        x.writeCharacters(macro);
        x.writeEndElement();
    });
}

// A fresh profile that says the document's language (for text that names none),
// keeps Java out (it is not needed and slows the start) and holds the macro.
void writeProfile(const QString &profileDir, const QString &language, const QString &outputName)
{
    const QString user = profileDir + QStringLiteral("/user");
    writeMacro(user, outputName);
    writeProfileFile(user + QStringLiteral("/registrymodifications.xcu"), outputName, [&](QXmlStreamWriter &xml) {
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
    // Set up already: a first start would put the preset Basic library over the macro.
    item("/org.openoffice.Setup/Office", "ooSetupInstCompleted", QStringLiteral("true"));
    xml.writeEndElement();
    });
}

// A file URL for a Basic string in the macro URL: everything but letters,
// digits, "-._~/" percent-encoded (no quote, comma or parenthesis left).
QString basicFileUrl(const QString &path)
{
    return QStringLiteral("file://") + QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/"));
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
    const QString profile = work.filePath(QStringLiteral("profile"));
    {
        QSaveFile file(input);
        if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit())
            throw PlanError(job.outputName, {}, QStringLiteral("cannot write the document for LibreOffice: %1").arg(file.errorString()));
    }
    writeProfile(profile, job.documentLanguage, job.outputName);

    QProcess process;
    process.setProgram(program);
    const QString pdfPath = work.filePath(QStringLiteral("dokument.pdf"));
    const QString errorPath = work.filePath(QStringLiteral("error.txt"));
    // The macro (resources/libreoffice/accessiblepdf.bas) updates the contents'
    // page numbers, which --convert-to would leave out, and exports the PDF.
    const QString macro = QStringLiteral("macro:///Standard.Module1.Convert(\"%1\",\"%2\",\"%3\")")
                              .arg(basicFileUrl(input), basicFileUrl(pdfPath), basicFileUrl(errorPath));
    process.setArguments({QStringLiteral("-env:UserInstallation=") + basicFileUrl(profile),
                          QStringLiteral("--headless"), QStringLiteral("--invisible"), QStringLiteral("--norestore"),
                          QStringLiteral("--nologo"), QStringLiteral("--nodefault"), QStringLiteral("--nolockcheck"), macro});
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
    QFile error(errorPath);
    if (error.open(QIODevice::ReadOnly))
        output += "\n" + error.read(4096);
    if (process.exitStatus() != QProcess::NormalExit)
        throw PlanError(job.outputName, {}, QStringLiteral("LibreOffice stopped without making the PDF%1").arg(said(output)));
    if (process.exitCode() != 0)
        throw PlanError(job.outputName, {}, QStringLiteral("LibreOffice failed with exit code %1%2").arg(process.exitCode()).arg(said(output)));
    QFile pdf(pdfPath);
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
