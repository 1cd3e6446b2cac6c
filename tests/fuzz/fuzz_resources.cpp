// libFuzzer target: the template image path. The first line of the input is
// a reference a template could write (<img src>, a style sheet's href), the
// rest the bytes of an SVG file in the template's folder. Whatever they are,
// no file outside the folder is ever opened: inotify watches a folder of
// secrets beside the template (reached by "../", absolute paths, file: URLs,
// symbolic links in the template folder, <image>, <use>, xml-stylesheet or
// entities in the SVG) and any open or read there aborts. A sanitized SVG is
// itself clean when sanitized again.
#include "render/imagedecoder.h"
#include "render/svgsanitizer.h"
#include "render/templatedocument.h"
#include "render/templateresources.h"
#include "model/planerror.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QTextDocument>

#include <sys/inotify.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace planverk;

namespace {

const QString kBase = QStringLiteral("/tmp/planverk-fuzz-resources");
const QString kFolder = kBase + QStringLiteral("/mal");
const QString kOutside = kBase + QStringLiteral("/ute");
int g_watch = -1;
// The template folder. Built with -DFUZZ_TEMPLATE_FOLDER=kBase the secrets
// are inside it and may be read: then the first input that names one must
// abort, which shows that the watch sees what it should.
#ifndef FUZZ_TEMPLATE_FOLDER
#define FUZZ_TEMPLATE_FOLDER kFolder
#endif

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        std::abort();
}

QByteArray png()
{
    QImage image(7, 5, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QByteArray bytes;
    QBuffer b(&bytes);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    return bytes;
}

// Anything opened or read in the secrets folder since the last call.
bool outsideTouched()
{
    alignas(inotify_event) char buf[4096];
    bool touched = false;
    while (read(g_watch, buf, sizeof buf) > 0)
        touched = true;
    return touched;
}

QString htmlEscaped(const QString &s) { return s.toHtmlEscaped(); }

} // namespace

// Fontconfig keeps what it allocates when Qt first lays text out, for the
// life of the process: not a leak of the code under test.
extern "C" const char *__lsan_default_suppressions() { return "leak:libfontconfig\n"; }

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "fuzz-resources";
    static char *argv[] = {name, nullptr};
    new QGuiApplication(argc, argv);
    QDir(kBase).removeRecursively();
    QDir().mkpath(kFolder);
    QDir().mkpath(kOutside);
    write(kOutside + QStringLiteral("/secret.png"), png());
    write(kOutside + QStringLiteral("/secret.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"5\" height=\"5\"><rect id=\"a\" width=\"5\" height=\"5\"/></svg>");
    write(kOutside + QStringLiteral("/secret.css"), "h1 { color: red }");
    write(kOutside + QStringLiteral("/secret.txt"), "hemmelig\n");
    write(kFolder + QStringLiteral("/logo.png"), png());
    QFile::link(QStringLiteral("../ute/secret.png"), kFolder + QStringLiteral("/lenke.png"));
    QFile::link(QStringLiteral("../ute/secret.svg"), kFolder + QStringLiteral("/lenke.svg"));
    QFile::link(kOutside, kFolder + QStringLiteral("/ut"));
    {
        QTextDocument warmUp; // fonts and image plugins loaded once, before the watch
        warmUp.setHtml(QStringLiteral("<p>x</p>"));
        (void)warmUp.documentLayout()->documentSize();
    }
    g_watch = inotify_init1(IN_NONBLOCK);
    if (g_watch < 0 || inotify_add_watch(g_watch, QFile::encodeName(kOutside).constData(), IN_OPEN | IN_ACCESS) < 0)
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QString reference = QString::fromUtf8(input.left(newline < 0 ? input.size() : newline));
    const QByteArray svg = newline < 0 ? QByteArray() : input.mid(newline + 1);
    write(kFolder + QStringLiteral("/fuzz.svg"), svg);

    auto resources = std::make_shared<TemplateResources>(FUZZ_TEMPLATE_FOLDER);
    resources->image(QUrl(reference));
    resources->image(QUrl(QStringLiteral("fuzz.svg")));
    resources->styleSheet(QUrl(reference));
    {
        // The same through Qt's text engine, laid out (its image handler) as on paper.
        TemplateDocument doc(resources);
        doc.setHtml(QStringLiteral("<html><head><link rel=\"stylesheet\" type=\"text/css\" href=\"%1\"></head><body>"
                                   "<img src=\"%1\"><img src=\"fuzz.svg\"><table background=\"%1\"><tr><td>x</td></tr></table></body></html>")
                        .arg(htmlEscaped(reference)));
        doc.setPageSize(QSizeF(400, 600));
        (void)doc.documentLayout()->documentSize();
        try {
            doc.requireResources();
        } catch (const PlanError &) {
        }
    }
    if (outsideTouched()) {
        std::fprintf(stderr, "a file outside the template folder was opened (reference '%s')\n", qPrintable(reference));
        std::abort();
    }
    // A sanitized SVG stays as it is when sanitized again: nothing to refuse, nothing new.
    const SanitizedSvg once = sanitizeSvg(svg);
    if (once.refusal.isEmpty()) {
        const SanitizedSvg twice = sanitizeSvg(once.svg);
        if (!twice.refusal.isEmpty() || once.svg.contains("<?xml-stylesheet"))
            std::abort();
    }
    return 0;
}
