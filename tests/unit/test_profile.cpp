// The plan's visual profile (issue 11, "In the county's look"): short title,
// accent colour, logo and cover picture, in the file, the JSON, the checks
// and the documents.
#include "testsupport.h"

#include "io/picturefile.h"
#include "io/planjson.h"
#include "model/planchecks.h"
#include "model/planerror.h"
#include "render/documentwriter.h"
#include "render/profileview.h"
#include "render/templateset.h"
#include "render/viewmodel.h"
#include "store/planstore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace planverk;
using namespace planverk::test;

namespace {

QByteArray pngBytes(int w, int h, QColor colour = QColor(0x1f, 0x5c, 0x4a))
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(colour);
    QPainter p(&image);
    p.fillRect(0, 0, w / 2, h / 2, Qt::white);
    p.end();
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    return out;
}

QByteArray jpegBytes(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(0x9c, 0xc3, 0xdd));
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "JPEG");
    return out;
}

const QByteArray kLogoSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\" viewBox=\"0 0 120 40\">"
                            "<rect width=\"40\" height=\"40\" rx=\"8\" fill=\"#7a1f3d\"/><rect x=\"50\" y=\"12\" width=\"60\" height=\"8\" fill=\"#7a1f3d\"/></svg>";

Plan profiled()
{
    Plan p = readPlanJsonFile(sourcePath(QStringLiteral("data/hedmark-oppland-samarbeid.json")));
    p.info.shortTitle = QStringLiteral("Samarbeidsavtale");
    p.info.accentColour = QStringLiteral("#7a1f3d");
    p.info.logo = {QStringLiteral("image/svg+xml"), kLogoSvg, QStringLiteral("Logo for prøveplanen")};
    p.info.cover = {QStringLiteral("image/jpeg"), jpegBytes(600, 350), QStringLiteral("Blå himmel")};
    p.info.photoCredit = QStringLiteral("Kari Nordmann");
    return p;
}

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Images on one page of a PDF, as pdfimages lists them (no soft masks).
int imagesOnPage(const QString &pdf, int page)
{
    const QStringList lines = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                                   QString::number(page), pdf})
                                  .split('\n', Qt::SkipEmptyParts)
                                  .mid(2);
    int n = 0;
    for (const QString &l : lines)
        n += l.simplified().section(' ', 2, 2) == QLatin1String("image");
    return n;
}

QString pageText(const QString &pdf, int page)
{
    return tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf,
                                              QStringLiteral("-")});
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    writeAll(path, bytes);
    return path;
}

} // namespace

TEST_CASE("The profile is in the plan file and comes back as it was", "[profile][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.planverk"));
    const Plan plan = profiled();
    PlanStore::createFrom(path, plan);
    CHECK(PlanStore::open(path, PlanStore::Mode::ReadOnly)->load() == plan);

    // One picture replaced, the other removed: each write stands alone.
    auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite);
    const Picture png{QStringLiteral("image/png"), pngBytes(80, 40), QStringLiteral("Grønn logo")};
    store->setPicture(PictureRole::Logo, png);
    store->setPicture(PictureRole::Cover, {});
    store.reset();
    const Plan back = PlanStore::open(path, PlanStore::Mode::ReadOnly)->load();
    CHECK(back.info.logo == png);
    CHECK(back.info.cover.isEmpty());
    CHECK(back.info.shortTitle == QStringLiteral("Samarbeidsavtale"));
    CHECK(back.info.accentColour == QStringLiteral("#7a1f3d"));
}

TEST_CASE("A plan file of schema version 2 is migrated and takes a profile", "[profile][store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.planverk"));
    {
        // Version 2 as Planverk wrote it: the first two migration scripts.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(qint32(PlanStore::kApplicationId))));
        for (const QString &script : {QStringLiteral("001-initial.sql"), QStringLiteral("002-references-and-contact-groups.sql")}) {
            QFile f(QStringLiteral(":/planverk/schema/migrations/") + script);
            REQUIRE(f.open(QIODevice::ReadOnly));
            for (const QString &stmt : QString::fromUtf8(f.readAll()).split(QRegularExpression(QStringLiteral(";\\s*\\n")), Qt::SkipEmptyParts)) {
                QStringList lines;
                for (const QString &l : stmt.split('\n'))
                    if (!l.trimmed().startsWith(QLatin1String("--")))
                        lines << l;
                if (!lines.join('\n').trimmed().isEmpty()) {
                    INFO(lines.join('\n').toStdString() << q.lastError().text().toStdString());
                    REQUIRE(q.exec(lines.join('\n')));
                }
            }
        }
        REQUIRE(q.exec(QStringLiteral("UPDATE plan_info SET title = 'Gammel plan 2021–2024', photo_credit = 'Ola Nordmann'")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 2")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite);
    CHECK(store->openedSchemaVersion() == 2);
    Plan p = store->load();
    CHECK(p.info.title == QStringLiteral("Gammel plan 2021–2024"));
    CHECK(p.info.photoCredit == QStringLiteral("Ola Nordmann"));
    CHECK(p.info.shortTitle.isEmpty());
    CHECK(p.info.accentColour.isEmpty());
    CHECK(p.info.logo.isEmpty());
    p.info.accentColour = QStringLiteral("#0a3d62");
    store->updateInfo(p.info);
    store->setPicture(PictureRole::Logo, {QStringLiteral("image/svg+xml"), kLogoSvg, QStringLiteral("Logo")});
    store.reset();
    CHECK(readAll(path).mid(60, 4) == QByteArray("\0\0\0", 3) + char(PlanStore::kSchemaVersion));
    const Plan back = PlanStore::open(path, PlanStore::Mode::ReadOnly)->load();
    CHECK(back.info.accentColour == QStringLiteral("#0a3d62"));
    CHECK(back.info.logo.data == kLogoSvg);
}

TEST_CASE("JSON carries the profile, the pictures in base64", "[profile][json]")
{
    const Plan plan = profiled();
    const QByteArray json = exportPlanJson(plan);
    CHECK(json.contains("\"shortTitle\": \"Samarbeidsavtale\""));
    CHECK(json.contains("\"accentColour\": \"#7a1f3d\""));
    CHECK(json.contains("\"logo\": {"));
    CHECK(json.contains(QByteArray("\"data\": \"" + kLogoSvg.toBase64() + "\"")));
    CHECK(json.contains("\"coverImage\": {"));
    const Plan back = importPlanJson(json, QStringLiteral("p.json"));
    CHECK(back == plan);
    CHECK(exportPlanJson(back) == json);
    // A plan with no pictures has no picture keys.
    Plan bare = plan;
    bare.info.logo = {};
    bare.info.cover = {};
    CHECK_FALSE(exportPlanJson(bare).contains("\"logo\""));
}

// A phone's or camera's photo is 3–10 MB and 4000–6000 pixels wide: the
// planner chose it and was told to make it smaller first. It is made the
// size a plan keeps instead, upright, and the editor says so.
TEST_CASE("A camera's photo is made smaller, not refused", "[profile]")
{
    QTemporaryDir dir;
    QImage photo(4000, 3000, QImage::Format_RGB32);
    quint32 seed = 12345;
    for (int y = 0; y < photo.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int x = 0; x < photo.width(); ++x) {
            seed = seed * 1664525u + 1013904223u; // noise: the way a photo resists compression
            line[x] = qRgb(int(seed >> 24), int((seed >> 16) & 0xff), (x * 255) / photo.width());
        }
    }
    QByteArray jpeg;
    QBuffer b(&jpeg);
    b.open(QIODevice::WriteOnly);
    REQUIRE(photo.save(&b, "JPEG", 95));
    REQUIRE(jpeg.size() > 2 * 1024 * 1024);
    const QString path = writeFile(dir, QStringLiteral("fjorden.jpg"), jpeg);
    QString adjusted;
    const Picture p = readPictureFile(path, &adjusted);
    CHECK(p.type == QStringLiteral("image/jpeg"));
    CHECK(p.data.size() <= kMaxPictureBytes);
    QImage kept;
    REQUIRE(kept.loadFromData(p.data, "JPEG"));
    CHECK(kept.size() == QSize(2480, 1860));
    CHECK(QString(adjusted).startsWith(QStringLiteral("4000 × 3000 → 2480 × 1860 pixels, ")));

    // A wide PNG drawing with transparency stays a PNG, only narrower.
    QImage drawing(6001, 40, QImage::Format_ARGB32);
    drawing.fill(Qt::transparent);
    QByteArray png;
    QBuffer pb(&png);
    pb.open(QIODevice::WriteOnly);
    REQUIRE(drawing.save(&pb, "PNG"));
    const Picture wide = readPictureFile(writeFile(dir, QStringLiteral("bred.png"), png), &adjusted);
    CHECK(wide.type == QStringLiteral("image/png"));
    QImage narrow;
    REQUIRE(narrow.loadFromData(wide.data, "PNG"));
    CHECK(narrow.width() == 2480);
    CHECK(narrow.hasAlphaChannel());

    // One the plan keeps as it is says nothing.
    readPictureFile(writeFile(dir, QStringLiteral("logo.png"), pngBytes(100, 50)), &adjusted);
    CHECK(adjusted.isEmpty());
}

TEST_CASE("A picture that is too large, broken or hostile is refused, naming the file", "[profile][security]")
{
    QTemporaryDir dir;
    QByteArray huge = pngBytes(10, 10);
    huge.append(QByteArray(21 * 1024 * 1024, 'x'));
    const QString large = writeFile(dir, QStringLiteral("stor.png"), huge);
    CHECK_THROWS_WITH(readPictureFile(large), Catch::Contains(QString(large + QStringLiteral(": is larger than 20 MiB (21.0 MiB)")).toStdString()));

    QByteArray broken = pngBytes(40, 40);
    broken.truncate(60);
    const QString brokenPath = writeFile(dir, QStringLiteral("ødelagt.png"), broken);
    CHECK_THROWS_WITH(readPictureFile(brokenPath), Catch::Contains(QString(brokenPath + QStringLiteral(": cannot be read as a PNG image")).toStdString()));

    const QString text = writeFile(dir, QStringLiteral("notat.png"), "Dette er ikke et bilde.");
    CHECK_THROWS_WITH(readPictureFile(text), Catch::Contains(QString(text + QStringLiteral(": is not a PNG, JPEG or SVG image")).toStdString()));

    const QByteArray hostile = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">"
                               "<image xlink:href=\"/etc/passwd\" width=\"10\" height=\"10\"/></svg>";
    const QString hostilePath = writeFile(dir, QStringLiteral("logo.svg"), hostile);
    CHECK_THROWS_WITH(readPictureFile(hostilePath), Catch::Contains(QString(hostilePath + QStringLiteral(": is not a usable SVG image: ")).toStdString())
                                                        && Catch::Contains("/etc/passwd"));

    const QString gif = writeFile(dir, QStringLiteral("animert.gif"), QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 13));
    CHECK_THROWS_WITH(readPictureFile(gif), Catch::Contains("a plan's picture must be PNG, JPEG or SVG"));

    // Good ones pass, their type read from the bytes.
    CHECK(readPictureFile(writeFile(dir, QStringLiteral("logo.png"), pngBytes(100, 50))).type == QStringLiteral("image/png"));
    CHECK(readPictureFile(writeFile(dir, QStringLiteral("foto.jpg"), jpegBytes(100, 50))).type == QStringLiteral("image/jpeg"));
    CHECK(readPictureFile(writeFile(dir, QStringLiteral("logo.svg.txt"), kLogoSvg)).type == QStringLiteral("image/svg+xml"));

    // The same checks on the way in through JSON, at the JSON path.
    Plan p = profiled();
    p.info.logo.data = hostile;
    const QByteArray json = exportPlanJson(p);
    CHECK_THROWS_WITH(importPlanJson(json, QStringLiteral("plan.json")), Catch::StartsWith("plan.json: /plan/logo/data: the picture is not a usable SVG image"));
    p.info.logo.data = broken;
    CHECK_THROWS_WITH(importPlanJson(exportPlanJson(p), QStringLiteral("plan.json")), Catch::StartsWith("plan.json: /plan/logo/data: the picture cannot be read as a PNG image"));
    QByteArray notBase64 = exportPlanJson(profiled());
    notBase64.replace(kLogoSvg.toBase64(), "***");
    CHECK_THROWS_WITH(importPlanJson(notBase64, QStringLiteral("plan.json")), Catch::StartsWith("plan.json: /plan/logo/data: is not base64"));
    QByteArray badColour = exportPlanJson(profiled());
    badColour.replace("#7a1f3d", "blue");
    CHECK_THROWS_WITH(importPlanJson(badColour, QStringLiteral("plan.json")), Catch::StartsWith("plan.json: /plan/accentColour: \"blue\" is not a colour"));
}

TEST_CASE("A hand-edited picture or colour in the file is refused with the table and row", "[profile][store][handedited][security]")
{
    struct Case {
        const char *name;
        QString sql;
        const char *reason;
    };
    const QByteArray hostile = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">"
                               "<image xlink:href=\"/etc/passwd\" width=\"10\" height=\"10\"/></svg>";
    const Case cases[] = {
        {"colour", QStringLiteral("UPDATE plan_info SET accent_colour = 'blue'"), "table plan_info, column accent_colour: \"blue\" is not a colour of the form #rrggbb"},
        {"hostile-svg", QStringLiteral("INSERT INTO plan_picture (role, type, data) VALUES ('logo', 'image/svg+xml', x'%1')").arg(QString::fromLatin1(hostile.toHex())),
         "table plan_picture, row 1, column data: the picture is not a usable SVG image"},
        {"text-data", QStringLiteral("INSERT INTO plan_picture (role, type, data) VALUES ('cover', 'image/png', 'bilde')"),
         "table plan_picture, row 1, column data: \"bilde\" is not the bytes of a picture"},
        {"wrong-type", QStringLiteral("INSERT INTO plan_picture (role, type, data) VALUES ('cover', 'image/jpeg', x'%1')").arg(QString::fromLatin1(pngBytes(4, 4).toHex())),
         "table plan_picture, row 1, column type: \"image/jpeg\" is not the type of the picture, which is image/png"},
        {"third-role", QStringLiteral("INSERT INTO plan_picture (role, type, data) VALUES ('banner', 'image/png', x'%1')").arg(QString::fromLatin1(pngBytes(4, 4).toHex())),
         "table plan_picture, row 1, column role: \"banner\" is not one of logo, cover"},
    };
    QTemporaryDir dir;
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = dir.filePath(QString::fromLatin1(c.name) + QStringLiteral(".planverk"));
        PlanStore::createFrom(path, richPlan());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hand"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec(c.sql));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hand"));
        const QByteArray before = readAll(path);
        CHECK_THROWS_WITH(PlanStore::open(path, PlanStore::Mode::ReadOnly)->load(), Catch::Contains(c.reason));
        const Run r = cli({QStringLiteral("check"), path});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(path + QStringLiteral(": is damaged: ")));
        CHECK(readAll(path) == before);
    }
}

TEST_CASE("An accent colour too pale for white text and a picture without alt text are warnings", "[profile][checks]")
{
    Plan p = profiled();
    auto findings = [&] {
        QStringList out;
        for (const Finding &f : checkPlan(p))
            if (f.path.startsWith(QLatin1String("/plan/accentColour")) || f.path.startsWith(QLatin1String("/plan/logo")) || f.path.startsWith(QLatin1String("/plan/coverImage")))
                out << (f.isError() ? QStringLiteral("error ") : QStringLiteral("warning ")) + f.path + QStringLiteral(": ") + f.message;
        return out;
    };
    CHECK(findings().isEmpty()); // #7a1f3d: 10.6:1
    p.info.accentColour = QStringLiteral("#7fb2e5");
    CHECK(findings() == QStringList{QStringLiteral("warning /plan/accentColour: the accent colour #7fb2e5 has a contrast of 2.23:1 with white text; WCAG asks for at least 4.5:1")});
    p.info.accentColour = QStringLiteral("#777777"); // 4.48:1, just below
    CHECK(findings().value(0).contains(QStringLiteral("4.47:1")));
    p.info.accentColour = QStringLiteral("#767676"); // 4.54:1, just enough
    CHECK(findings().isEmpty());
    p.info.accentColour.clear(); // the template's own blue
    p.info.logo.alt = QStringLiteral("  ");
    p.info.cover.alt.clear();
    CHECK(findings() == QStringList{QStringLiteral("warning /plan/logo/alt: the logo has no alternative text"),
                                    QStringLiteral("warning /plan/coverImage/alt: the cover picture has no alternative text")});
}

TEST_CASE("The view model gives templates the profile", "[profile][viewmodel]")
{
    Plan p = profiled();
    ViewOptions web;
    nlohmann::json vm = buildViewModel(p, web);
    CHECK(vm["plan"]["shortTitle"] == "Samarbeidsavtale");
    CHECK(vm["plan"]["hasShortTitle"] == true);
    CHECK(vm["plan"]["accentColour"] == "#7a1f3d");
    CHECK(vm["plan"]["logo"]["src"] == "data:image/svg+xml;base64," + kLogoSvg.toBase64().toStdString());
    CHECK(vm["plan"]["logo"]["alt"] == "Logo for prøveplanen");
    CHECK(vm["plan"]["coverImage"]["creditText"] == "Foto: Kari Nordmann");
    ViewOptions print;
    print.forPrint = true;
    const std::string src = buildViewModel(p, print)["plan"]["coverImage"]["src"].get<std::string>();
    CHECK(QString::fromStdString(src).contains(QRegularExpression(QStringLiteral("^planimage:cover/[0-9a-f]{16}$"))));

    p.info.shortTitle.clear();
    p.info.accentColour.clear();
    p.info.logo = {};
    vm = buildViewModel(p, web);
    CHECK(vm["plan"]["shortTitle"] == vm["plan"]["title"]);
    CHECK(vm["plan"]["hasShortTitle"] == false);
    CHECK(vm["plan"]["accentColour"] == "#0b4f8a");
    CHECK(vm["plan"]["hasLogo"] == false);
    CHECK_FALSE(vm["plan"].contains("logo"));
}

TEST_CASE("The cover has the logo and the picture with its credit; its back the document's facts", "[profile][documents][pdf]")
{
    QTemporaryDir dir;
    const Plan plan = readPlanJsonFile(sourcePath(QStringLiteral("data/innlandet-internasjonal-2021-2024.json")));
    REQUIRE(!plan.info.logo.isEmpty());
    REQUIRE(!plan.info.cover.isEmpty());
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeDocument(plan, pdf, {});

    CHECK(imagesOnPage(pdf, 1) == 2); // the logo and the cover picture
    const QString cover = pageText(pdf, 1).simplified();
    CHECK(cover.contains(QStringLiteral("Internasjonal plan")));                // the short title
    CHECK(cover.contains(QStringLiteral("Foto: Planverk")));                    // the credit, beside the picture
    CHECK_FALSE(cover.contains(QStringLiteral("Saksnummer")));                  // the facts are on the back
    const QString back = pageText(pdf, 2).simplified();
    CHECK(back.contains(QStringLiteral("Tittel Internasjonal mål- og handlingsplan 2021–2024")));
    CHECK(back.contains(QStringLiteral("Saksnummer 7/21")));
    CHECK(back.contains(QStringLiteral("Dato vedtatt 17. februar 2021")));
    CHECK(back.contains(QStringLiteral("Vedtatt av Fylkestinget")));
    CHECK(back.contains(QStringLiteral("Fotograf Planverk (tegning)")));
    CHECK(imagesOnPage(pdf, 2) == 0);
}

TEST_CASE("The title's period is never broken after its dash", "[profile][documents][pdf]")
{
    // Without the word joiner the line breaks after "2021–" in this title
    // (the dash allows a break after it).
    CHECK(keepPeriodsTogether(QStringLiteral("Plan 2021–2024 og 2024-2027")) == QStringLiteral("Plan 2021–\u20602024 og 2024-\u20602027"));
    CHECK(keepPeriodsTogether(QStringLiteral("Mål- og handlingsplan")) == QStringLiteral("Mål- og handlingsplan"));
    QTemporaryDir dir;
    Plan plan = profiled();
    int broken = 0, lines = 0;
    for (const QString &padding : {QStringLiteral("Internasjonal strategi for samarbeid med regionene"),
                                   QStringLiteral("Internasjonal strategi for samarbeid med regionene i"),
                                   QStringLiteral("Internasjonal strategi for samarbeid med regionene i Norden"),
                                   QStringLiteral("Internasjonal handlingsplan for grenseregionene Innlandet–Dalarna")}) {
        plan.info.title = padding + QStringLiteral(" 2021–2024");
        const QString pdf = dir.filePath(QStringLiteral("t.pdf"));
        QFile::remove(pdf);
        writeDocument(plan, pdf, {});
        const QString cover = pageText(pdf, 1).section(QStringLiteral("Foto:"), 0, 0); // the title, above the picture
        INFO(cover.toStdString());
        for (const QString &line : cover.split('\n')) {
            lines += line.contains(QStringLiteral("2024"));
            broken += line.trimmed().endsWith(QStringLiteral("2021–"));
        }
        CHECK(cover.contains(QStringLiteral("2021–2024")));
    }
    CHECK(lines >= 4);
    CHECK(broken == 0);
}

TEST_CASE("The web page shows the profile in its header, pictures inside it", "[profile][documents][html]")
{
    auto t = TemplateSet::open(QStringLiteral("standard"));
    const QString html = QString::fromUtf8(renderHtml(profiled(), *t, {}));
    CHECK(html.contains(QStringLiteral("<img class=\"logo\" src=\"data:image/svg+xml;base64,%1\" alt=\"Logo for prøveplanen\">").arg(QString::fromLatin1(kLogoSvg.toBase64()))));
    CHECK(QString(html).remove(QChar(0x00AD)).contains(QStringLiteral("<figcaption>Foto: Kari Nordmann</figcaption>"))); // without the soft hyphens
    CHECK(html.contains(QStringLiteral("src=\"data:image/jpeg;base64,")));
    CHECK(html.contains(QStringLiteral("border-bottom: 3px solid #7a1f3d")));
    CHECK_FALSE(html.contains(QStringLiteral("planimage:")));
    CHECK_FALSE(html.contains(QStringLiteral("#0b4f8a")));
}
