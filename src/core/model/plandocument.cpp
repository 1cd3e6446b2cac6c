#include "model/plandocument.h"

#include "model/followuprules.h"

#include "model/planerror.h"

namespace planverk {

namespace {

template<class T>
T *findIn(QList<T> &list, const QUuid &id)
{
    for (T &e : list) {
        if (e.id == id)
            return &e;
        if constexpr (std::is_same_v<T, Section> || std::is_same_v<T, Goal>)
            if (T *found = findIn(children(e), id))
                return found;
    }
    return nullptr;
}

template<class T>
std::optional<Location> locateIn(const QList<T> &list, const QUuid &id, const QUuid &parent)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].id == id)
            return Location{parent, i};
        if constexpr (std::is_same_v<T, Section> || std::is_same_v<T, Goal>)
            if (auto found = locateIn(children(list[i]), id, list[i].id))
                return found;
    }
    return std::nullopt;
}

} // namespace

template<class T>
QList<T> *childList(Plan &plan, const QUuid &parent)
{
    if constexpr (std::is_same_v<T, Amendment>) {
        for (Processing &p : plan.processing)
            if (p.id == parent)
                return &p.amendments;
        return nullptr;
    } else {
        if (parent.isNull())
            return &Kind<T>::list(plan);
        if constexpr (std::is_same_v<T, Section> || std::is_same_v<T, Goal>) {
            if (T *p = findIn(Kind<T>::list(plan), parent))
                return &children(*p);
        }
        return nullptr;
    }
}

template<class T>
std::optional<Location> locate(const Plan &plan, const QUuid &id)
{
    if constexpr (std::is_same_v<T, Amendment>) {
        for (const Processing &p : plan.processing)
            for (int i = 0; i < p.amendments.size(); ++i)
                if (p.amendments[i].id == id)
                    return Location{p.id, i};
        return std::nullopt;
    } else {
        return locateIn(Kind<T>::list(plan), id, QUuid());
    }
}

template<class T>
const T *findEntity(const Plan &plan, const QUuid &id)
{
    const auto loc = locate<T>(plan, id);
    if (!loc)
        return nullptr;
    const QList<T> *list = childList<T>(const_cast<Plan &>(plan), loc->parent);
    return list ? &(*list)[loc->index] : nullptr;
}

PlanDocument::PlanDocument(std::unique_ptr<PlanStore> store, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_plan(m_store->load())
{}

PlanDocument::~PlanDocument() = default;

std::unique_ptr<PlanDocument> PlanDocument::open(const QString &path, PlanStore::Mode mode)
{
    return std::make_unique<PlanDocument>(PlanStore::open(path, mode));
}

QString PlanDocument::verifyFile()
{
    const QString problem = m_store->verify();
    if (!problem.isEmpty() && !m_problemReported) {
        m_problemReported = true;
        Q_EMIT fileProblem(problem);
    }
    return problem;
}

void PlanDocument::setInfo(const PlanInfo &info)
{
    m_store->transaction([&] {
        m_store->updateInfo(info);
        for (PictureRole role : {PictureRole::Logo, PictureRole::Cover})
            if (info.picture(role) != m_plan.info.picture(role))
                m_store->setPicture(role, info.picture(role));
    });
    m_plan.info = info;
    Q_EMIT infoChanged();
    Q_EMIT modified();
}

void PlanDocument::setPicture(PictureRole role, const Picture &picture)
{
    if (picture == m_plan.info.picture(role))
        return;
    m_store->setPicture(role, picture);
    m_plan.info.picture(role) = picture;
    Q_EMIT infoChanged();
    Q_EMIT modified();
}

void PlanDocument::setFollowup(const Followup &followup)
{
    if (followup == m_plan.followup)
        return;
    const QString refusal = closedPeriodChange(m_plan.followup, followup);
    if (!refusal.isEmpty())
        throw PlanError(path(), {}, refusal);
    m_store->updateFollowup(m_plan.followup, followup);
    m_plan.followup = followup;
    Q_EMIT followupChanged();
    Q_EMIT modified();
}

template<class T>
void PlanDocument::insert(const T &entity, const QUuid &parent, int position)
{
    QList<T> *list = childList<T>(m_plan, parent);
    if (!list)
        throw PlanError(path(), {}, QStringLiteral("has no parent %1 for the new entry").arg(parent.toString(QUuid::WithoutBraces)));
    const int index = std::clamp(position, 0, int(list->size()));
    m_store->insert(entity, parent, index);
    list->insert(index, entity);
    Q_EMIT inserted(KindOf<T>::value, entity.id, parent, index);
    Q_EMIT modified();
}

template<class T>
void PlanDocument::update(const T &entity)
{
    const auto loc = locate<T>(m_plan, entity.id);
    if (!loc)
        throw PlanError(path(), {}, QStringLiteral("has no entry %1").arg(entity.id.toString(QUuid::WithoutBraces)));
    m_store->update(entity);
    T &current = (*childList<T>(m_plan, loc->parent))[loc->index];
    T next = entity;
    if constexpr (std::is_same_v<T, Section> || std::is_same_v<T, Goal>)
        planverk::children(next) = planverk::children(current);
    if constexpr (std::is_same_v<T, Processing>)
        next.amendments = current.amendments;
    current = std::move(next);
    Q_EMIT changed(KindOf<T>::value, entity.id);
    Q_EMIT modified();
}

template<class T>
void PlanDocument::remove(const QUuid &id)
{
    const auto loc = locate<T>(m_plan, id);
    if (!loc)
        throw PlanError(path(), {}, QStringLiteral("has no entry %1").arg(id.toString(QUuid::WithoutBraces)));
    QList<QUuid> gone{id};
    if constexpr (std::is_same_v<T, Goal>)
        for (const Goal &s : findEntity<Goal>(m_plan, id)->subgoals)
            gone << s.id;
    m_store->remove<T>(id); // the file drops links to it by itself (ON DELETE CASCADE)
    childList<T>(m_plan, loc->parent)->removeAt(loc->index);
    dropReferencesTo(gone);
    Q_EMIT removed(KindOf<T>::value, id, loc->parent, loc->index);
    Q_EMIT modified();
}

template<class T>
void PlanDocument::move(const QUuid &id, const QUuid &newParent, int position)
{
    const auto loc = locate<T>(m_plan, id);
    if (!loc)
        throw PlanError(path(), {}, QStringLiteral("has no entry %1").arg(id.toString(QUuid::WithoutBraces)));
    QList<T> *target = childList<T>(m_plan, newParent);
    if (!target)
        throw PlanError(path(), {}, QStringLiteral("has no parent %1 to move to").arg(newParent.toString(QUuid::WithoutBraces)));
    if constexpr (std::is_same_v<T, Section> || std::is_same_v<T, Goal>) {
        // Not into itself or its own descendants.
        for (QUuid p = newParent; !p.isNull();) {
            if (p == id)
                throw PlanError(path(), {}, QStringLiteral("cannot move an entry into itself"));
            const auto up = locate<T>(m_plan, p);
            p = up ? up->parent : QUuid();
        }
    }
    if constexpr (std::is_same_v<T, Goal>) {
        if (!newParent.isNull()) {
            const auto parentLoc = locate<Goal>(m_plan, newParent);
            if (!parentLoc || !parentLoc->parent.isNull())
                throw PlanError(path(), {}, QStringLiteral("a sub-goal cannot have sub-goals of its own"));
            if (!findEntity<Goal>(m_plan, id)->subgoals.isEmpty())
                throw PlanError(path(), {}, QStringLiteral("a goal with sub-goals cannot become a sub-goal"));
        }
    }
    m_store->move<T>(id, newParent, position);
    QList<T> *source = childList<T>(m_plan, loc->parent);
    T e = source->takeAt(loc->index);
    target = childList<T>(m_plan, newParent); // may have moved with the take
    const int index = std::clamp(position, 0, int(target->size()));
    target->insert(index, std::move(e));
    Q_EMIT moved(KindOf<T>::value, id, loc->parent, loc->index, newParent, index);
    Q_EMIT modified();
}

void PlanDocument::batch(const std::function<void()> &edits)
{
    m_store->transaction(edits);
}

void PlanDocument::dropReferencesTo(const QList<QUuid> &ids)
{
    auto strip = [&](QList<QUuid> &refs) { refs.removeIf([&](const QUuid &r) { return ids.contains(r); }); };
    for (Goal &g : m_plan.goals) {
        strip(g.themes);
        for (Goal &s : g.subgoals)
            strip(s.themes);
    }
    for (Membership &m : m_plan.memberships)
        strip(m.goals);
    for (Action &a : m_plan.actions)
        strip(a.goals);
}

#define PLANVERK_INSTANTIATE(T)                                                         \
    template QList<T> *childList<T>(Plan &, const QUuid &);                             \
    template std::optional<Location> locate<T>(const Plan &, const QUuid &);           \
    template const T *findEntity<T>(const Plan &, const QUuid &);                       \
    template void PlanDocument::insert<T>(const T &, const QUuid &, int);              \
    template void PlanDocument::update<T>(const T &);                                   \
    template void PlanDocument::remove<T>(const QUuid &);                               \
    template void PlanDocument::move<T>(const QUuid &, const QUuid &, int);
PLANVERK_FOR_EACH_KIND(PLANVERK_INSTANTIATE)
#undef PLANVERK_INSTANTIATE

} // namespace planverk
