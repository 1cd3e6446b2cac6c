// Conformance with the Mustache specification: every case of every module
// in ../shared/mustache-spec (lambdas excepted: JSON data has no functions).
#include "testsupport.h"

#include "model/planerror.h"
#include "render/mustache.h"

#include <QDir>

#include <fstream>

using namespace planverk;
using json = nlohmann::json;

TEST_CASE("Mustache specification conformance", "[mustache][spec]")
{
    const QDir dir(QStringLiteral(PLANVERK_SHARED_DIR "/mustache-spec"));
    if (!dir.exists()) {
        WARN("SKIPPED: the Mustache specification is not at " << dir.path().toStdString() << " (a clone without ../shared)");
        return;
    }
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    int passed = 0;
    int total = 0;
    QStringList failures;
    for (const QString &file : files) {
        if (file == QLatin1String("~lambdas.json"))
            continue; // lambdas are functions in the data; JSON has none
        std::ifstream in(dir.filePath(file).toStdString());
        const json spec = json::parse(in);
        for (const json &test : spec.at("tests")) {
            ++total;
            std::map<std::string, std::string> partials;
            if (test.contains("partials"))
                for (auto it = test["partials"].begin(); it != test["partials"].end(); ++it)
                    partials[it.key()] = it.value().get<std::string>();
            mustache::MapPartialLoader loader(partials);
            std::string got;
            try {
                got = mustache::Template::compile(test["template"].get<std::string>(), "spec")->render(test["data"], &loader);
            } catch (const PlanError &e) {
                got = "<error: " + e.toString().toStdString() + ">";
            }
            if (got == test["expected"].get<std::string>()) {
                ++passed;
            } else {
                failures << QStringLiteral("%1: %2\n  expected: %3\n  got:      %4")
                                .arg(file, QString::fromStdString(test["name"].get<std::string>()),
                                     QString::fromStdString(json(test["expected"]).dump()), QString::fromStdString(json(got).dump()));
            }
        }
    }
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(passed == total);
    CHECK(total >= 180); // all the required modules and the two optional ones were read
}
