#include "io/diffjson.h"

#include "model/diffreport.h"

namespace planverk {

namespace {

std::string s(const QString &q) { return q.toStdString(); }

const char *typeName(FieldChange::Type t)
{
    switch (t) {
    case FieldChange::Type::Text: return "text";
    case FieldChange::Type::Markdown: return "markdown";
    case FieldChange::Type::Code: return "code";
    case FieldChange::Type::Date: return "date";
    case FieldChange::Type::Integer: return "integer";
    case FieldChange::Type::Amount: return "amount";
    case FieldChange::Type::Refs: return "links";
    case FieldChange::Type::Sdgs: return "sdgs";
    case FieldChange::Type::Colour: return "colour";
    case FieldChange::Type::Picture: return "picture";
    }
    return "text";
}

nlohmann::json strings(const QStringList &l)
{
    nlohmann::json a = nlohmann::json::array();
    for (const QString &x : l)
        a.push_back(s(x));
    return a;
}

nlohmann::json fieldJson(const FieldChange &f)
{
    nlohmann::json o = {{"field", s(f.key)}, {"type", typeName(f.type)}, {"before", s(f.before)}, {"after", s(f.after)}};
    if (!f.words.isEmpty()) {
        nlohmann::json w = nlohmann::json::array();
        for (const TextPiece &p : f.words)
            w.push_back({{"op", p.op == TextPiece::Op::Same ? "same" : p.op == TextPiece::Op::Deleted ? "deleted" : "inserted"}, {"text", s(p.text)}});
        o["words"] = w;
    }
    if (f.type == FieldChange::Type::Refs || f.type == FieldChange::Type::Sdgs) {
        o["removed"] = strings(f.removed);
        o["added"] = strings(f.added);
    }
    return o;
}

nlohmann::json placeJson(const QList<int> &place)
{
    nlohmann::json a = nlohmann::json::array();
    for (int n : place)
        a.push_back(n);
    return a;
}

} // namespace

nlohmann::json diffToJson(const PlanDiff &diff, const QString &from, const QString &to)
{
    nlohmann::json summary = nlohmann::json::object();
    for (const auto &[kind, c] : countChanges(diff))
        summary[s(kind)] = {{"added", c.added}, {"removed", c.removed}, {"moved", c.moved}, {"changed", c.changed}};
    nlohmann::json plan = nlohmann::json::array();
    for (const FieldChange &f : diff.info)
        plan.push_back(fieldJson(f));
    nlohmann::json changes = nlohmann::json::array();
    for (const EntityChange &e : diff.entities) {
        nlohmann::json o = {{"kind", s(e.kind)}, {"id", s(e.id.toString(QUuid::WithoutBraces))}, {"title", s(e.title)},
                            {"change", e.added ? "added" : e.removed ? "removed" : e.fields.isEmpty() ? "moved" : "changed"},
                            {"place", placeJson(e.place)}};
        if (!e.added)
            o["oldPlace"] = placeJson(e.oldPlace);
        if (e.moved()) {
            nlohmann::json m = {{"reordered", e.reordered}, {"reparented", e.reparented}};
            if (e.reparented) {
                m["fromParent"] = s(e.oldParent);
                m["toParent"] = s(e.newParent);
            }
            o["moved"] = m;
        }
        if (!e.fields.isEmpty()) {
            nlohmann::json fs = nlohmann::json::array();
            for (const FieldChange &f : e.fields)
                fs.push_back(fieldJson(f));
            o["fields"] = fs;
        }
        changes.push_back(o);
    }
    return {{"format", "planverk-diff"}, {"formatVersion", 1}, {"from", s(from)}, {"to", s(to)}, {"equal", diff.isEmpty()},
            {"summary", summary}, {"plan", plan}, {"changes", changes}};
}

} // namespace planverk
