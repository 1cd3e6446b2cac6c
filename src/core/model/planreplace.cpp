#include "model/planreplace.h"

#include <tuple>

namespace planverk {

namespace {

// Calls f(kind, entity) for the plan's settings (kind empty) and then every
// entity, in document order. PlanT is Plan or const Plan.
template<class PlanT, class F>
void walk(PlanT &plan, F &&f)
{
    f(std::optional<EntityKind>(), plan.info);
    forEachInDocument(plan, [&](auto &e) { f(std::optional<EntityKind>(KindOf<std::remove_cvref_t<decltype(e)>>::value), e); });
}

template<class T>
QUuid idOf(const T &e)
{
    if constexpr (std::is_same_v<T, PlanInfo>)
        return {};
    else
        return e.id;
}

// Calls f(key, index, text) for each text and Markdown field of an entity.
template<class F>
struct TextFields : IgnoreFields {
    F &f;
    int index = 0;
    explicit TextFields(F &fn) : f(fn) {}
    template<class S> void text(const char *key, S &s) { f(key, index++, s); }
    template<class S> void markdown(const char *key, S &s) { f(key, index++, s); }
};

template<class E, class F>
void eachTextField(E &entity, F &&f)
{
    TextFields<F> v(f);
    fields(v, entity);
}

QList<int> occurrences(const QString &text, const QString &needle, Qt::CaseSensitivity cs)
{
    QList<int> out;
    for (qsizetype at = text.indexOf(needle, 0, cs); at >= 0; at = text.indexOf(needle, at + needle.size(), cs))
        out << int(at);
    return out;
}

// Replaces the occurrences at `starts` (ascending) and returns how many.
int replaceAt(QString &text, const QList<int> &starts, qsizetype length, const QString &with)
{
    for (qsizetype i = starts.size() - 1; i >= 0; --i)
        text.replace(starts[i], length, with);
    return int(starts.size());
}

} // namespace

bool TextMatch::before(const TextMatch &o) const
{
    return std::tie(entity, fieldIndex, start) < std::tie(o.entity, o.fieldIndex, o.start);
}

QList<TextMatch> findText(const Plan &plan, const QString &needle, Qt::CaseSensitivity cs)
{
    QList<TextMatch> out;
    if (needle.isEmpty())
        return out;
    int ordinal = 0;
    walk(plan, [&](std::optional<EntityKind> kind, const auto &e) {
        eachTextField(e, [&](const char *key, int index, const QString &text) {
            int n = 0;
            for (int at : occurrences(text, needle, cs))
                out.append({kind, idOf(e), QString::fromLatin1(key), ordinal, index, at, int(needle.size()), n++});
        });
        ++ordinal;
    });
    return out;
}

Replacement replaceAll(const Plan &plan, const QString &needle, const QString &with, Qt::CaseSensitivity cs)
{
    Replacement r{plan, 0, false, {}};
    if (needle.isEmpty())
        return r;
    walk(r.plan, [&](std::optional<EntityKind> kind, auto &e) {
        int here = 0;
        eachTextField(e, [&](const char *, int, QString &text) { here += replaceAt(text, occurrences(text, needle, cs), needle.size(), with); });
        if (here == 0)
            return;
        r.count += here;
        if (kind)
            r.entities.append({*kind, idOf(e)});
        else
            r.info = true;
    });
    return r;
}

Replacement replaceOne(const Plan &plan, const TextMatch &match, const QString &needle, const QString &with, Qt::CaseSensitivity cs)
{
    Replacement r{plan, 0, false, {}};
    if (needle.isEmpty())
        return r;
    int ordinal = 0;
    walk(r.plan, [&](std::optional<EntityKind> kind, auto &e) {
        if (ordinal++ != match.entity || kind != match.kind || idOf(e) != match.id)
            return;
        eachTextField(e, [&](const char *key, int, QString &text) {
            if (match.field != QLatin1String(key) || text.indexOf(needle, match.start, cs) != match.start)
                return;
            r.count = replaceAt(text, {match.start}, needle.size(), with);
        });
        if (r.count == 0)
            return;
        if (kind)
            r.entities.append({*kind, idOf(e)});
        else
            r.info = true;
    });
    return r;
}

} // namespace planverk
