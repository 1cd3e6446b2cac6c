// The registry of kinds (model/kinds.h) is what the store, the JSON and the
// document loop over: each kind it lists must have its table and link tables
// in a plan file, its key in the JSON, and its links followed when an entry goes.
#include "testsupport.h"

#include "io/planjson.h"
#include "model/moverules.h"
#include "model/planerror.h"
#include "store/planstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

using namespace planverk;
using namespace planverk::test;

namespace {

QStringList tablesOf(const QString &path)
{
    QStringList tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("registry-test"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        while (q.next())
            tables << q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("registry-test"));
    return tables;
}

} // namespace

TEST_CASE("Every kind of the registry has its table, and every link its link table, in a new plan file", "[registry][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.planverk"));
    PlanStore::create(path).reset();
    const QStringList tables = tablesOf(path);
    int links = 0;
    forEachKind([&]<class T>() {
        INFO(Kind<T>::table);
        CHECK(tables.contains(QLatin1String(Kind<T>::table)));
        const T blank{};
        forEachLink(blank, [&](const char *key, const QList<QUuid> &, const char *target) {
            ++links;
            CHECK(tables.contains(QLatin1String(Kind<T>::table) + '_' + QLatin1String(key)));
            CHECK(tables.contains(QLatin1String(target)));
        });
    });
    CHECK(links == 3); // goal → themes, membership → goals, action → goals
    CHECK(int(EntityKind::Reference) == kKindCount - 1); // EntityKind's values are the places in AllKinds
}

TEST_CASE("The JSON lists the kinds that sit in the plan in the registry's order", "[registry][json]")
{
    const auto root = nlohmann::ordered_json::parse(exportPlanJson(richPlan()).toStdString());
    QStringList keys;
    for (auto it = root.begin(); it != root.end(); ++it)
        keys << QString::fromStdString(it.key());
    QStringList expected{"format", "formatVersion", "plan"};
    forEachKind([&]<class T>() {
        if constexpr (isTopKind<T>)
            expected << QLatin1String(Kind<T>::key);
    });
    CHECK(keys == expected);
    CHECK(expected.contains(QStringLiteral("memberships")));
    CHECK_FALSE(expected.contains(QStringLiteral("amendments"))); // inside each processing step
}

TEST_CASE("A removed entry's id leaves every link list that named it", "[registry][document]")
{
    Plan plan = richPlan();
    REQUIRE_FALSE(plan.goals.isEmpty());
    const QList<QUuid> gone = idsWithin(plan.goals.first());
    int linking = 0;
    forEachKind([&]<class T>() {
        forEachEntry<T>(plan, [&](T &e) {
            if (linksToAny(e, gone)) {
                ++linking;
                CHECK(dropLinksTo(e, gone));
                CHECK_FALSE(linksToAny(e, gone));
            }
        });
    });
    CHECK(linking > 0); // the rich plan's memberships and actions serve its first goal
}

TEST_CASE("The move rules keep sections within 20 levels and goals within two", "[registry][document]")
{
    Plan plan;
    // A chain of 20 sections, and a second top-level section with one below it.
    Section *s = nullptr;
    for (int depth = 0; depth < kMaxSectionDepth; ++depth) {
        Section n;
        n.id = newId();
        n.title = QStringLiteral("level %1").arg(depth + 1);
        QList<Section> &list = s ? s->sections : plan.sections;
        list.append(n);
        s = &list.last();
    }
    Section tall;
    tall.id = newId();
    Section below;
    below.id = newId();
    tall.sections.append(below);
    plan.sections.append(tall);
    const QUuid deepest = s->id;
    const QUuid level19 = locate<Section>(plan, deepest)->parent;

    CHECK(moveRefusal<Section>(plan, tall.id, QUuid()).isEmpty());
    CHECK(moveRefusal<Section>(plan, below.id, level19).isEmpty());            // to level 20
    CHECK_FALSE(moveRefusal<Section>(plan, below.id, deepest).isEmpty());      // to level 21
    CHECK_FALSE(moveRefusal<Section>(plan, tall.id, level19).isEmpty());       // its child would be at 21
    CHECK(moveRefusal<Section>(plan, plan.sections.first().id, deepest) == QStringLiteral("cannot move an entry into itself"));

    Goal a, b, sub;
    a.id = newId();
    b.id = newId();
    sub.id = newId();
    b.subgoals.append(sub);
    plan.goals = {a, b};
    CHECK(moveRefusal<Goal>(plan, a.id, b.id).isEmpty());
    CHECK(moveRefusal<Goal>(plan, b.id, a.id) == QStringLiteral("a goal with sub-goals cannot become a sub-goal"));
    CHECK(moveRefusal<Goal>(plan, a.id, sub.id) == QStringLiteral("a sub-goal cannot have sub-goals of its own"));

    CHECK(mayHold(std::nullopt, EntityKind::Theme));
    CHECK_FALSE(mayHold(EntityKind::Theme, EntityKind::Theme));
    CHECK(mayHold(EntityKind::Processing, EntityKind::Amendment));
    CHECK_FALSE(mayHold(std::nullopt, EntityKind::Amendment));
    CHECK(mayHold(EntityKind::Goal, EntityKind::Goal));
}
