#include "bench.h"

#include "render/mustache.h"

#include <QFile>

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

using namespace planverk;

int benchMustache(const QString &dir, int iterations)
{
    std::ifstream tin(QString(dir + QStringLiteral("/template.mustache")).toStdString());
    std::ifstream din(QString(dir + QStringLiteral("/data.json")).toStdString());
    if (!tin || !din) {
        std::cerr << "planverk-bench: cannot read template.mustache and data.json in " << dir.toStdString() << "\n";
        return 1;
    }
    std::stringstream ts;
    ts << tin.rdbuf();
    const nlohmann::json data = nlohmann::json::parse(din);
    const auto tpl = mustache::Template::compile(ts.str(), "template.mustache");

    std::string out;
    for (int i = 0; i < 50; ++i) { // warm-up, as bench-peers.js does
        out.clear();
        tpl->renderTo(out, data);
    }
    const size_t size = out.size();
    size_t bytes = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < iterations; ++i) {
        out.clear();
        tpl->renderTo(out, data);
        bytes += out.size();
    }
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::cout << "planverk mustache: " << std::fixed;
    std::cout.precision(1);
    std::cout << iterations / s << " renders/s, " << bytes / s / 1e6 << " MB/s, output " << size << " bytes\n";
    return 0;
}
