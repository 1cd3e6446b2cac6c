#include "model/plansearch.h"

namespace planverk {

namespace {

struct Contains : IgnoreFields {
    const QString &needle;
    bool hit = false;
    explicit Contains(const QString &n) : needle(n) {}
    using IgnoreFields::text;
    using IgnoreFields::markdown;
    void text(const char *, const QString &s) { hit = hit || s.contains(needle, Qt::CaseInsensitive); }
    void markdown(const char *, const QString &s) { hit = hit || s.contains(needle, Qt::CaseInsensitive); }
};

class Search
{
public:
    Search(const QString &needle) : m_needle(needle) {}

    template<class T>
    void visit(const QList<T> &list)
    {
        for (const T &e : list) {
            Contains c(m_needle);
            fields(c, e);
            if (c.hit)
                hits << e.id;
            if constexpr (std::is_same_v<T, Section> || std::is_same_v<T, Goal>)
                visit(children(e));
            if constexpr (std::is_same_v<T, Processing>)
                visit(e.amendments);
        }
    }
    QList<QUuid> hits;

private:
    const QString &m_needle;
};

} // namespace

QList<QUuid> searchPlan(const Plan &plan, const QString &needle)
{
    if (needle.trimmed().isEmpty())
        return {};
    Search s(needle.trimmed());
    s.visit(plan.sections);
    s.visit(plan.goals);
    s.visit(plan.themes);
    s.visit(plan.instruments);
    s.visit(plan.memberships);
    s.visit(plan.partnerships);
    s.visit(plan.actions);
    s.visit(plan.processing);
    s.visit(plan.contacts);
    s.visit(plan.references);
    return s.hits;
}

} // namespace planverk
