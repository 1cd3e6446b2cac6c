// The plan as value types: everything one .planverk file holds.
//
// Each entity kind is a plain struct. Its persistent fields are listed once, in
// its fields() function, which visitors (JSON reader and writer, the SQLite
// store, the rule checker) walk; adding a field means adding one line there
// and one column in a schema migration.
#pragma once

#include "model/followup.h"
#include "model/picture.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <algorithm>
#include <optional>
#include <type_traits>

namespace planverk {

/// How deep sections may nest: a top-level section is at depth 1, its
/// sub-sections at depth 2, and so on. Both ways into a plan refuse deeper
/// trees with a clear error (the JSON importer with the JSON path, the store's
/// loader with the table and row), and the editor does not create them. Every
/// walk over sections (view model, checks, JSON export, search, the editor's
/// tree and document) may therefore recurse: its depth is at most this.
inline constexpr int kMaxSectionDepth = 20;
/// Goals have two levels: a goal and its sub-goals. A sub-goal with sub-goals
/// of its own is refused the same way.
inline constexpr int kMaxGoalDepth = 2;

// Allowed codes for the enumerated fields. Labels per language live in the
// render layer; the codes are what the file stores.
namespace codes {
inline const QStringList planTypes{"strategy", "goals-and-action-plan", "thematic-strategy", "cooperation", "other"};
inline const QStringList planStatuses{"started", "draft", "consultation", "adopted", "archived"};
inline const QStringList languages{"nb", "nn", "en"};
inline const QStringList membershipCategories{"political", "professional", "border-committee", "agreement", "other"};
inline const QStringList actionStatuses{"", "planned", "ongoing", "done", "cancelled"};
inline const QStringList outcomes{"", "adopted", "adopted-unanimously", "rejected", "withdrawn", "postponed"};
} // namespace codes

struct PlanInfo {
    QString title;
    QString subtitle;
    QString organisation;
    QString planType = "strategy";
    std::optional<int> periodStart;
    std::optional<int> periodEnd;
    QString status = "draft";
    QString language = "nb";
    QString documentType;
    QString owner;
    QString author;
    QString adoptedBy;
    QDate adoptedDate;
    QString caseNumber;
    QString photoCredit;
    QString website;
    QString summary; // Markdown
    QString shortTitle;   // stikktittel: the running header's short form of the title
    QString accentColour; // "#rrggbb", or "" for the template's own colour
    // Not in fields(): the pictures have a table of their own (store), an
    // object each in the JSON, and their own editor and undo command.
    Picture logo;
    Picture cover; // its photo credit is photoCredit

    bool operator==(const PlanInfo &) const = default;

    Picture &picture(PictureRole role) { return role == PictureRole::Logo ? logo : cover; }
    const Picture &picture(PictureRole role) const { return role == PictureRole::Logo ? logo : cover; }
};

struct Section {
    QUuid id;
    QString title;
    QString body; // Markdown
    QList<Section> sections;

    // Not defaulted: QList's operator== cannot see through the recursion.
    friend bool operator==(const Section &a, const Section &b);
};

struct Goal {
    QUuid id;
    QString title;
    QString area; // policy area (Kultur, Samferdsel, ...)
    QString description; // Markdown
    QList<QUuid> themes;
    QList<int> sdgs; // UN Sustainable Development Goals, 1..17
    QList<Goal> subgoals; // only top-level goals have sub-goals

    friend bool operator==(const Goal &a, const Goal &b);
};

inline bool operator==(const Section &a, const Section &b)
{
    return a.id == b.id && a.title == b.title && a.body == b.body && a.sections == b.sections;
}

inline bool operator==(const Goal &a, const Goal &b)
{
    return a.id == b.id && a.title == b.title && a.area == b.area && a.description == b.description && a.themes == b.themes
        && a.sdgs == b.sdgs && a.subgoals == b.subgoals;
}

struct Theme {
    QUuid id;
    QString title;
    QString description;

    bool operator==(const Theme &) const = default;
};

struct Instrument {
    QUuid id;
    QString title;
    QString description;

    bool operator==(const Instrument &) const = default;
};

struct Membership {
    QUuid id;
    QString name;
    QString acronym;
    QString category = "political";
    QString description;
    QString url;
    QList<QUuid> goals;

    bool operator==(const Membership &) const = default;
};

struct Partnership {
    QUuid id;
    QString partner;
    QString country;
    QString intermediary;
    QString since;
    QString description;

    bool operator==(const Partnership &) const = default;
};

struct Action {
    QUuid id;
    QString title;
    QString description;
    QString responsible;
    QDate deadline;
    QString status;
    std::optional<qint64> budget; // NOK
    QList<QUuid> goals;

    bool operator==(const Action &) const = default;
};

struct Amendment {
    QUuid id;
    QString proposers; // parties, e.g. "Ap, Sp og SV"
    QString presentedBy;
    QString text; // Markdown
    QString outcome;
    std::optional<int> votesFor;
    std::optional<int> votesAgainst;
    QString votesNote; // e.g. "mot FrPs tre stemmer"

    bool operator==(const Amendment &) const = default;
};

struct Processing {
    QUuid id;
    QString body; // Fylkesutvalget, Fylkestinget, ...
    QDate date;
    QString caseNumber;
    QString outcome;
    QString decision; // Markdown
    QList<Amendment> amendments;

    bool operator==(const Processing &) const = default;
};

struct Contact {
    QUuid id;
    QString name;
    QString role;
    QString organisation;
    QString group;
    QString email;
    QString phone;

    bool operator==(const Contact &) const = default;
};

struct Reference {
    QUuid id;
    QString title;
    QString url;
    QString note;

    bool operator==(const Reference &) const = default;
};

struct Plan {
    PlanInfo info;
    QList<Section> sections;
    QList<Goal> goals;
    QList<Theme> themes;
    QList<Instrument> instruments;
    QList<Membership> memberships;
    QList<Partnership> partnerships;
    QList<Action> actions;
    QList<Processing> processing;
    QList<Contact> contacts;
    QList<Reference> references;
    Followup followup; // reporting periods, status reports, indicators (model/followup.h)

    bool operator==(const Plan &) const = default;
};

// ---------------------------------------------------------------------------
// Field lists. A visitor V provides:
//   text(key, QString&), markdown(key, QString&), code(key, QString&, const QStringList& allowed),
//   date(key, QDate&), integer(key, std::optional<int>&), amount(key, std::optional<qint64>&),
//   refs(key, QList<QUuid>&, const char* targetKind), sdgs(key, QList<int>&),
//   colour(key, QString&) ("" or "#rrggbb", see isAccentColour)
// T may be const for visitors that only read.

/// A visitor that ignores every field: derive from it and define the
/// functions for the fields you need (they hide these).
struct IgnoreFields {
    template<class... A> void text(A &&...) {}
    template<class... A> void markdown(A &&...) {}
    template<class... A> void code(A &&...) {}
    template<class... A> void date(A &&...) {}
    template<class... A> void integer(A &&...) {}
    template<class... A> void amount(A &&...) {}
    template<class... A> void refs(A &&...) {}
    template<class... A> void sdgs(A &&...) {}
    template<class... A> void colour(A &&...) {}
};

template<class T, class U>
concept Is = std::is_same_v<std::remove_const_t<T>, U>;

template<class V, class T> requires Is<T, PlanInfo>
void fields(V &v, T &p)
{
    v.text("title", p.title);
    v.text("subtitle", p.subtitle);
    v.text("organisation", p.organisation);
    v.code("planType", p.planType, codes::planTypes);
    v.integer("periodStart", p.periodStart);
    v.integer("periodEnd", p.periodEnd);
    v.code("status", p.status, codes::planStatuses);
    v.code("language", p.language, codes::languages);
    v.text("documentType", p.documentType);
    v.text("owner", p.owner);
    v.text("author", p.author);
    v.text("adoptedBy", p.adoptedBy);
    v.date("adoptedDate", p.adoptedDate);
    v.text("caseNumber", p.caseNumber);
    v.text("photoCredit", p.photoCredit);
    v.text("website", p.website);
    v.markdown("summary", p.summary);
    v.text("shortTitle", p.shortTitle);
    v.colour("accentColour", p.accentColour);
}

template<class V, class T> requires Is<T, Section>
void fields(V &v, T &s)
{
    v.text("title", s.title);
    v.markdown("body", s.body);
}

template<class V, class T> requires Is<T, Goal>
void fields(V &v, T &g)
{
    v.text("title", g.title);
    v.text("area", g.area);
    v.markdown("description", g.description);
    v.refs("themes", g.themes, "theme");
    v.sdgs("sdgs", g.sdgs);
}

template<class V, class T> requires(Is<T, Theme> || Is<T, Instrument>)
void fields(V &v, T &t)
{
    v.text("title", t.title);
    v.markdown("description", t.description);
}

template<class V, class T> requires Is<T, Membership>
void fields(V &v, T &m)
{
    v.text("name", m.name);
    v.text("acronym", m.acronym);
    v.code("category", m.category, codes::membershipCategories);
    v.markdown("description", m.description);
    v.text("url", m.url);
    v.refs("goals", m.goals, "goal");
}

template<class V, class T> requires Is<T, Partnership>
void fields(V &v, T &p)
{
    v.text("partner", p.partner);
    v.text("country", p.country);
    v.text("intermediary", p.intermediary);
    v.text("since", p.since);
    v.markdown("description", p.description);
}

template<class V, class T> requires Is<T, Action>
void fields(V &v, T &a)
{
    v.text("title", a.title);
    v.markdown("description", a.description);
    v.text("responsible", a.responsible);
    v.date("deadline", a.deadline);
    v.code("status", a.status, codes::actionStatuses);
    v.amount("budget", a.budget);
    v.refs("goals", a.goals, "goal");
}

template<class V, class T> requires Is<T, Processing>
void fields(V &v, T &p)
{
    v.text("body", p.body);
    v.date("date", p.date);
    v.text("caseNumber", p.caseNumber);
    v.code("outcome", p.outcome, codes::outcomes);
    v.markdown("decision", p.decision);
}

template<class V, class T> requires Is<T, Amendment>
void fields(V &v, T &a)
{
    v.text("proposers", a.proposers);
    v.text("presentedBy", a.presentedBy);
    v.markdown("text", a.text);
    v.code("outcome", a.outcome, codes::outcomes);
    v.integer("votesFor", a.votesFor);
    v.integer("votesAgainst", a.votesAgainst);
    v.text("votesNote", a.votesNote);
}

template<class V, class T> requires Is<T, Contact>
void fields(V &v, T &c)
{
    v.text("name", c.name);
    v.text("role", c.role);
    v.text("organisation", c.organisation);
    v.text("group", c.group);
    v.text("email", c.email);
    v.text("phone", c.phone);
}

template<class V, class T> requires Is<T, Reference>
void fields(V &v, T &r)
{
    v.text("title", r.title);
    v.text("url", r.url);
    v.markdown("note", r.note);
}

/// The first text field of an entity is what names it (title, name, partner, body, proposers).
struct FirstTextField : IgnoreFields {
    const QString *replacement = nullptr; // set it to this, when given
    QString value;                         // what it was
    bool done = false;
    using IgnoreFields::text;
    void text(const char *, QString &s)
    {
        if (done)
            return;
        value = s;
        if (replacement)
            s = *replacement;
        done = true;
    }
};

template<class T>
QString nameOf(T entity)
{
    FirstTextField f;
    fields(f, entity);
    return f.value;
}

template<class T>
void setName(T &entity, const QString &name)
{
    FirstTextField f;
    f.replacement = &name;
    fields(f, entity);
}

/// A fresh random id for a new entity.
inline QUuid newId() { return QUuid::createUuid(); }

} // namespace planverk

// The registry of kinds (Kind<T>, AllKinds, forEachKind) needs the types above.
#include "model/kinds.h"
