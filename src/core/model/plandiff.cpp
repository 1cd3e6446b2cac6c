#include "model/plandiff.h"

#include "model/kinds.h"
#include "model/sequencediff.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <tuple>

namespace planverk {

namespace {

// ---------------------------------------------------------------------------
// One field's value, read through the fields() visitors.

struct FieldValue {
    const char *key;
    FieldChange::Type type;
    QString text;           // Text, Markdown, Code, Colour, Date (ISO), Integer, Amount
    QList<QUuid> refs;      // Refs
    QString targetKind;     // Refs
    QList<int> sdgs;        // Sdgs
};

struct ReadFields {
    QList<FieldValue> values;
    void add(const char *key, FieldChange::Type type, const QString &text) { values.append({key, type, text, {}, {}, {}}); }
    void text(const char *key, const QString &s) { add(key, FieldChange::Type::Text, s); }
    void markdown(const char *key, const QString &s) { add(key, FieldChange::Type::Markdown, s); }
    void code(const char *key, const QString &s, const QStringList &) { add(key, FieldChange::Type::Code, s); }
    void colour(const char *key, const QString &s) { add(key, FieldChange::Type::Colour, s); }
    void date(const char *key, const QDate &d) { add(key, FieldChange::Type::Date, d.isValid() ? d.toString(Qt::ISODate) : QString()); }
    void integer(const char *key, const std::optional<int> &i) { add(key, FieldChange::Type::Integer, i ? QString::number(*i) : QString()); }
    void amount(const char *key, const std::optional<qint64> &i) { add(key, FieldChange::Type::Amount, i ? QString::number(*i) : QString()); }
    void refs(const char *key, const QList<QUuid> &ids, const char *target) { values.append({key, FieldChange::Type::Refs, {}, ids, QString::fromLatin1(target), {}}); }
    void sdgs(const char *key, const QList<int> &n) { values.append({key, FieldChange::Type::Sdgs, {}, {}, {}, n}); }
};

template<class T>
QList<FieldValue> valuesOf(const T &e)
{
    ReadFields r;
    fields(r, e);
    return r.values;
}

// Titles of everything a link may point to, by kind and id: B's first, A's for what B lacks.
using TitleIndex = QHash<QString, QHash<QUuid, QString>>;

QString titleOf(const TitleIndex &titles, const QString &kind, const QUuid &id)
{
    const QString t = titles.value(kind).value(id);
    return t.isEmpty() ? id.toString(QUuid::WithoutBraces) : t;
}

QList<FieldChange> compareFields(const QList<FieldValue> &a, const QList<FieldValue> &b, const TitleIndex &titlesA, const TitleIndex &titlesB)
{
    QList<FieldChange> out;
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i) {
        const FieldValue &x = a[i], &y = b[i];
        FieldChange c;
        c.key = QString::fromLatin1(x.key);
        c.type = x.type;
        switch (x.type) {
        case FieldChange::Type::Refs: {
            if (x.refs == y.refs)
                continue;
            QStringList before, after;
            for (const QUuid &id : x.refs) {
                before << titleOf(titlesA, x.targetKind, id);
                if (!y.refs.contains(id))
                    c.removed << before.last();
            }
            for (const QUuid &id : y.refs) {
                after << titleOf(titlesB, y.targetKind, id);
                if (!x.refs.contains(id))
                    c.added << after.last();
            }
            c.before = before.join(QStringLiteral("; "));
            c.after = after.join(QStringLiteral("; "));
            break;
        }
        case FieldChange::Type::Sdgs: {
            if (x.sdgs == y.sdgs)
                continue;
            QStringList before, after;
            for (int n : x.sdgs) {
                before << QString::number(n);
                if (!y.sdgs.contains(n))
                    c.removed << before.last();
            }
            for (int n : y.sdgs) {
                after << QString::number(n);
                if (!x.sdgs.contains(n))
                    c.added << after.last();
            }
            c.before = before.join(QStringLiteral("; "));
            c.after = after.join(QStringLiteral("; "));
            break;
        }
        default:
            if (x.text == y.text)
                continue;
            c.before = x.text;
            c.after = y.text;
            if (x.type == FieldChange::Type::Text || x.type == FieldChange::Type::Markdown)
                c.words = diffText(x.text, y.text);
        }
        out.append(c);
    }
    return out;
}

// ---------------------------------------------------------------------------
// Every entity of one kind in a plan, in document order.

template<class T>
struct Node {
    const T *entity;
    QUuid parent;
    QString parentTitle;
    QList<int> place;
};

template<class T>
concept HasChildren = requires(const T &e) { children(e); };

template<class T>
void walk(const QList<T> &list, const QUuid &parent, const QString &parentTitle, const QList<int> &above, QList<Node<T>> &out)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        QList<int> place = above;
        place.append(int(i + 1));
        out.append({&list[i], parent, parentTitle, place});
        if constexpr (HasChildren<T>)
            walk(children(list[i]), list[i].id, nameOf(list[i]), place, out);
    }
}

template<class T>
QList<Node<T>> nodesOf(const Plan &p)
{
    QList<Node<T>> out;
    if constexpr (requires { Kind<T>::list(p); }) {
        walk(Kind<T>::list(p), QUuid(), QString(), {}, out);
    } else if constexpr (std::is_same_v<T, Amendment>) {
        // Amendments live inside a processing step.
        for (qsizetype i = 0; i < p.processing.size(); ++i)
            walk(p.processing[i].amendments, p.processing[i].id, nameOf(p.processing[i]), {int(i + 1)}, out);
    }
    return out;
}

template<class T>
void addTitles(const Plan &p, TitleIndex &titles)
{
    for (const Node<T> &n : nodesOf<T>(p))
        titles[QString::fromLatin1(Kind<T>::table)].insert(n.entity->id, nameOf(*n.entity));
}

// Children of the same parent, in both plans: those out of the longest
// common order were moved.
template<class T>
QSet<QUuid> reorderedOf(const QList<Node<T>> &na, const QList<Node<T>> &nb, const QHash<QUuid, qsizetype> &inA, const QHash<QUuid, qsizetype> &inB)
{
    std::map<QUuid, std::pair<QList<QUuid>, QList<QUuid>>> byParent;
    for (const Node<T> &n : na) {
        const auto j = inB.constFind(n.entity->id);
        if (j != inB.cend() && nb[*j].parent == n.parent)
            byParent[n.parent].first.append(n.entity->id);
    }
    for (const Node<T> &n : nb) {
        const auto i = inA.constFind(n.entity->id);
        if (i != inA.cend() && na[*i].parent == n.parent)
            byParent[n.parent].second.append(n.entity->id);
    }
    QSet<QUuid> moved;
    for (const auto &[parent, lists] : byParent) {
        if (lists.first == lists.second)
            continue;
        for (const Edit &e : shortestEdit(lists.first, lists.second))
            if (e.op == EditOp::Insert)
                moved.insert(lists.second[e.b]);
    }
    return moved;
}

template<class T>
void diffKind(const Plan &a, const Plan &b, const TitleIndex &titlesA, const TitleIndex &titlesB, QList<EntityChange> &out)
{
    const QString kind = QString::fromLatin1(Kind<T>::table);
    const QList<Node<T>> na = nodesOf<T>(a), nb = nodesOf<T>(b);
    QHash<QUuid, qsizetype> inA, inB;
    for (qsizetype i = 0; i < na.size(); ++i)
        inA.insert(na[i].entity->id, i);
    for (qsizetype i = 0; i < nb.size(); ++i)
        inB.insert(nb[i].entity->id, i);
    const QSet<QUuid> reordered = reorderedOf(na, nb, inA, inB);

    // Sorted by where they are in B; what was removed follows the entity it came after in A.
    std::vector<std::tuple<qsizetype, int, qsizetype, EntityChange>> found;
    for (qsizetype j = 0; j < nb.size(); ++j) {
        const Node<T> &n = nb[j];
        EntityChange c;
        c.kind = kind;
        c.id = n.entity->id;
        c.title = nameOf(*n.entity);
        c.place = n.place;
        c.newParentId = n.parent;
        const auto i = inA.constFind(n.entity->id);
        if (i == inA.cend()) {
            c.added = true;
        } else {
            const Node<T> &o = na[*i];
            c.oldPlace = o.place;
            c.reparented = o.parent != n.parent;
            if (c.reparented) {
                c.oldParent = o.parentTitle;
                c.newParent = n.parentTitle;
            }
            c.reordered = reordered.contains(c.id);
            c.fields = compareFields(valuesOf(*o.entity), valuesOf(*n.entity), titlesA, titlesB);
            if (!c.moved() && c.fields.isEmpty())
                continue;
        }
        found.emplace_back(j, 0, 0, c);
    }
    qsizetype after = -1; // B's index of the last A entity that B still has
    for (qsizetype i = 0; i < na.size(); ++i) {
        const Node<T> &o = na[i];
        const auto j = inB.constFind(o.entity->id);
        if (j != inB.cend()) {
            after = *j;
            continue;
        }
        EntityChange c;
        c.kind = kind;
        c.id = o.entity->id;
        c.title = nameOf(*o.entity);
        c.place = o.place;
        c.oldPlace = o.place;
        c.removed = true;
        found.emplace_back(after, 1, i, c);
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &x, const auto &y) {
        return std::tie(std::get<0>(x), std::get<1>(x), std::get<2>(x)) < std::tie(std::get<0>(y), std::get<1>(y), std::get<2>(y));
    });
    for (auto &f : found)
        out.append(std::move(std::get<3>(f)));
}

QString pictureText(const Picture &p)
{
    return p.isEmpty() ? QString() : QStringLiteral("%1, %2 bytes").arg(p.type).arg(p.data.size());
}

} // namespace

QStringList diffKinds()
{
    QStringList kinds;
    forEachKind([&]<class T>() { kinds << QString::fromLatin1(Kind<T>::table); });
    return kinds;
}

PlanDiff diffPlans(const Plan &a, const Plan &b)
{
    PlanDiff d;
    d.info = compareFields(valuesOf(a.info), valuesOf(b.info), {}, {});
    for (PictureRole role : {PictureRole::Logo, PictureRole::Cover}) {
        const Picture &x = a.info.picture(role), &y = b.info.picture(role);
        if (x == y)
            continue;
        FieldChange c;
        c.key = role == PictureRole::Logo ? QStringLiteral("logo") : QStringLiteral("coverImage");
        c.type = FieldChange::Type::Picture;
        c.before = pictureText(x);
        c.after = pictureText(y);
        if (x.alt != y.alt)
            c.words = diffText(x.alt, y.alt);
        d.info.append(c);
    }
    TitleIndex titlesA, titlesB;
    forEachKind([&]<class T>() {
        addTitles<T>(a, titlesA);
        addTitles<T>(b, titlesB);
    });
    forEachKind([&]<class T>() { diffKind<T>(a, b, titlesA, titlesB, d.entities); });
    return d;
}

} // namespace planverk
