// The registry of kinds (model/kinds.h) is what the store, the JSON and the
// document loop over: each kind it lists must have its table and link tables
// in a plan file, its key in the JSON, and its links followed when an entry goes.
#include "testsupport.h"

#include "io/planjson.h"
#include "model/kindtexts.h"
#include "model/moverules.h"
#include "model/planerror.h"
#include "render/difflabels.h"
#include "render/labels.h"
#include "render/viewmodel.h"
#include "store/planstore.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

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

// Every field key of an entity, whatever its type.
struct FieldKeys {
    QStringList keys;
    template<class... A> void text(const char *k, A &&...) { keys << QLatin1String(k); }
    template<class... A> void markdown(const char *k, A &&...) { keys << QLatin1String(k); }
    template<class... A> void code(const char *k, A &&...) { keys << QLatin1String(k); }
    template<class... A> void date(const char *k, A &&...) { keys << QLatin1String(k); }
    template<class... A> void integer(const char *k, A &&...) { keys << QLatin1String(k); }
    template<class... A> void amount(const char *k, A &&...) { keys << QLatin1String(k); }
    template<class... A> void refs(const char *k, A &&...) { keys << QLatin1String(k); }
    template<class... A> void sdgs(const char *k, A &&...) { keys << QLatin1String(k); }
    template<class... A> void colour(const char *k, A &&...) { keys << QLatin1String(k); }
};

// The editor's translations as resources/translations/fill.py lists them:
// English -> (Bokmål, Nynorsk), for the entries of the form 'x': ('nb', 'nn').
QHash<QString, std::pair<QString, QString>> editorTranslations()
{
    QFile f(sourcePath(QStringLiteral("resources/translations/fill.py")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression entry(QStringLiteral("'((?:[^'\\\\]|\\\\.)*)':\\s*\\(\\s*'((?:[^'\\\\]|\\\\.)*)',\\s*'((?:[^'\\\\]|\\\\.)*)'\\s*\\)"));
    QHash<QString, std::pair<QString, QString>> out;
    for (auto it = entry.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.insert(m.captured(1), {m.captured(2), m.captured(3)});
    }
    return out;
}

} // namespace

TEST_CASE("Every kind of the registry has what the editor, the checks, the JSON, the store, the diff and the view model need", "[registry]")
{
    // What a kind lacks, named: "goal: no Nynorsk for its label \"goal\" in fill.py".
    QStringList missing;
    const auto translations = editorTranslations();
    REQUIRE(translations.size() > 100);
    const Plan plan = richPlan();
    const auto exported = nlohmann::json::parse(exportPlanJson(plan).toStdString());
    const Plan reread = importPlanJson(exportPlanJson(plan), QStringLiteral("rich.json"));
    QTemporaryDir dir;
    const Plan stored = PlanStore::createFrom(dir.filePath(QStringLiteral("rich.planverk")), plan)->load();
    const nlohmann::json vm = buildViewModel(plan);
    const std::string vmText = vm.dump();
    QStringList tables, keys;
    int index = 0;
    forEachKind([&]<class T>() {
        using K = Kind<T>;
        using X = KindTexts<T>;
        const QString name = QLatin1String(K::table ? K::table : "(a kind without a table)");
        auto lacks = [&](const QString &what) { missing << name + QStringLiteral(": ") + what; };
        auto text = [&](const char *value, const char *what) {
            if (!value || !*value)
                lacks(QStringLiteral("no %1").arg(QLatin1String(what)));
        };
        // The registry's own entries.
        text(K::table, "table in its Kind<T> (model/kinds.h)");
        text(K::key, "JSON key in its Kind<T> (model/kinds.h)");
        text(K::chapter, "chapter (the view model's key) in its Kind<T> (model/kinds.h)");
        text(K::label, "label in its Kind<T> (model/kinds.h)");
        text(K::newName, "newName in its Kind<T> (model/kinds.h)");
        text(X::thisEntry, "thisEntry (model/kindtexts.h)");
        if constexpr (isTopKind<T>)
            text(K::category, "category (the navigator's) in its Kind<T> (model/kinds.h)");
        if constexpr (nests<T>) {
            text(K::nestedKey, "nestedKey in its Kind<T> (model/kinds.h)");
            text(X::thisEntryOrBelow, "thisEntryOrBelow (model/kindtexts.h)");
        }
        if (int(K::kind) != index)
            lacks(QStringLiteral("its EntityKind value is %1, its place in AllKinds %2").arg(int(K::kind)).arg(index));
        ++index;
        if (tables.contains(name))
            lacks(QStringLiteral("its table is another kind's too"));
        tables << name;
        if constexpr (isTopKind<T>) {
            if (keys.contains(QLatin1String(K::key)))
                lacks(QStringLiteral("its JSON key is another kind's too"));
            keys << QLatin1String(K::key);
        }
        if (!firstTextKey<T>())
            lacks(QStringLiteral("no text field in fields() to name its entries by"));

        // The editor: its texts in Bokmål and Nynorsk (English is the source), its form.
        QList<const char *> texts{K::label, K::newName, X::thisEntry};
        if constexpr (isTopKind<T>)
            texts << K::category;
        if constexpr (nests<T>)
            texts << X::thisEntryOrBelow;
        for (const char *t : texts) {
            if (!t || !*t)
                continue;
            const auto found = translations.constFind(QString::fromUtf8(t));
            if (found == translations.cend() || found->first.isEmpty())
                lacks(QStringLiteral("no Bokmål for \"%1\" in resources/translations/fill.py").arg(QString::fromUtf8(t)));
            if (found == translations.cend() || found->second.isEmpty())
                lacks(QStringLiteral("no Nynorsk for \"%1\" in resources/translations/fill.py").arg(QString::fromUtf8(t)));
        }
        if (!QFile::exists(sourcePath(QStringLiteral("ui/%1page.ui").arg(name))))
            lacks(QStringLiteral("no editor form ui/%1page.ui").arg(name));

        // The test plan has entries of it, and they survive the JSON and the store.
        int count = 0;
        forEachEntry<T>(plan, [&](const T &) { ++count; });
        if (count == 0) {
            lacks(QStringLiteral("no entry in richPlan() (tests/unit/testsupport.cpp) to check it with"));
            return;
        }
        auto countIn = [](const Plan &p) {
            int n = 0;
            forEachEntry<T>(p, [&](const T &) { ++n; });
            return n;
        };
        if (countIn(reread) != count)
            lacks(QStringLiteral("the JSON reader gives back %1 of its %2 entries").arg(countIn(reread)).arg(count));
        if (countIn(stored) != count)
            lacks(QStringLiteral("the store gives back %1 of its %2 entries").arg(countIn(stored)).arg(count));
        bool inJson = false;
        forEachInDocumentWithPath(plan, [&](const auto &e, const QString &path) {
            if constexpr (std::is_same_v<std::remove_cvref_t<decltype(e)>, T>)
                inJson = inJson || exported.contains(nlohmann::json::json_pointer(path.toStdString()));
        });
        if (!inJson)
            lacks(QStringLiteral("the JSON writer does not write its entries under \"%1\"").arg(QLatin1String(K::key)));
        // Links go to kinds there are.
        const T blank{};
        forEachLink(blank, [&](const char *key, const QList<QUuid> &, const char *target) {
            bool known = false;
            forEachKind([&]<class U>() { known = known || qstrcmp(Kind<U>::table, target) == 0; });
            if (!known)
                lacks(QStringLiteral("its link \"%1\" goes to \"%2\", which is no kind's table").arg(QLatin1String(key), QLatin1String(target)));
        });

        // The view model: its chapter, with the title in every language, and its entries' anchors.
        const auto chapter = vm.find(K::chapter);
        if (chapter == vm.end() || chapter->is_boolean() || chapter->empty())
            lacks(QStringLiteral("no chapter \"%1\" in the view model of a plan that has entries of it").arg(QLatin1String(K::chapter)));
        if (*K::anchor && vmText.find(std::string("\"") + K::anchor) == std::string::npos)
            lacks(QStringLiteral("no anchor \"%1…\" in the view model").arg(QLatin1String(K::anchor)));
        for (const char *lang : {"nb", "nn", "en"}) {
            const QString language = QLatin1String(lang);
            if constexpr (isTopKind<T> && X::chapterTitle != nullptr)
                if (labelFor(language, X::chapterTitle).isEmpty())
                    lacks(QStringLiteral("no %1 label \"%2\" (its chapter's title) in render/labels.cpp").arg(language, QLatin1String(X::chapterTitle)));
            if constexpr (isNumbered<T>)
                if (labelFor(language, QByteArray(QByteArray(K::table) + "Prefix").constData()).isEmpty())
                    lacks(QStringLiteral("no %1 label \"%2Prefix\" (its numbers) in render/labels.cpp").arg(language, name));
            // The change document: its part's name and every field's.
            const QString kindKey = QStringLiteral("kind.") + name;
            if (diffLabelFor(language, kindKey) == kindKey)
                lacks(QStringLiteral("no %1 label \"%2\" in render/difflabels.cpp").arg(language, kindKey));
            FieldKeys fk;
            fields(fk, blank);
            for (const QString &key : std::as_const(fk.keys))
                if (diffLabelFor(language, QStringLiteral("field.") + key) == QStringLiteral("field.") + key)
                    lacks(QStringLiteral("no %1 label for its field \"%2\" (render/labels.cpp or \"field.%2\" in render/difflabels.cpp)").arg(language, key));
        }
    });
    CHECK(missing.join('\n') == QString());
}

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
