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

} // namespace

QList<QUuid> searchPlan(const Plan &plan, const QString &needle)
{
    if (needle.trimmed().isEmpty())
        return {};
    const QString trimmed = needle.trimmed();
    QList<QUuid> hits;
    forEachInDocument(plan, [&](const auto &e) {
        Contains c(trimmed);
        fields(c, e);
        if (c.hit)
            hits << e.id;
    });
    return hits;
}

} // namespace planverk
