#include "render/viewmodel.h"

#include "render/followupview.h"

#include "model/planerror.h"
#include "model/kindtexts.h"
#include "render/labels.h"
#include "render/markdown.h"
#include "render/profileview.h"

#include <QHash>

namespace planverk {

using json = nlohmann::json;

namespace {

std::string s(const QString &q) { return q.toStdString(); }

class Builder
{
public:
    Builder(const Plan &plan, const ViewOptions &options)
        : m_plan(plan), m_lang(options.language.isEmpty() ? plan.info.language : options.language), m_options(options)
    {
        if (!codes::languages.contains(m_lang))
            m_lang = QStringLiteral("nb");
        m_textLang = codes::languages.contains(plan.info.language) ? plan.info.language : m_lang;
        indexGoals();
    }

    json build()
    {
        json vm = json::object();
        vm["lang"] = s(m_lang);
        // The plan's own texts keep the plan's language when the labels are
        // in another: the templates put textLangAttr on their containers.
        vm["textLang"] = s(m_textLang);
        vm["textLangAttr"] = m_textLang == m_lang ? std::string() : " lang=\"" + s(m_textLang) + "\"";
        // ... and a label inside such a container gets labelLangAttr.
        vm["labelLangAttr"] = m_textLang == m_lang ? std::string() : " lang=\"" + s(m_lang) + "\"";
        vm["labels"] = labelsFor(m_lang);
        vm["forPrint"] = m_options.forPrint;
        vm["forWeb"] = !m_options.forPrint;
        vm["showCover"] = true;
        vm["plan"] = planInfo();
        vm["cover"] = coverRows();

        json toc = json::array();
        json sections = json::array();
        for (const Section &sec : m_plan.sections) {
            const QString number = QString::number(++m_chapter);
            sections.push_back(section(sec, number, 2));
            toc.push_back(tocEntry(sections.back()));
        }
        vm["sections"] = sections;
        // The other chapters: one per kind that has a chapter title, in the registry's order (kinds.h).
        forEachKind([&]<class T>() {
            if constexpr (isTopKind<T> && KindTexts<T>::chapterTitle != nullptr)
                addChapter(vm, toc, Kind<T>::chapter, !Kind<T>::list(m_plan).isEmpty(), KindTexts<T>::chapterTitle,
                           [&](json &c) { chapter(c, Kind<T>::list(m_plan)); });
        });
        vm["toc"] = toc;
        vm["hasToc"] = !toc.empty();

        int subgoals = 0;
        for (const Goal &g : m_plan.goals)
            subgoals += int(g.subgoals.size());
        vm["counts"] = {{"chapters", m_chapter}, {"goals", m_plan.goals.size()}, {"subgoals", subgoals},
                        {"themes", m_plan.themes.size()}, {"memberships", m_plan.memberships.size()}, {"actions", m_plan.actions.size()}};
        // The follow-up (render/followupview.h), for plans that have it.
        if (!m_plan.followup.periods.isEmpty())
            vm["followup"] = followupView(m_plan, m_lang, m_options.forPrint);
        return vm;
    }

private:
    QString label(const char *key) const { return labelFor(m_lang, key); }

    // A text past one of Markdown's limits is an error that says whose text
    // it is: `where`, or the anchor of `o` (goal-2-3, membership-4, …).
    void markdown(json &o, const char *key, const QString &text, int headingLevel, const std::string &where = {}) const
    {
        const std::string md = s(text);
        try {
            // The cell limit is for the whole document: the texts share one count.
            const std::string html = markdownToHtml(md, {std::min(6, headingLevel + 1), &m_tableCells});
            o[std::string(key) + "Html"] = html;
            o[std::string(key) + "Text"] = markdownToText(md);
            o[std::string("has") + char(std::toupper(key[0])) + (key + 1)] = !html.empty();
        } catch (const PlanError &e) {
            std::string whose = where;
            if (whose.empty())
                whose = o.contains("anchor") ? o["anchor"].get<std::string>()
                                             : o.contains("title") ? "\"" + o["title"].get<std::string>() + "\"" : std::string("the plan");
            throw PlanError({}, {}, QStringLiteral("the %1 of %2: %3").arg(QString::fromLatin1(key), QString::fromStdString(whose), e.message()));
        }
    }

    // "a; b; c" from the `key` of every item, with the number first if there is one.
    static std::string joined(const json &items, const char *key, bool withNumber, const char *separator = "; ")
    {
        std::string out;
        for (const json &it : items) {
            if (!out.empty())
                out += separator;
            if (withNumber && it.contains("number"))
                out += (it["number"].is_string() ? it["number"].get<std::string>() : std::to_string(it["number"].get<int>())) + " ";
            out += it[key].get<std::string>();
        }
        return out;
    }

    static void link(json &o, const QString &url)
    {
        o["url"] = s(url);
        o["href"] = isAllowedLinkTarget(s(url)) ? s(url) : std::string();
        o["hasHref"] = isAllowedLinkTarget(s(url));
        o["hasUrl"] = !url.isEmpty();
    }

    void indexGoals()
    {
        for (int i = 0; i < m_plan.goals.size(); ++i) {
            const Goal &g = m_plan.goals[i];
            m_goalNumber.insert(g.id, QString::number(i + 1));
            m_goalTitle.insert(g.id, g.title);
            for (int j = 0; j < g.subgoals.size(); ++j) {
                m_goalNumber.insert(g.subgoals[j].id, QStringLiteral("%1.%2").arg(i + 1).arg(j + 1));
                m_goalTitle.insert(g.subgoals[j].id, g.subgoals[j].title);
            }
        }
        for (int i = 0; i < m_plan.themes.size(); ++i)
            m_themeIndex.insert(m_plan.themes[i].id, i);
        // Goals and sub-goals by theme, in document order, each once: the
        // themes chapter and the goals by theme look them up instead of
        // going through every goal for every theme.
        auto addToThemes = [this](const Goal &g, QHash<QUuid, QList<QUuid>> &byTheme) {
            for (const QUuid &t : g.themes) {
                QList<QUuid> &list = byTheme[t];
                if (list.isEmpty() || list.back() != g.id)
                    list.append(g.id);
            }
        };
        for (const Goal &g : m_plan.goals) {
            addToThemes(g, m_goalsOfTheme);
            for (const Goal &sg : g.subgoals) {
                addToThemes(sg, m_goalsOfTheme);
                addToThemes(sg, m_subgoalsOfTheme);
                if (sg.themes.isEmpty())
                    m_subgoalsWithoutTheme.append(sg.id);
            }
        }
        for (int i = 0; i < m_plan.memberships.size(); ++i)
            for (const QUuid &g : m_plan.memberships[i].goals)
                m_servedBy[g].append(i);
        for (int i = 0; i < m_plan.actions.size(); ++i)
            for (const QUuid &g : m_plan.actions[i].goals)
                m_actionsOf[g].append(i);
    }


    // A goal as others refer to it: "M1.2" (the label's prefix and its place), title, anchor goal-1-2.
    json goalRef(const QUuid &id) const
    {
        const std::string place = s(m_goalNumber.value(id));
        std::string anchor = "goal-" + place;
        std::replace(anchor.begin(), anchor.end(), '.', '-');
        return {{"number", s(label("goalPrefix")) + place}, {"title", s(m_goalTitle.value(id))}, {"anchor", anchor}};
    }

    std::string actionNumber(int index) const { return s(label("actionPrefix")) + std::to_string(index + 1); }

    json planInfo() const
    {
        const PlanInfo &i = m_plan.info;
        json p = json::object();
        p["title"] = s(i.title);
        p["subtitle"] = s(i.subtitle);
        p["hasSubtitle"] = !i.subtitle.isEmpty();
        p["organisation"] = s(i.organisation);
        p["planType"] = s(i.planType);
        p["planTypeLabel"] = s(codeLabel(m_lang, "planType", i.planType));
        QString period;
        if (i.periodStart && i.periodEnd)
            period = QStringLiteral("%1–%2").arg(*i.periodStart).arg(*i.periodEnd);
        else if (i.periodStart)
            period = QStringLiteral("%1–").arg(*i.periodStart);
        else if (i.periodEnd)
            period = QStringLiteral("–%1").arg(*i.periodEnd);
        p["period"] = s(period);
        p["hasPeriod"] = !period.isEmpty();
        p["status"] = s(i.status);
        p["statusLabel"] = s(codeLabel(m_lang, "status", i.status));
        p["isAdopted"] = i.status == QLatin1String("adopted");
        p["isDraft"] = i.status != QLatin1String("adopted") && i.status != QLatin1String("archived");
        const QString mark = QStringLiteral("started draft consultation").split(' ').contains(i.status) ? codeLabel(m_lang, "statusMark", i.status) : QString();
        p["statusMark"] = s(mark); // "Utkast", "Høringsutkast": on every page of a plan not adopted
        p["hasStatusMark"] = !mark.isEmpty();
        p["documentType"] = s(i.documentType);
        p["owner"] = s(i.owner);
        p["author"] = s(i.author);
        p["adoptedBy"] = s(i.adoptedBy);
        p["adoptedDate"] = s(formatDate(m_lang, i.adoptedDate));
        p["caseNumber"] = s(i.caseNumber);
        p["photoCredit"] = s(i.photoCredit);
        json site = json::object();
        link(site, i.website);
        p["website"] = site;
        markdown(p, "summary", i.summary, 2);
        addProfile(p, i, m_lang, m_options.forPrint);
        return p;
    }

    json coverRows() const
    {
        const PlanInfo &i = m_plan.info;
        json rows = json::array();
        auto add = [&](const char *key, const QString &value) {
            if (!value.trimmed().isEmpty())
                rows.push_back({{"label", s(label(key))}, {"value", s(value)}});
        };
        if (m_options.forPrint) // the back of the cover names the document, as the county's own do
            add("title", i.title);
        add("documentType", i.documentType.isEmpty() ? codeLabel(m_lang, "planType", i.planType) : i.documentType);
        add("period", m_plan.info.periodStart || m_plan.info.periodEnd ? QString::fromStdString(planInfo()["period"].get<std::string>()) : QString());
        add("status", codeLabel(m_lang, "status", i.status));
        add("owner", i.owner);
        add("author", i.author);
        add("adoptedBy", i.adoptedBy);
        add("adoptedDate", formatDate(m_lang, i.adoptedDate));
        add("caseNumber", i.caseNumber);
        add("photoCredit", i.photoCredit);
        return rows;
    }

    json section(const Section &sec, const QString &number, int level)
    {
        json o = json::object();
        o["number"] = s(number);
        std::string anchor = "section-" + s(number);
        std::replace(anchor.begin(), anchor.end(), '.', '-');
        o["anchor"] = anchor;
        o["title"] = s(sec.title);
        o["level"] = level;
        o["headingTag"] = "h" + std::to_string(std::min(level, 6));
        o["pageBreak"] = level == 2; // chapters start on a new page on paper
        markdown(o, "body", sec.body, std::min(level, 6));
        json children = json::array();
        for (int i = 0; i < sec.sections.size(); ++i)
            children.push_back(section(sec.sections[i], number + '.' + QString::number(i + 1), level + 1));
        o["hasSections"] = !children.empty();
        o["sections"] = std::move(children);
        return o;
    }

    static json tocEntry(const json &chapter)
    {
        json e = {{"number", chapter["number"]}, {"title", chapter["title"]}, {"anchor", chapter["anchor"]}};
        json entries = json::array();
        if (chapter.contains("sections"))
            for (const json &sub : chapter["sections"])
                entries.push_back({{"number", sub["number"]}, {"title", sub["title"]}, {"anchor", sub["anchor"]}});
        e["hasEntries"] = !entries.empty();
        e["entries"] = std::move(entries);
        return e;
    }

    template<class F>
    void addChapter(json &vm, json &toc, const char *key, bool present, const char *titleKey, F &&fill)
    {
        if (!present) {
            vm[key] = false;
            return;
        }
        json c = json::object();
        const std::string number = std::to_string(++m_chapter);
        c["number"] = number;
        c["anchor"] = "chapter-" + number;
        c["title"] = s(label(titleKey));
        fill(c);
        toc.push_back(tocEntry(c));
        vm[key] = std::move(c);
    }

    json goal(const Goal &g, bool top) const
    {
        json o = goalRef(g.id);
        o["isMain"] = top;
        o["kindLabel"] = s(label(top ? "mainGoal" : "subgoal"));
        o["area"] = s(g.area);
        o["hasArea"] = !g.area.isEmpty();
        markdown(o, "description", g.description, 4);
        json themes = json::array();
        for (const QUuid &t : g.themes)
            if (m_themeIndex.contains(t)) {
                const int k = m_themeIndex.value(t);
                themes.push_back({{"title", s(m_plan.themes[k].title)}, {"anchor", "theme-" + std::to_string(k + 1)}});
            }
        o["hasThemes"] = !themes.empty();
        o["themesText"] = joined(themes, "title", false);
        o["themes"] = std::move(themes);
        json sdgs = json::array();
        for (int n : g.sdgs)
            sdgs.push_back({{"number", n}, {"name", s(sdgName(m_lang, n))}});
        o["hasSdgs"] = !sdgs.empty();
        o["sdgsText"] = joined(sdgs, "name", true);
        o["sdgs"] = std::move(sdgs);
        json served = json::array();
        for (int m : m_servedBy.value(g.id))
            served.push_back({{"name", s(m_plan.memberships[m].name)}, {"anchor", "membership-" + std::to_string(m + 1)}});
        o["hasServedBy"] = !served.empty();
        o["servedByText"] = joined(served, "name", false);
        o["servedBy"] = std::move(served);
        json actions = json::array();
        for (int a : m_actionsOf.value(g.id))
            actions.push_back({{"number", actionNumber(a)}, {"title", s(m_plan.actions[a].title)}, {"anchor", "action-" + std::to_string(a + 1)}});
        o["hasActions"] = !actions.empty();
        o["actionsText"] = joined(actions, "title", true);
        o["actions"] = std::move(actions);
        o["hasLinks"] = o["hasThemes"].get<bool>() || o["hasSdgs"].get<bool>() || o["hasServedBy"].get<bool>() || o["hasActions"].get<bool>();
        json subs = json::array();
        for (const Goal &sg : g.subgoals)
            subs.push_back(goal(sg, false));
        o["hasSubgoals"] = !subs.empty();
        o["subgoals"] = std::move(subs);
        return o;
    }

    void chapter(json &c, const QList<Goal> &) const
    {
        json goals = json::array();
        for (const Goal &g : m_plan.goals)
            goals.push_back(goal(g, true));
        c["goals"] = std::move(goals);
        // Sub-goals grouped by theme, in theme order; those without a theme last.
        json groups = json::array();
        if (!m_plan.themes.isEmpty()) {
            for (int k = 0; k <= m_plan.themes.size(); ++k) {
                const bool none = k == m_plan.themes.size();
                json members = json::array();
                for (const QUuid &sg : none ? m_subgoalsWithoutTheme : m_subgoalsOfTheme.value(m_plan.themes[k].id))
                    members.push_back(goalRef(sg));
                if (members.empty())
                    continue;
                groups.push_back({{"theme", s(none ? label("withoutTheme") : m_plan.themes[k].title)},
                                  {"anchor", none ? std::string() : "theme-" + std::to_string(k + 1)},
                                  {"subgoals", std::move(members)}});
            }
        }
        c["hasByTheme"] = !groups.empty();
        c["byTheme"] = std::move(groups);
    }

    void chapter(json &c, const QList<Theme> &) const
    {
        json list = json::array();
        for (int k = 0; k < m_plan.themes.size(); ++k) {
            const Theme &t = m_plan.themes[k];
            json o = {{"number", s(QStringLiteral("%1.%2").arg(m_chapter).arg(k + 1))}, {"anchor", "theme-" + std::to_string(k + 1)}, {"title", s(t.title)}};
            markdown(o, "description", t.description, 3);
            json goals = json::array();
            for (const QUuid &g : m_goalsOfTheme.value(t.id))
                goals.push_back(goalRef(g));
            o["hasGoals"] = !goals.empty();
            o["goalsText"] = joined(goals, "title", true);
            o["goals"] = std::move(goals);
            list.push_back(std::move(o));
        }
        c["sections"] = list; // the contents lists them as sub-chapters
        c["themes"] = std::move(list);
    }

    void chapter(json &c, const QList<Instrument> &) const
    {
        json list = json::array();
        json entries = json::array();
        for (int k = 0; k < m_plan.instruments.size(); ++k) {
            const Instrument &t = m_plan.instruments[k];
            json o = {{"number", s(QStringLiteral("%1.%2").arg(m_chapter).arg(k + 1))}, {"anchor", "instrument-" + std::to_string(k + 1)}, {"title", s(t.title)}};
            markdown(o, "description", t.description, 3);
            list.push_back(std::move(o));
        }
        c["instruments"] = list;
        c["sections"] = list; // the contents lists them as sub-chapters
    }

    void chapter(json &c, const QList<Membership> &) const
    {
        json list = json::array();
        for (int k = 0; k < m_plan.memberships.size(); ++k) {
            const Membership &m = m_plan.memberships[k];
            json o = {{"anchor", "membership-" + std::to_string(k + 1)}, {"name", s(m.name)}, {"acronym", s(m.acronym)}, {"hasAcronym", !m.acronym.isEmpty()},
                      {"category", s(m.category)}, {"categoryLabel", s(codeLabel(m_lang, "category", m.category))}};
            markdown(o, "description", m.description, 4);
            link(o, m.url);
            json goals = json::array();
            for (const QUuid &g : m.goals) {
                json ref = goalRef(g);
                ref["continued"] = !goals.empty(); // a line of its own after the one before (no empty line after the last)
                goals.push_back(std::move(ref));
            }
            o["hasGoals"] = !goals.empty();
            o["goals"] = std::move(goals);
            list.push_back(std::move(o));
        }
        c["memberships"] = std::move(list);
    }

    void chapter(json &c, const QList<Partnership> &) const
    {
        json list = json::array();
        for (int k = 0; k < m_plan.partnerships.size(); ++k) {
            const Partnership &p = m_plan.partnerships[k];
            json o = {{"anchor", "partnership-" + std::to_string(k + 1)}, {"partner", s(p.partner)}, {"country", s(p.country)},
                      {"hasCountry", !p.country.isEmpty()}, {"intermediary", s(p.intermediary)}, {"hasIntermediary", !p.intermediary.isEmpty()},
                      {"since", s(p.since)}, {"hasSince", !p.since.isEmpty()}};
            markdown(o, "description", p.description, 4);
            list.push_back(std::move(o));
        }
        c["partnerships"] = std::move(list);
    }

    void chapter(json &c, const QList<Action> &) const
    {
        json list = json::array();
        bool anyBudget = false;
        for (int k = 0; k < m_plan.actions.size(); ++k) {
            const Action &a = m_plan.actions[k];
            json o = {{"number", actionNumber(k)}, {"anchor", "action-" + std::to_string(k + 1)}, {"title", s(a.title)},
                      {"responsible", s(a.responsible)}, {"deadline", s(formatDate(m_lang, a.deadline))},
                      {"status", s(a.status)}, {"statusLabel", s(codeLabel(m_lang, "actionStatus", a.status))},
                      {"budget", a.budget ? s(formatAmount(m_lang, *a.budget)) : std::string()}};
            anyBudget = anyBudget || a.budget.has_value();
            markdown(o, "description", a.description, 4);
            json goals = json::array();
            for (const QUuid &g : a.goals)
                goals.push_back(goalRef(g));
            o["hasGoals"] = !goals.empty();
            json numbers = json::array();
            for (const json &g : goals)
                numbers.push_back({{"n", g["number"]}});
            o["goalNumbersText"] = joined(numbers, "n", false, ", ");
            o["goals"] = std::move(goals);
            list.push_back(std::move(o));
        }
        c["actions"] = std::move(list);
        c["hasBudget"] = anyBudget;
    }

    void chapter(json &c, const QList<Processing> &) const
    {
        json steps = json::array();
        for (int k = 0; k < m_plan.processing.size(); ++k) {
            const Processing &p = m_plan.processing[k];
            json o = {{"anchor", "processing-" + std::to_string(k + 1)}, {"body", s(p.body)}, {"date", s(formatDate(m_lang, p.date))},
                      {"hasDate", p.date.isValid()}, {"caseNumber", s(p.caseNumber)}, {"hasCaseNumber", !p.caseNumber.isEmpty()},
                      {"outcomeLabel", s(codeLabel(m_lang, "outcome", p.outcome))}, {"hasOutcome", !p.outcome.isEmpty()}};
            markdown(o, "decision", p.decision, 4);
            json amendments = json::array();
            for (int j = 0; j < p.amendments.size(); ++j) {
                const Amendment &a = p.amendments[j];
                QStringList votes;
                if (a.votesFor)
                    votes << QStringLiteral("%1 %2").arg(*a.votesFor).arg(label("votesFor"));
                if (a.votesAgainst)
                    votes << QStringLiteral("%1 %2").arg(*a.votesAgainst).arg(label("votesAgainst"));
                json am = {{"number", std::to_string(j + 1)}, {"proposers", s(a.proposers)}, {"hasProposers", !a.proposers.isEmpty()},
                           {"presentedBy", s(a.presentedBy)}, {"hasPresentedBy", !a.presentedBy.isEmpty()},
                           {"outcomeLabel", s(codeLabel(m_lang, "outcome", a.outcome))}, {"hasOutcome", !a.outcome.isEmpty()},
                           {"votes", s(votes.join(QStringLiteral(", ")))}, {"hasVotes", !votes.isEmpty()},
                           {"votesNote", s(a.votesNote)}, {"hasVotesNote", !a.votesNote.isEmpty()}};
                markdown(am, "text", a.text, 5, "processing-" + std::to_string(k + 1) + ", amendment " + std::to_string(j + 1));
                amendments.push_back(std::move(am));
            }
            o["hasAmendments"] = !amendments.empty();
            o["amendments"] = std::move(amendments);
            steps.push_back(std::move(o));
        }
        c["steps"] = std::move(steps);
    }

    void chapter(json &c, const QList<Contact> &) const
    {
        json groups = json::array();
        QStringList order;
        QHash<QString, json> byGroup;
        for (const Contact &k : m_plan.contacts) {
            if (!byGroup.contains(k.group)) {
                order << k.group;
                byGroup.insert(k.group, json::array());
            }
            json o = {{"name", s(k.name)}, {"role", s(k.role)}, {"organisation", s(k.organisation)}, {"phone", s(k.phone)}, {"email", s(k.email)}};
            o["emailHref"] = k.email.isEmpty() ? std::string() : "mailto:" + s(k.email);
            o["hasEmail"] = !k.email.isEmpty();
            byGroup[k.group].push_back(std::move(o));
        }
        for (const QString &g : order)
            groups.push_back({{"name", s(g)}, {"hasName", !g.isEmpty()}, {"contacts", byGroup.value(g)}});
        c["groups"] = std::move(groups);
    }

    void chapter(json &c, const QList<Reference> &) const
    {
        json list = json::array();
        for (const Reference &r : m_plan.references) {
            json o = {{"title", s(r.title)}};
            link(o, r.url);
            markdown(o, "note", r.note, 4);
            list.push_back(std::move(o));
        }
        c["references"] = std::move(list);
    }

    const Plan &m_plan;
    QString m_lang;
    QString m_textLang; // of the plan's own texts
    ViewOptions m_options;
    int m_chapter = 0;
    mutable size_t m_tableCells = 0; // of every Markdown text so far
    QHash<QUuid, QString> m_goalNumber;
    QHash<QUuid, QString> m_goalTitle;
    QHash<QUuid, int> m_themeIndex;
    QHash<QUuid, QList<QUuid>> m_goalsOfTheme;    // goals and sub-goals
    QHash<QUuid, QList<QUuid>> m_subgoalsOfTheme; // sub-goals only
    QList<QUuid> m_subgoalsWithoutTheme;
    QHash<QUuid, QList<int>> m_servedBy;
    QHash<QUuid, QList<int>> m_actionsOf;
};

} // namespace

json buildViewModel(const Plan &plan, const ViewOptions &options)
{
    return Builder(plan, options).build();
}

} // namespace planverk
