// A PDF a reader can find their way in: bookmarks, links inside the
// document, the document's language and title, and the same metadata in Info
// and XMP. Read back with libqpdf, and with poppler's pdftotext for where
// headings really are.
#define POINTERHOLDER_TRANSITION 4

#include "testsupport.h"

#include "io/planjson.h"
#include "render/documentwriter.h"
#include "render/pdfstructure.h"
#include "render/viewmodel.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

using namespace planverk;
using namespace planverk::test;

namespace {

QString tool(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    if (exitCode)
        *exitCode = p.exitCode();
    else
        REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

QString pdfPath(const QTemporaryDir &dir, const Plan &plan, const QString &language = {}, bool pdfA = false)
{
    const QString path = dir.filePath(pdfA ? QStringLiteral("plan-a.pdf") : QStringLiteral("plan.pdf"));
    DocumentOptions o;
    o.language = language;
    o.pdfA = pdfA;
    writeDocument(plan, path, o);
    return path;
}

Plan sample(const char *name) { return readPlanJsonFile(sourcePath(QStringLiteral("data/%1.json").arg(QLatin1String(name)))); }
Plan innlandet() { return sample("innlandet-internasjonal-2021-2024"); }

QString utf8(const std::string &s) { return QString::fromStdString(s); }

// A place a bookmark or a link leads to: the page (0 is the first) and the
// height on it.
struct Place {
    int page = -1;
    double top = 0;
    bool operator==(const Place &o) const { return page == o.page && std::abs(top - o.top) < 0.01; }
};

struct Bookmark {
    QString title;
    Place at;
    int depth;
    QString parent;
};

struct Link {
    int page;       // where the link is
    double rectTop; // its top edge
    QString action; // GoTo, URI, ...
    QString uri;
    Place to;
};

// The PDF as a reader's program sees its structure.
struct PdfFile {
    QPDF pdf;
    std::vector<QPDFObjectHandle> pages;

    explicit PdfFile(const QString &path)
    {
        pdf.processFile(path.toLocal8Bit().constData());
        pages = pdf.getAllPages();
    }
    int pageIndex(QPDFObjectHandle page) const
    {
        for (size_t i = 0; i < pages.size(); ++i)
            if (pages[i].getObjGen() == page.getObjGen())
                return int(i);
        return -1;
    }
    Place place(QPDFObjectHandle dest) const
    {
        if (!dest.isArray() || dest.getArrayNItems() < 4)
            return {};
        return {pageIndex(dest.getArrayItem(0)), dest.getArrayItem(3).isNumber() ? dest.getArrayItem(3).getNumericValue() : -1};
    }
    QList<Bookmark> bookmarks()
    {
        QList<Bookmark> out;
        std::function<void(std::vector<QPDFOutlineObjectHelper>, int, const QString &)> walk =
            [&](std::vector<QPDFOutlineObjectHelper> items, int depth, const QString &parent) {
                for (QPDFOutlineObjectHelper &item : items) {
                    const QString title = utf8(item.getTitle());
                    out.append({title, place(item.getDest()), depth, parent});
                    walk(item.getKids(), depth + 1, title);
                }
            };
        QPDFOutlineDocumentHelper outlines(pdf);
        walk(outlines.getTopLevelOutlines(), 0, {});
        return out;
    }
    QList<Link> links()
    {
        QList<Link> out;
        for (size_t i = 0; i < pages.size(); ++i) {
            for (QPDFAnnotationObjectHelper &a : QPDFPageObjectHelper(pages[i]).getAnnotations("/Link")) {
                QPDFObjectHandle action = a.getObjectHandle().getKey("/A");
                Link l{int(i), a.getRect().ury, {}, {}, {}};
                if (action.isDictionary()) {
                    l.action = utf8(action.getKey("/S").getName()).mid(1);
                    if (action.getKey("/URI").isString())
                        l.uri = utf8(action.getKey("/URI").getStringValue());
                    l.to = place(action.getKey("/D"));
                }
                out.append(l);
            }
        }
        return out;
    }
    QString info(const char *key)
    {
        QPDFObjectHandle v = pdf.getTrailer().getKey("/Info").getKey(key);
        return v.isString() ? utf8(v.getUTF8Value()) : QString();
    }
    QString catalogText(const char *key)
    {
        QPDFObjectHandle v = pdf.getRoot().getKey(key);
        return v.isString() ? utf8(v.getUTF8Value()) : v.isName() ? utf8(v.getName()) : QString();
    }
    QByteArray xmp()
    {
        QPDFObjectHandle m = pdf.getRoot().getKey("/Metadata");
        if (!m.isStream())
            return {};
        REQUIRE_FALSE(m.getDict().hasKey("/Filter")); // PDF/A-1: the metadata as it is
        std::shared_ptr<Buffer> b = m.getStreamData();
        return QByteArray(reinterpret_cast<const char *>(b->getBuffer()), qsizetype(b->getSize()));
    }
};

// The XMP properties a reader compares with Info: "dc:title" and the like,
// each with its x-default (or only) value.
std::map<QString, QString> xmpProperties(const QByteArray &xmp)
{
    std::map<QString, QString> props;
    QXmlStreamReader r(xmp);
    QString property;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QString name = r.qualifiedName().toString();
            if (name == QLatin1String("rdf:Description")) {
                for (const QXmlStreamAttribute &a : r.attributes())
                    if (a.qualifiedName() != QLatin1String("rdf:about"))
                        props[a.qualifiedName().toString()] = a.value().toString();
            } else if (name == QLatin1String("rdf:li")) {
                const QString lang = r.attributes().value(QStringLiteral("xml:lang")).toString();
                const QString text = r.readElementText();
                if (!props.count(property) || lang == QLatin1String("x-default"))
                    props[property] = text;
            } else if (!name.startsWith(QLatin1String("rdf:")) && !name.startsWith(QLatin1String("x:"))) {
                property = name;
            }
        } else if (r.isCharacters() && !r.isWhitespace() && !property.isEmpty() && !props.count(property)) {
            props[property] = r.text().toString();
        }
    }
    REQUIRE_FALSE(r.hasError());
    return props;
}

// The pages' text, one entry per page, each line with its spaces simplified.
QList<QStringList> pageLines(const QString &pdf)
{
    QList<QStringList> pages;
    for (const QString &page : tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).split(QLatin1Char('\f'))) {
        QStringList lines;
        for (const QString &l : page.split(QLatin1Char('\n')))
            lines.append(l.simplified());
        pages.append(lines);
    }
    return pages;
}

// The page a heading is on: the last page with a line that is the heading
// and nothing else (the contents give the same words with a page number).
int headingPage(const QList<QStringList> &pages, const QString &heading)
{
    int found = -1;
    for (int i = 0; i < pages.size(); ++i)
        if (pages[i].contains(heading))
            found = i;
    return found;
}

} // namespace

TEST_CASE("Every PDF and PDF/A of every sample plan passes qpdf --check, with no dead links", "[pdf][navigation]")
{
    QTemporaryDir dir;
    for (const QString &file : sampleFiles()) {
        const Plan plan = readPlanJsonFile(file);
        for (bool pdfA : {false, true}) {
            INFO(file << (pdfA ? " (PDF/A)" : ""));
            const QString pdf = pdfPath(dir, plan, {}, pdfA);
            int exitCode = -1;
            const QString check = tool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}, &exitCode);
            INFO(check);
            CHECK(exitCode == 0);
            CHECK(check.contains(QStringLiteral("No syntax or stream encoding errors")));
            PdfFile f(pdf);
            CHECK_FALSE(f.bookmarks().isEmpty());
            for (const Link &l : f.links()) {
                INFO("link on page " << l.page + 1 << ": " << l.action << " " << l.uri);
                CHECK((l.action == QLatin1String("GoTo") || l.action == QLatin1String("URI")));
                CHECK_FALSE(l.uri.startsWith(QLatin1Char('#')));
                if (l.action == QLatin1String("URI"))
                    CHECK(QRegularExpression(QStringLiteral("^(https?|mailto):")).match(l.uri).hasMatch());
                else
                    CHECK(l.to.page >= 0);
            }
            if (pdfA) {
                // PDF/A-1 is PDF 1.4: no object or cross-reference streams.
                const QByteArray bytes = readAll(pdf);
                CHECK(bytes.startsWith("%PDF-1.4\n"));
                CHECK_FALSE(bytes.contains("/ObjStm"));
                CHECK_FALSE(bytes.contains("/XRef"));
            }
        }
    }
}

TEST_CASE("Bookmarks: every chapter of the Innlandet plan once, at the page it is on, its sections under it", "[pdf][navigation]")
{
    QTemporaryDir dir;
    const Plan plan = innlandet();
    const QString pdf = pdfPath(dir, plan);
    PdfFile f(pdf);
    const QList<Bookmark> marks = f.bookmarks();
    const QList<QStringList> pages = pageLines(pdf);
    CHECK(f.catalogText("/PageMode") == QLatin1String("/UseOutlines"));

    // The cover's title is the document's title, shown in the title bar: no bookmark.
    for (const Bookmark &b : marks)
        CHECK(b.title != plan.info.title);
    CHECK(marks.value(0).title == QLatin1String("Innhold"));

    const auto toc = buildViewModel(plan, {QString(), true})["toc"];
    REQUIRE(toc.size() == 9);
    int sections = 0;
    for (const auto &chapter : toc) {
        const QString title = QString::fromStdString(chapter["number"].get<std::string>() + " " + chapter["title"].get<std::string>());
        INFO(title.toStdString());
        const auto same = std::count_if(marks.cbegin(), marks.cend(), [&](const Bookmark &b) { return b.title == title; });
        CHECK(same == 1);
        const auto mark = std::find_if(marks.cbegin(), marks.cend(), [&](const Bookmark &b) { return b.title == title; });
        REQUIRE(mark != marks.cend());
        CHECK(mark->depth == 0);
        CHECK(mark->at.page == headingPage(pages, title));
        CHECK(mark->at.page > 0);
        // The destination lies in the page's text area (A4: 842 pt, below the running header, above the footer).
        CHECK(mark->at.top > 60);
        CHECK(mark->at.top <= 842 - 40);
        for (const auto &entry : chapter["entries"]) {
            const QString sub = QString::fromStdString(entry["number"].get<std::string>() + " " + entry["title"].get<std::string>());
            INFO(sub.toStdString());
            const auto s = std::find_if(marks.cbegin(), marks.cend(), [&](const Bookmark &b) { return b.title == sub; });
            REQUIRE(s != marks.cend());
            CHECK(s->parent == title);
            CHECK(s->depth == 1);
            CHECK(s->at.page >= mark->at.page);
            ++sections;
        }
    }
    CHECK(sections == 4);
    // Goals and sub-goals are bookmarks too, under the goals chapter.
    const auto goal = std::find_if(marks.cbegin(), marks.cend(), [](const Bookmark &b) { return b.title.startsWith(QLatin1String("M1.2 ")) && b.depth == 2; });
    REQUIRE(goal != marks.cend());
    CHECK(goal->parent.startsWith(QLatin1String("M1 ")));
}

TEST_CASE("Contents rows jump to their headings inside the document, not to web links", "[pdf][navigation]")
{
    QTemporaryDir dir;
    const Plan plan = innlandet();
    const QString pdf = pdfPath(dir, plan);
    PdfFile f(pdf);
    std::map<QString, Place> bookmarkAt;
    for (const Bookmark &b : f.bookmarks())
        bookmarkAt[b.title] = b.at;
    const QList<QStringList> pages = pageLines(pdf);

    // The contents page's links, top to bottom, one per row (a row's link
    // broken over two lines gives two annotations to the same place).
    QList<Link> rows;
    for (const Link &l : f.links()) {
        if (l.page != 2) // the contents: after the cover and its back
            continue;
        CHECK(l.action == QLatin1String("GoTo"));
        if (rows.isEmpty() || !(rows.last().to == l.to))
            rows.append(l);
    }
    std::sort(rows.begin(), rows.end(), [](const Link &a, const Link &b) { return a.rectTop > b.rectTop; });
    QStringList titles;
    const auto toc = buildViewModel(plan, {QString(), true})["toc"];
    for (const auto &chapter : toc) {
        titles.append(QString::fromStdString(chapter["number"].get<std::string>() + " " + chapter["title"].get<std::string>()));
        for (const auto &entry : chapter["entries"])
            titles.append(QString::fromStdString(entry["number"].get<std::string>() + " " + entry["title"].get<std::string>()));
    }
    REQUIRE(rows.size() == titles.size());
    for (int i = 0; i < rows.size(); ++i) {
        INFO(titles[i].toStdString());
        REQUIRE(bookmarkAt.count(titles[i]) == 1);
        CHECK(rows[i].to == bookmarkAt[titles[i]]);
        if (!titles[i].contains(QLatin1Char('.'))) // a chapter: where pdftotext finds it
            CHECK(rows[i].to.page == headingPage(pages, titles[i]));
    }
    // No link anywhere is a web link to "#anchor".
    for (const Link &l : f.links())
        CHECK_FALSE(l.uri.startsWith(QLatin1Char('#')));
}

TEST_CASE("A link to an anchor the document does not have is dropped; web links stay", "[pdf][navigation]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QTextDocument doc;
        doc.setHtml(QStringLiteral("<p><a href=\"#here\">here</a> <a href=\"#nowhere\">nowhere</a> "
                                   "<a href=\"https://www.innlandetfylke.no/\">web</a></p><h2><a name=\"here\"></a>Here</h2>"));
        doc.print(&writer);
    }
    PdfNavigation nav;
    nav.anchors.insert(QStringLiteral("here"), {0, 300});
    nav.headings.append({2, QStringLiteral("Here"), {0, 300}});
    PdfMetadata meta;
    meta.title = QStringLiteral("Test");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.pdf"));
    writeAll(path, completePdf(buffer.data(), meta, nav));
    PdfFile f(path);
    QStringList seen;
    for (const Link &l : f.links())
        seen.append(l.action + QLatin1Char(' ') + l.uri);
    seen.sort();
    CHECK(seen == QStringList{QStringLiteral("GoTo "), QStringLiteral("URI https://www.innlandetfylke.no/")});
    const QList<Link> links = f.links();
    const auto goTo = std::find_if(links.cbegin(), links.cend(), [](const Link &l) { return l.action == QLatin1String("GoTo"); });
    REQUIRE(goTo != links.cend());
    CHECK(goTo->to.page == 0);
    CHECK(std::abs(goTo->to.top - (f.pages[0].getKey("/MediaBox").getArrayItem(3).getNumericValue() - 300)) < 0.01);
}

TEST_CASE("The PDF says its language and shows its title in the window", "[pdf][navigation]")
{
    QTemporaryDir dir;
    Plan plan = innlandet();
    for (const auto &[language, tag] : {std::pair{"", "nb-NO"}, std::pair{"en", "en-GB"}, std::pair{"nn", "nn-NO"}}) {
        INFO(language);
        PdfFile f(pdfPath(dir, plan, QLatin1String(language)));
        CHECK(f.catalogText("/Lang") == QLatin1String(tag));
        QPDFObjectHandle prefs = f.pdf.getRoot().getKey("/ViewerPreferences");
        REQUIRE(prefs.isDictionary());
        CHECK(prefs.getKey("/DisplayDocTitle").isBool());
        CHECK(prefs.getKey("/DisplayDocTitle").getBoolValue());
    }
    // A Nynorsk plan, without --lang.
    plan.info.language = QStringLiteral("nn");
    CHECK(PdfFile(pdfPath(dir, plan)).catalogText("/Lang") == QLatin1String("nn-NO"));
}

TEST_CASE("Info and XMP metadata say the same, in a PDF and in a PDF/A-1b", "[pdf][navigation]")
{
    QTemporaryDir dir;
    const Plan plan = innlandet();
    for (bool pdfA : {false, true}) {
        INFO((pdfA ? "PDF/A" : "PDF"));
        PdfFile f(pdfPath(dir, plan, {}, pdfA));
        const auto xmp = xmpProperties(f.xmp());
        auto x = [&xmp](const char *key) { return xmp.count(QLatin1String(key)) ? xmp.at(QLatin1String(key)) : QString(); };
        CHECK(f.info("/Title") == plan.info.title);
        CHECK(f.info("/Author") == QStringLiteral("Innlandet fylkeskommune"));
        CHECK(f.info("/Subject") == QStringLiteral("Mål- og handlingsplan 2021–2024"));
        CHECK(f.info("/Creator").startsWith(QLatin1String("Planverk ")));
        CHECK(f.info("/Keywords").contains(QLatin1String("Kultur")));
        CHECK(x("dc:title") == f.info("/Title"));
        CHECK(x("dc:creator") == f.info("/Author"));
        CHECK(x("dc:description") == f.info("/Subject"));
        CHECK(x("pdf:Keywords") == f.info("/Keywords"));
        CHECK(x("xmp:CreatorTool") == f.info("/Creator"));
        CHECK(x("pdf:Producer") == f.info("/Producer"));
        // D:20261124155248Z and 2026-11-24T15:52:48Z: the same moment.
        const QRegularExpression pdfDate(QStringLiteral("^D:(\\d{4})(\\d\\d)(\\d\\d)(\\d\\d)(\\d\\d)(\\d\\d)Z$"));
        for (const auto &[info, xmpKey] : {std::pair{"/CreationDate", "xmp:CreateDate"}, std::pair{"/ModDate", "xmp:ModifyDate"}}) {
            const auto m = pdfDate.match(f.info(info));
            REQUIRE(m.hasMatch());
            CHECK(x(xmpKey) == QStringLiteral("%1-%2-%3T%4:%5:%6Z").arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5), m.captured(6)));
        }
        CHECK(x("pdfaid:part") == (pdfA ? QStringLiteral("1") : QString()));
        CHECK(x("pdfaid:conformance") == (pdfA ? QStringLiteral("B") : QString()));
    }
}

TEST_CASE("Bookmarks and contents of a long plan lead to the pages their headings are on", "[pdf][navigation][scale]")
{
    // 184 pages. Qt keeps the page height in 1/64 pixels: a height between
    // two of those drifted from the layout's own, and chapters after page
    // 100 or so were bookmarked (and numbered in the contents) a page early.
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("long.json"));
    tool(binPath(QStringLiteral("planverk-make-synthetic")), {json, QStringLiteral("200"), QStringLiteral("5"), QStringLiteral("100")});
    const Plan plan = readPlanJsonFile(json);
    const QString pdf = pdfPath(dir, plan);
    PdfFile f(pdf);
    const QList<QStringList> pages = pageLines(pdf);
    REQUIRE(pages.size() > 150);
    int chapters = 0;
    for (const Bookmark &b : f.bookmarks()) {
        if (b.depth != 0 || b.title == QLatin1String("Innhold"))
            continue;
        INFO(b.title.toStdString());
        CHECK(b.at.page == headingPage(pages, b.title));
        // The contents give the same page (counted from 1).
        CHECK(pages[2].contains(b.title + QLatin1Char(' ') + QString::number(b.at.page + 1)) + pages[3].contains(b.title + QLatin1Char(' ') + QString::number(b.at.page + 1)) == 1);
        ++chapters;
    }
    CHECK(chapters == 14);
}
