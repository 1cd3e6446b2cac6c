#include "render/diffviewmodel.h"

#include "model/diffreport.h"
#include "model/kindtexts.h"
#include "render/difflabels.h"
#include "render/labels.h"

#include <QDate>

namespace planverk {

namespace {

using nlohmann::json;

std::string s(const QString &q) { return q.toStdString(); }

// Unchanged text around a change is shortened to this much on either side.
constexpr int kContext = 120;

QString cutAtWord(const QString &text, int length, bool fromEnd)
{
    if (text.size() <= length)
        return text;
    if (fromEnd) {
        int at = int(text.size()) - length;
        while (at < text.size() && !text[at].isSpace())
            ++at;
        return QStringLiteral("…") + text.mid(at);
    }
    int at = length;
    while (at > 0 && !text[at].isSpace())
        --at;
    return text.left(at > 0 ? at : length) + QStringLiteral(" …");
}

class DiffViewModel
{
public:
    DiffViewModel(const Plan &a, const Plan &b, const PlanDiff &diff, const DiffNames &names, const DiffViewOptions &o)
        : m_a(a), m_b(b), m_diff(diff), m_names(names), m_o(o), m_lang(o.language.isEmpty() ? b.info.language : o.language)
    {
    }

    json build()
    {
        json vm;
        vm["lang"] = s(m_lang);
        vm["forPrint"] = m_o.forPrint;
        vm["forWeb"] = !m_o.forPrint;
        vm["labels"] = diffLabelsFor(m_lang);
        vm["legend"] = {{"inserted", {{"text", s(label(QStringLiteral("insertedMark")))}}}, {"deleted", {{"text", s(label(QStringLiteral("deletedMark")))}}}};
        const QString title = diffTitle(m_lang, m_names);
        vm["title"] = s(title);
        vm["from"] = s(m_names.from);
        vm["to"] = s(m_names.to);
        // What the running header and footer (the standard template's) show.
        const QString accent = m_b.info.accentColour.isEmpty() ? QString::fromLatin1(kDefaultAccentColour) : m_b.info.accentColour;
        vm["plan"] = {{"title", s(title)},
                      {"planTitle", s(m_b.info.title)},
                      {"organisation", s(m_b.info.organisation)},
                      {"shortTitle", s(m_b.info.shortTitle.isEmpty() ? m_b.info.title : m_b.info.shortTitle)},
                      {"accentColour", s(accent)},
                      {"hasStatusMark", false},
                      {"statusMark", ""}};
        vm["isEqual"] = m_diff.isEmpty();
        vm["hasChanges"] = !m_diff.isEmpty();
        vm["summary"] = summary();
        vm["hasInfoChanges"] = !m_diff.info.isEmpty();
        json info = json::array();
        for (const FieldChange &f : m_diff.info)
            info.push_back(field(QStringLiteral("plan"), f));
        vm["infoChanges"] = info;
        vm["chapters"] = chapters();
        return vm;
    }

private:
    QString label(const QString &key) const { return diffLabelFor(m_lang, key); }

    json summary() const
    {
        json rows = json::array();
        ChangeCounts all;
        for (const auto &[kind, c] : countChanges(m_diff)) {
            rows.push_back({{"kind", s(label(QStringLiteral("kind.") + kind))}, {"added", c.added}, {"removed", c.removed}, {"moved", c.moved}, {"changed", c.changed}});
            all.added += c.added;
            all.removed += c.removed;
            all.moved += c.moved;
            all.changed += c.changed;
        }
        return {{"rows", rows},
                {"hasRows", !rows.empty()},
                {"total", {{"added", all.added}, {"removed", all.removed}, {"moved", all.moved}, {"changed", all.changed}}},
                {"factsChanged", !m_diff.info.isEmpty()}};
    }

    QString number(const EntityChange &e) const
    {
        // As the registry (kinds.h) says: a numbered kind by its prefix and
        // number ("M1.2"), a nesting or child kind by its place ("2.1").
        const QString place = placeText(e.place);
        QString out;
        forEachKind([&]<class T>() {
            if (e.kind != QLatin1String(Kind<T>::table))
                return;
            if constexpr (isNumbered<T>)
                out = entryNumber(m_lang, Kind<T>::table, place);
            else if constexpr (nests<T> || !isTopKind<T>)
                out = place;
        });
        return out;
    }

    QString valueText(const QString &kind, const FieldChange &f, const QString &v) const
    {
        if (v.isEmpty())
            return label(QStringLiteral("none"));
        switch (f.type) {
        case FieldChange::Type::Code: {
            const char *group = f.key == QLatin1String("status") ? (kind == QLatin1String("plan") ? "status" : "actionStatus")
                              : f.key == QLatin1String("planType") ? "planType"
                              : f.key == QLatin1String("category") ? "category"
                              : f.key == QLatin1String("outcome") ? "outcome"
                                                                  : nullptr;
            return group ? codeLabel(m_lang, group, v) : v;
        }
        case FieldChange::Type::Date: return formatDate(m_lang, QDate::fromString(v, Qt::ISODate));
        case FieldChange::Type::Amount: return formatAmount(m_lang, v.toLongLong());
        default: return v;
        }
    }

    static json pieces(const QList<TextPiece> &words)
    {
        json out = json::array();
        for (qsizetype i = 0; i < words.size(); ++i) {
            const TextPiece &p = words[i];
            QString text = p.text;
            if (p.op == TextPiece::Op::Same) {
                const bool first = i == 0, last = i + 1 == words.size();
                if (first && last)
                    ;
                else if (first)
                    text = cutAtWord(text, kContext, true);
                else if (last)
                    text = cutAtWord(text, kContext, false);
                else if (text.size() > 3 * kContext)
                    text = cutAtWord(text, kContext, false) + QStringLiteral("\n") + cutAtWord(text, kContext, true);
            }
            out.push_back({{"text", s(text)},
                           {"isSame", p.op == TextPiece::Op::Same},
                           {"isInserted", p.op == TextPiece::Op::Inserted},
                           {"isDeleted", p.op == TextPiece::Op::Deleted}});
        }
        return out;
    }

    static json items(const QStringList &l)
    {
        json out = json::array();
        for (const QString &x : l)
            out.push_back({{"text", s(x)}});
        return out;
    }

    json field(const QString &kind, const FieldChange &f) const
    {
        json o;
        // A section's body is its text; a processing step's body is the council or committee.
        o["label"] = s(label(kind == QLatin1String("section") && f.key == QLatin1String("body") ? QStringLiteral("field.text") : QStringLiteral("field.") + f.key));
        const bool words = f.type == FieldChange::Type::Text || f.type == FieldChange::Type::Markdown;
        const bool links = f.type == FieldChange::Type::Refs || f.type == FieldChange::Type::Sdgs;
        const bool picture = f.type == FieldChange::Type::Picture;
        o["isWords"] = words;
        o["isLinks"] = links;
        o["isPicture"] = picture;
        o["isValue"] = !words && !links && !picture;
        if (words)
            o["pieces"] = pieces(f.words);
        if (links) {
            QStringList added = f.added, removed = f.removed;
            if (f.type == FieldChange::Type::Sdgs) {
                for (QString &n : added)
                    n = QStringLiteral("%1 %2").arg(n, sdgName(m_lang, n.toInt()));
                for (QString &n : removed)
                    n = QStringLiteral("%1 %2").arg(n, sdgName(m_lang, n.toInt()));
            }
            if (added.isEmpty() && removed.isEmpty()) { // the same links in a new order
                removed << f.before;
                added << f.after;
            }
            o["linksAdded"] = items(added);
            o["linksRemoved"] = items(removed);
            o["hasLinksAdded"] = !added.isEmpty();
            o["hasLinksRemoved"] = !removed.isEmpty();
        }
        if (picture) {
            o["pictureText"] = s(label(f.before.isEmpty() ? QStringLiteral("pictureAdded") : f.after.isEmpty() ? QStringLiteral("pictureRemoved") : QStringLiteral("pictureReplaced")));
            o["hasAltChange"] = !f.words.isEmpty();
            o["altLabel"] = s(label(QStringLiteral("altText")));
            o["pieces"] = pieces(f.words);
        }
        if (!words && !links && !picture) {
            o["before"] = {{"text", s(valueText(kind, f, f.before))}};
            o["after"] = {{"text", s(valueText(kind, f, f.after))}};
        }
        return o;
    }

    json change(const EntityChange &e, int n) const
    {
        json o;
        const QString num = number(e);
        o["number"] = s(num);
        o["hasNumber"] = !num.isEmpty();
        o["title"] = s(e.title.isEmpty() ? label(QStringLiteral("none")) : e.title);
        o["text"] = o["title"]; // for the ins and del partials
        o["anchor"] = "change-" + std::to_string(n);
        o["id"] = s(e.id.toString(QUuid::WithoutBraces));
        o["isAdded"] = e.added;
        o["isRemoved"] = e.removed;
        o["status"] = s(label(e.added ? QStringLiteral("added") : e.removed ? QStringLiteral("removed") : e.fields.isEmpty() ? QStringLiteral("moved") : QStringLiteral("changed")));
        QString moved;
        if (e.reparented)
            moved = label(QStringLiteral("movedUnder")).arg(e.oldParent.isEmpty() ? label(QStringLiteral("topLevel")) : e.oldParent,
                                                            e.newParent.isEmpty() ? label(QStringLiteral("topLevel")) : e.newParent);
        else if (e.reordered) {
            QList<int> oldPlace = e.oldPlace;
            QString from = placeText(oldPlace);
            if (e.kind == QLatin1String("goal"))
                from = labelFor(m_lang, "goalPrefix") + from;
            else if (e.kind == QLatin1String("action"))
                from = labelFor(m_lang, "actionPrefix") + from;
            moved = label(QStringLiteral("movedFrom")).arg(from, num.isEmpty() ? placeText(e.place) : num);
        }
        if (!e.added && !e.removed && e.fields.isEmpty()) { // only moved: say where from and to
            o["status"] = s(moved);
            moved.clear();
        }
        o["hasMoved"] = !moved.isEmpty();
        o["movedText"] = s(moved);
        json fields = json::array();
        for (const FieldChange &f : e.fields)
            fields.push_back(field(e.kind, f));
        o["fields"] = fields;
        o["hasFields"] = !fields.empty();
        return o;
    }

    json chapters() const
    {
        json out = json::array();
        int n = 0;
        int chapter = 0;
        for (const QString &kind : diffKinds()) {
            json changes = json::array();
            for (const EntityChange &e : m_diff.entities)
                if (e.kind == kind)
                    changes.push_back(change(e, ++n));
            if (changes.empty())
                continue;
            ++chapter;
            out.push_back({{"title", s(label(QStringLiteral("kind.") + kind))},
                           {"number", std::to_string(chapter)},
                           {"anchor", "changes-" + s(kind)},
                           {"changes", changes}});
        }
        return out;
    }

    const Plan &m_a;
    const Plan &m_b;
    const PlanDiff &m_diff;
    DiffNames m_names;
    DiffViewOptions m_o;
    QString m_lang;
};

} // namespace

QString diffTitle(const QString &language, const DiffNames &names)
{
    return diffLabelFor(language, QStringLiteral("changesFrom")).arg(names.from, names.to);
}

nlohmann::json buildDiffViewModel(const Plan &a, const Plan &b, const PlanDiff &diff, const DiffNames &names, const DiffViewOptions &options)
{
    return DiffViewModel(a, b, diff, names, options).build();
}

} // namespace planverk
