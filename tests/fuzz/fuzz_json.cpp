// libFuzzer target: the JSON plan importer. Anything it accepts must export
// and import again to the same plan.
#include "io/planjson.h"
#include "model/planerror.h"

#include <cstdint>
#include <cstdlib>

using namespace planverk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Plan plan;
    try {
        plan = importPlanJson(bytes, QStringLiteral("fuzz.json"));
    } catch (const PlanError &) {
        return 0; // refused with a message: fine
    }
    const QByteArray once = exportPlanJson(plan);
    const Plan again = importPlanJson(once, QStringLiteral("again.json"));
    if (!(again == plan) || exportPlanJson(again) != once)
        std::abort(); // the round trip lost something
    return 0;
}
