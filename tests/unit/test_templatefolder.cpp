// Templates stay in their folder: a user template's images, style sheets,
// SVG content and partials come only from files inside the template's folder
// (symbolic links resolved), whatever path the template writes. Every way out
// is an error naming the template file and the place, and a file outside the
// folder ("secret") never reaches a PDF, ODT or HTML document.
#include "testsupport.h"

#include "model/planerror.h"
#include "render/documentwriter.h"
#include "render/imagedecoder.h"
#include "render/mustache.h"
#include "render/svgsanitizer.h"
#include "render/templatedocument.h"
#include "render/templateset.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>

using namespace planverk;
using namespace planverk::test;

namespace {

const QByteArray kSecret = "PLANVERK-HEMMELIG-7f3a";
const QSize kSecretSize(37, 23); // the secret picture, recognisable in a PDF's image list

QByteArray png(QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    return b.data();
}

// A template folder "mal" and, beside it, a folder "ute" with what the
// template must never reach.
struct Folders {
    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("mal"));
    QString outside = dir.filePath(QStringLiteral("ute"));

    Folders()
    {
        QDir().mkpath(folder);
        QDir().mkpath(outside);
        writeAll(outside + QStringLiteral("/secret.png"), png(kSecretSize, QColor(0x13, 0x57, 0x9b)));
        writeAll(outside + QStringLiteral("/secret.txt"), kSecret + "\n");
        writeAll(outside + QStringLiteral("/secret.css"), "h1 { color: #ff0000 } /* " + kSecret + " */");
        writeAll(outside + QStringLiteral("/secret.mustache"), kSecret);
        writeAll(outside + QStringLiteral("/cwd-secret.png"), png(kSecretSize, QColor(0x13, 0x57, 0x9b)));
    }
    void document(const QByteArray &body) const
    {
        writeAll(folder + QStringLiteral("/document.mustache"), "<html><body><h1>{{plan.title}}</h1>" + body + "</body></html>");
    }
    void file(const QString &name, const QByteArray &bytes) const { writeAll(folder + '/' + name, bytes); }
    void link(const QString &name, const QString &target) const { REQUIRE(QFile::link(target, folder + '/' + name)); }
};

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Every member of an ODT (a zip), unpacked and put end to end.
QByteArray odtContents(const QByteArray &odt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.odt"));
    writeAll(path, odt);
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path});
    REQUIRE(p.waitForFinished(60000));
    return p.readAllStandardOutput();
}

int odtPictures(const QByteArray &odt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.odt"));
    writeAll(path, odt);
    return int(tool(QStringLiteral("unzip"), {QStringLiteral("-l"), path}).count(QStringLiteral("Pictures/")));
}

// The sizes of the images in a PDF, "37x23", as pdfimages lists them.
QStringList pdfImageSizes(const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.pdf"));
    writeAll(path, pdf);
    QStringList sizes;
    const QStringList lines = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}).split('\n');
    for (const QString &line : lines.mid(2)) {
        const QStringList cols = line.simplified().split(' ');
        if (cols.size() > 4 && cols[2] == QLatin1String("image")) // not the "smask" of its transparency
            sizes << cols[3] + 'x' + cols[4];
    }
    return sizes;
}

// Whether the secret shows in a document (a picture of its size, or its text).
bool leaks(const QByteArray &document, bool odt)
{
    if (document.isEmpty())
        return false;
    if (odt)
        return odtContents(document).contains(kSecret) || odtPictures(document) > 0;
    const QString secretSize = QStringLiteral("%1x%2").arg(kSecretSize.width()).arg(kSecretSize.height());
    return document.contains(kSecret) || pdfImageSizes(document).contains(secretSize);
}

struct Outcome {
    QByteArray document;
    QString error;
};

Outcome render(const Folders &f, bool odt)
{
    Outcome o;
    try {
        auto templates = TemplateSet::open(f.folder);
        o.document = odt ? renderOdt(richPlan(), *templates) : renderPdf(richPlan(), *templates);
    } catch (const PlanError &e) {
        o.error = e.toString();
    }
    return o;
}

} // namespace

TEST_CASE("A template's images never come from outside its folder, in PDF and ODT", "[templates][security]")
{
    Folders f;
    const QString out = f.outside;
    f.link(QStringLiteral("lenke.png"), out + QStringLiteral("/secret.png"));
    f.file(QStringLiteral("notat.txt"), kSecret + " er ikke et bilde\n");
    f.file(QStringLiteral("fiendtlig.svg"), QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                                                         "width=\"37\" height=\"23\"><image xlink:href=\"%1/secret.png\" width=\"37\" height=\"23\"/></svg>")
                                              .arg(out).toUtf8());

    struct Case {
        const char *what;
        QString reference;
        const char *reason;
    };
    const Case cases[] = {
        {"an absolute path", out + QStringLiteral("/secret.png"), "is outside the template folder"},
        {"../", QStringLiteral("../ute/secret.png"), "is outside the template folder"},
        {"a path relative to the working directory", QStringLiteral("cwd-secret.png"), "is not in the template folder (no such file)"},
        {"a symbolic link out of the folder", QStringLiteral("lenke.png"), "leads out of the template folder (through a symbolic link"},
        {"a file: URL", QStringLiteral("file://") + out + QStringLiteral("/secret.png"), "is outside the template folder"},
        {"an <image> inside an SVG", QStringLiteral("fiendtlig.svg"), "is not a usable SVG image: <image xlink:href> refers to the file"},
        {"a text file outside", out + QStringLiteral("/secret.txt"), "is outside the template folder"},
        {"a text file inside", QStringLiteral("notat.txt"), "is not a PNG, JPEG, GIF or SVG image"},
    };
    const QString cwd = QDir::currentPath();
    QDir::setCurrent(out); // where "cwd-secret.png" is
    for (const Case &c : cases) {
        f.document("<p>Logo:</p><img src=\"" + c.reference.toUtf8() + "\">");
        for (const bool odt : {false, true}) {
            INFO(c.what << (odt ? " (ODT)" : " (PDF)"));
            const Outcome o = render(f, odt);
            INFO(o.error.toStdString());
            CHECK(o.error.startsWith(f.folder + QStringLiteral("/document.mustache:1:")));
            CHECK(o.error.contains(QStringLiteral("image '%1' %2").arg(c.reference, QLatin1String(c.reason))));
            CHECK_FALSE(leaks(o.document, odt));
        }
        // The web page keeps the reference as written and embeds nothing from the disk.
        auto templates = TemplateSet::open(f.folder);
        const QByteArray html = renderHtml(richPlan(), *templates);
        CHECK(html.contains(QByteArray("<img src=\"" + c.reference.toHtmlEscaped().toUtf8() + "\">")));
        CHECK_FALSE(html.contains(kSecret));
        CHECK_FALSE(html.contains("data:"));
    }
    QDir::setCurrent(cwd);
}

TEST_CASE("Images, SVG and style sheets inside the template folder are used", "[templates]")
{
    Folders f;
    f.file(QStringLiteral("logo.png"), png(QSize(40, 20), Qt::darkBlue));
    const QByteArray inner = png(QSize(8, 8), Qt::red).toBase64();
    f.file(QStringLiteral("merke.svg"),
           "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"30\" height=\"30\">"
           "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#036\"/><stop offset=\"1\" stop-color=\"#69c\"/></linearGradient></defs>"
           "<rect width=\"30\" height=\"30\" fill=\"url(#g)\"/><image width=\"8\" height=\"8\" xlink:href=\"data:image/png;base64," + inner + "\"/></svg>");
    f.file(QStringLiteral("stil.css"), "h1 { color: #336699 }");
    f.file(QStringLiteral("document.mustache"), "<html><head><link rel=\"stylesheet\" type=\"text/css\" href=\"stil.css\"></head>"
                                                "<body><h1>{{plan.title}}</h1><img src=\"logo.png\"> <img src=\"merke.svg\"></body></html>");
    const Outcome pdf = render(f, false);
    REQUIRE(pdf.error.isEmpty());
    const QStringList sizes = pdfImageSizes(pdf.document);
    INFO(sizes.join(' ').toStdString());
    CHECK(sizes.contains(QStringLiteral("40x20")));
    CHECK(sizes.size() == 2);
    const Outcome odt = render(f, true);
    REQUIRE(odt.error.isEmpty());
    CHECK(odtPictures(odt.document) == 2);
}

TEST_CASE("A style sheet or background from outside the template folder is an error", "[templates][security]")
{
    Folders f;
    f.document("<link rel=\"stylesheet\" type=\"text/css\" href=\"../ute/secret.css\">");
    CHECK(render(f, false).error == f.folder + QStringLiteral("/document.mustache:1:81: style sheet '../ute/secret.css' is outside the template folder"));
    f.document("<table background=\"" + f.outside.toUtf8() + "/secret.png\"><tr><td>x</td></tr></table>");
    const Outcome o = render(f, true);
    CHECK(o.error.contains(QStringLiteral("image '%1/secret.png' is outside the template folder").arg(f.outside)));
    CHECK_FALSE(leaks(o.document, true));
}

TEST_CASE("Partials come only from the template folder, symbolic links included", "[templates][security]")
{
    Folders f;
    f.link(QStringLiteral("kapittel.mustache"), f.outside + QStringLiteral("/secret.mustache"));
    const Plan plan = richPlan();
    const auto html = [&](const QByteArray &body) {
        f.document(body);
        try {
            auto t = TemplateSet::open(f.folder);
            return QString::fromUtf8(renderHtml(plan, *t));
        } catch (const PlanError &e) {
            return e.toString();
        }
    };
    const QString doc = f.folder + QStringLiteral("/document.mustache");
    CHECK(html("{{>kapittel}}") == doc + QStringLiteral(":1:36: partial 'kapittel' (kapittel.mustache) leads out of the template folder "
                                                      "(through a symbolic link to %1/secret.mustache)").arg(QDir(f.outside).canonicalPath()));
    CHECK(html("{{>../ute/secret}}").startsWith(doc + QStringLiteral(":1:36: partial '../ute/secret' is not a partial in the template folder")));
    CHECK(html("{{>/etc/passwd}}").startsWith(doc + QStringLiteral(":1:36: partial '/etc/passwd' is not a partial in the template folder")));
    CHECK_FALSE(html("{{>kapittel}}").contains(QString::fromLatin1(kSecret)));

    // A dynamic name ({{>*name}}) is looked up the same way.
    auto partials = TemplateSet::partialsFrom(f.folder);
    const auto dynamic = mustache::Template::compile("Kapittel: {{>*navn}}", "dyn.mustache");
    mustache::RenderOptions strict;
    strict.missingPartialIsError = true;
    for (const char *name : {"kapittel", "../ute/secret"}) {
        INFO(name);
        try {
            const std::string out = dynamic->render({{"navn", name}}, partials.get(), strict);
            CHECK(out.find(kSecret.toStdString()) == std::string::npos);
            FAIL("expected an error");
        } catch (const PlanError &e) {
            CHECK(e.toString().startsWith(QStringLiteral("dyn.mustache:1:11: partial '%1' ").arg(QLatin1String(name))));
        }
    }

    // document.mustache itself may not lead out either.
    QFile::remove(doc);
    REQUIRE(QFile::link(f.outside + QStringLiteral("/secret.mustache"), doc));
    CHECK(html({}) == doc + QStringLiteral(": (document.mustache) leads out of the template folder (through a symbolic link to %1/secret.mustache)")
                            .arg(QDir(f.outside).canonicalPath()));
}

TEST_CASE("planverk-cli render: a template reaching out of its folder is exit 1 and leaves the old document as it was", "[templates][security][cli]")
{
    Folders f;
    f.document("\n  <img src=\"../ute/secret.png\">");
    const QString plan = sourcePath(QStringLiteral("data/troms-internasjonalt-arbeid.json"));
    for (const char *name : {"ut.pdf", "ut.odt"}) {
        const QString path = f.dir.filePath(QLatin1String(name));
        writeAll(path, "forrige utgave");
        const Run r = cli({QStringLiteral("render"), plan, QStringLiteral("-o"), path, QStringLiteral("--template"), f.folder});
        CHECK(r.exitCode == 1);
        CHECK(r.err == QStringLiteral("planverk-cli: %1/document.mustache:2:13: image '../ute/secret.png' is outside the template folder\n").arg(f.folder));
        CHECK(readAll(path) == "forrige utgave"); // the old document as it was
    }
}

TEST_CASE("SVG: only its own parts and data: images, nothing from outside", "[templates][security][svg]")
{
    const auto refusal = [](const QByteArray &body) {
        return sanitizeSvg("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">" + body + "</svg>")
            .refusal;
    };
    CHECK(refusal("<rect width=\"5\" height=\"5\" fill=\"url(#g)\"/><use xlink:href=\"#r\"/>").isEmpty());
    CHECK(refusal("<image xlink:href=\"/etc/hostname\" width=\"5\" height=\"5\"/>").contains(QStringLiteral("must be a data: URI")));
    CHECK(refusal("<image xlink:href=\"#x\" width=\"5\" height=\"5\"/>").contains(QStringLiteral("must be a data: URI"))); // a file name to QtSvg
    CHECK(refusal("<use xlink:href=\"andre.svg#x\"/>").contains(QStringLiteral("refers to 'andre.svg#x' outside itself")));
    CHECK(refusal("<rect fill=\"url(file:///etc/x)\"/>").contains(QStringLiteral("outside itself")));
    CHECK(refusal("<style>@import url(x.css);</style>").contains(QStringLiteral("outside itself")));
    CHECK(refusal("<image xlink:href=\"data:image/png;base64,QUJD\" width=\"5\" height=\"5\"/>").contains(QStringLiteral("not a PNG, JPEG or GIF")));
    // QtSvg decodes what follows the last "base64,": a valid picture first does not let another one in.
    const QByteArray ok = png(QSize(2, 2), Qt::red).toBase64();
    CHECK_FALSE(refusal("<image xlink:href=\"data:image/png;base64," + ok + "base64,PHN2Zz4=\" width=\"5\" height=\"5\"/>").isEmpty());
    // A style sheet processing instruction and external entities are gone or refused.
    const SanitizedSvg pi = sanitizeSvg("<?xml-stylesheet type=\"text/css\" href=\"/etc/x.css\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    CHECK(pi.refusal.isEmpty());
    CHECK_FALSE(pi.svg.contains("xml-stylesheet"));
    CHECK(sanitizeSvg("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>").refusal.contains(QStringLiteral("external entity")));
    // Not an image at all, and too many pixels.
    CHECK(decodeImage("root:x:0:0:root:/root:/bin/bash\n").refusal == QStringLiteral("is not a PNG, JPEG, GIF or SVG image"));
    CHECK(decodeImage("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100000\" height=\"100000\"/>").image.size().width() <= 7000);
    QImage huge(9000, 9000, QImage::Format_Mono);
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    huge.save(&b, "PNG");
    CHECK(decodeImage(b.data()).refusal.startsWith(QStringLiteral("is too large: 9000 × 9000 pixels")));
}

TEST_CASE("The preview's document loads no file a QTextBrowser would", "[templates][security]")
{
    Folders f;
    TemplateDocument doc(std::make_shared<TemplateResources>(QString(), QStringLiteral("standard")));
    doc.setHtml(QStringLiteral("<img src=\"%1/secret.png\">").arg(f.outside));
    CHECK_THROWS_WITH(doc.requireResources(), QStringLiteral("standard: image '%1/secret.png' is not part of the template: a built-in template has no files to show")
                                                  .arg(f.outside).toStdString());
    const QImage shown = doc.resource(QTextDocument::ImageResource, QUrl(f.outside + QStringLiteral("/secret.png"))).value<QImage>();
    CHECK(shown.size() == QSize(1, 1));
}
