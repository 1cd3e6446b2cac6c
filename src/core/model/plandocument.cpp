#include "model/plandocument.h"

#include "io/planjson.h"

#include "model/moverules.h"
#include "model/followuprules.h"
#include "model/kindtexts.h"

#include "model/editconflict.h"
#include "model/planerror.h"
#include "store/serverstore.h"

#include <nlohmann/json.hpp>

namespace planverk {

namespace {

template<class T>
T *findIn(QList<T> &list, const QUuid &id)
{
    for (T &e : list) {
        if (e.id == id)
            return &e;
        if constexpr (nests<T>)
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
        if constexpr (nests<T>)
            if (auto found = locateIn(children(list[i]), id, list[i].id))
                return found;
    }
    return std::nullopt;
}

} // namespace

template<class T>
QList<T> *childList(Plan &plan, const QUuid &parent)
{
    if constexpr (!isTopKind<T>) {
        using P = typename Kind<T>::Parent;
        P *p = const_cast<P *>(findEntity<P>(plan, parent));
        return p ? &Kind<P>::children(*p) : nullptr;
    } else {
        if (parent.isNull())
            return &Kind<T>::list(plan);
        if constexpr (nests<T>) {
            if (T *p = findIn(Kind<T>::list(plan), parent))
                return &children(*p);
        }
        return nullptr;
    }
}

template<class T>
std::optional<Location> locate(const Plan &plan, const QUuid &id)
{
    if constexpr (!isTopKind<T>) {
        std::optional<Location> found;
        forEachEntry<typename Kind<T>::Parent>(plan, [&](const auto &p) {
            if (!found)
                if (auto at = locateIn(Kind<typename Kind<T>::Parent>::children(p), id, p.id))
                    found = at;
        });
        return found;
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
    : QObject(parent), m_store(std::move(store))
{
    m_plan = loadVersioned(); // in the body: it fills m_seen, which must be constructed first
}

Plan PlanDocument::loadVersioned()
{
    auto *server = dynamic_cast<ServerStore *>(m_store.get());
    if (!server)
        return m_store->load();
    ServerStore::Versioned v = server->loadVersioned();
    m_seen = v.versions;
    return std::move(v.plan);
}

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
    const bool statusChanged = info.status != m_plan.info.status;
    m_plan.info = info;
    Q_EMIT infoChanged();
    Q_EMIT modified();
    if (statusChanged)
        Q_EMIT versionsChanged(); // the store made a version (planstore.h)
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

namespace {

QString valueText(const nlohmann::ordered_json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString::fromStdString(v.dump());
}

// What a message calls an entry: its first text (a goal's title), shortened;
// its id only when it has no text.
template<class T> QString entryName(const T &entity)
{
    const QString text = firstTextOf(entity).simplified();
    if (text.isEmpty())
        return entity.id.toString(QUuid::WithoutBraces);
    return text.size() > 60 ? text.left(59) + QChar(0x2026) : text;
}

} // namespace

template<class T>
void PlanDocument::update(const T &entity)
{
    const auto loc = locate<T>(m_plan, entity.id);
    if (!loc)
        throw PlanError(path(), {}, QStringLiteral("has no entry %1").arg(entity.id.toString(QUuid::WithoutBraces)));
    T written = entity;
    if (auto *server = dynamic_cast<ServerStore *>(m_store.get())) {
        // On a server: written only over the version this document saw (ServerStore::update).
        const T &seen = (*childList<T>(m_plan, loc->parent))[loc->index];
        if (m_undoing && m_own.contains(entity.id) && m_own.value(entity.id) != m_seen.value(entity.id))
            throw PlanError(path(), {}, QStringLiteral("another editor has changed the %1 \"%2\" since your edit; undoing it would overwrite their work, so it was not undone")
                                            .arg(QLatin1String(Kind<T>::label), entryName(seen)));
        const EditResult<T> r = server->update(seen, entity, m_seen.value(entity.id));
        m_seen.insert(entity.id, r.version);
        T &current = (*childList<T>(m_plan, loc->parent))[loc->index];
        if (r.outcome == EditOutcome::Conflict) {
            // Nothing written: the document shows theirs; both values go to the editor.
            const auto mine = exportEntryJson(entity);
            const auto theirs = exportEntryJson(r.current);
            QList<EditConflict::Field> fields;
            for (const QString &k : r.fields)
                fields.append({k, valueText(mine.value(k.toStdString(), nlohmann::ordered_json())), valueText(theirs.value(k.toStdString(), nlohmann::ordered_json()))});
            T next = r.current;
            if constexpr (nests<T> || hasChildKind<T>)
                Kind<T>::children(next) = Kind<T>::children(current);
            const T theirEntry = next;
            current = std::move(next);
            Q_EMIT changed(KindOf<T>::value, entity.id);
            Q_EMIT modified();
            throw EditConflict(path(), QLatin1String(Kind<T>::label), fields, [this, entity] { update(entity); }, [this, theirEntry] { update(theirEntry); });
        }
        m_own.insert(entity.id, r.version);
        written = r.current; // merged with another editor's change of other fields
    } else {
        m_store->update(entity);
    }
    T &current = (*childList<T>(m_plan, loc->parent))[loc->index];
    T next = written;
    if constexpr (nests<T> || hasChildKind<T>)
        Kind<T>::children(next) = Kind<T>::children(current);
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
    const QList<QUuid> gone = idsWithin(*findEntity<T>(m_plan, id));
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
    if (const QString refusal = moveRefusal<T>(m_plan, id, newParent); !refusal.isEmpty())
        throw PlanError(path(), {}, refusal);
    m_store->move<T>(id, newParent, position);
    QList<T> *source = childList<T>(m_plan, loc->parent);
    T e = source->takeAt(loc->index);
    QList<T> *target = childList<T>(m_plan, newParent); // after the take: it may have moved
    const int index = std::clamp(position, 0, int(target->size()));
    target->insert(index, std::move(e));
    Q_EMIT moved(KindOf<T>::value, id, loc->parent, loc->index, newParent, index);
    Q_EMIT modified();
}

void PlanDocument::replaceContent(const Plan &content)
{
    Plan next = content;
    next.followup = m_plan.followup; // four years of reporting are not a version's to take back
    const bool statusChanged = next.info.status != m_plan.info.status;
    m_store->replaceAll(next);
    Q_EMIT aboutToReplace();
    m_plan = std::move(next);
    Q_EMIT replaced();
    Q_EMIT infoChanged();
    Q_EMIT modified();
    if (statusChanged)
        Q_EMIT versionsChanged(); // the store made a version (planstore.h)
}

void PlanDocument::batch(const std::function<void()> &edits)
{
    m_store->transaction(edits);
}

VersionInfo PlanDocument::saveVersion(const QString &name, const QString &note)
{
    const VersionInfo v = m_store->saveVersion(name, note);
    Q_EMIT versionsChanged();
    return v;
}

namespace {

// The shape of a plan's trees: every entry's id and number of sub-entries,
// in document order. Equal shapes: the same entries in the same places.
QList<QPair<QUuid, qsizetype>> shapeOf(const Plan &plan)
{
    QList<QPair<QUuid, qsizetype>> out;
    forEachInDocument(plan, [&](const auto &e) {
        using T = std::remove_cvref_t<decltype(e)>;
        qsizetype children = 0;
        if constexpr (nests<T> || hasChildKind<T>)
            children = Kind<T>::children(e).size();
        out.append({e.id, children});
    });
    return out;
}

template<class T> T ownFields(T e)
{
    if constexpr (nests<T> || hasChildKind<T>)
        Kind<T>::children(e).clear();
    return e;
}

} // namespace

bool PlanDocument::takeStored(const Plan &stored, const QHash<QUuid, qint64> &versions)
{
    m_seen = versions;
    return takeStored(stored);
}

bool PlanDocument::takeStored(const Plan &stored)
{
    if (shapeOf(stored) != shapeOf(m_plan)) {
        const bool statusChanged = stored.info.status != m_plan.info.status;
        Q_EMIT aboutToReplace();
        m_plan = stored;
        Q_EMIT replaced();
        Q_EMIT infoChanged();
        Q_EMIT followupChanged();
        Q_EMIT modified();
        if (statusChanged)
            Q_EMIT versionsChanged();
        return true;
    }
    bool any = false;
    forEachKind([&]<class T>() {
        QHash<QUuid, T *> mine;
        forEachEntry<T>(m_plan, [&](T &e) { mine.insert(e.id, &e); });
        forEachEntry<T>(stored, [&](const T &e) {
            T *current = mine.value(e.id);
            if (!current || ownFields(*current) == ownFields(e))
                return;
            T next = e;
            if constexpr (nests<T> || hasChildKind<T>)
                Kind<T>::children(next) = Kind<T>::children(*current);
            *current = std::move(next);
            any = true;
            Q_EMIT changed(KindOf<T>::value, e.id);
        });
    });
    if (stored.info != m_plan.info) {
        const bool statusChanged = stored.info.status != m_plan.info.status;
        m_plan.info = stored.info;
        any = true;
        Q_EMIT infoChanged();
        if (statusChanged)
            Q_EMIT versionsChanged();
    }
    if (stored.followup != m_plan.followup) {
        m_plan.followup = stored.followup;
        any = true;
        Q_EMIT followupChanged();
    }
    if (any)
        Q_EMIT modified();
    return any;
}

std::optional<bool> PlanDocument::takeStoredEntry(const QUuid &id, qint64 version)
{
    auto *server = dynamic_cast<ServerStore *>(m_store.get());
    if (!server || !m_seen.contains(id) || m_seen.value(id) == version)
        return std::nullopt; // not here (added), or its version unchanged (moved)
    std::optional<bool> taken;
    bool found = false;
    forEachKind([&]<class T>() {
        if (found)
            return;
        const auto loc = locate<T>(m_plan, id);
        if (!loc)
            return;
        found = true;
        const auto now = server->entry<T>(id);
        if (!now)
            return; // removed meanwhile
        m_seen.insert(id, now->version);
        T &current = (*childList<T>(m_plan, loc->parent))[loc->index];
        taken = false;
        if (ownFields(current) == ownFields(now->value))
            return; // the version announced is the one already taken, or a change undone
        taken = true;
        T next = now->value;
        if constexpr (nests<T> || hasChildKind<T>)
            Kind<T>::children(next) = Kind<T>::children(current);
        current = std::move(next);
        Q_EMIT changed(KindOf<T>::value, id);
        Q_EMIT modified();
    });
    return taken;
}

bool PlanDocument::takeStoredHead(const Plan &head)
{
    bool any = false;
    if (head.info != m_plan.info) {
        const bool statusChanged = head.info.status != m_plan.info.status;
        m_plan.info = head.info;
        any = true;
        Q_EMIT infoChanged();
        if (statusChanged)
            Q_EMIT versionsChanged();
    }
    if (head.followup != m_plan.followup) {
        m_plan.followup = head.followup;
        any = true;
        Q_EMIT followupChanged();
    }
    if (any)
        Q_EMIT modified();
    return any;
}

void PlanDocument::dropReferencesTo(const QList<QUuid> &ids)
{
    forEachKind([&]<class T>() { forEachEntry<T>(m_plan, [&](T &e) { dropLinksTo(e, ids); }); });
}

// Every kind's functions, compiled here (the templates are defined in this file).
template<class... T>
constexpr auto documentFunctions(KindList<T...>)
{
    return std::tuple{std::tuple{&childList<T>, &locate<T>, &findEntity<T>, &PlanDocument::insert<T>, &PlanDocument::update<T>,
                                 &PlanDocument::remove<T>, &PlanDocument::move<T>}...};
}
auto planDocumentFunctions = documentFunctions(AllKinds{});

} // namespace planverk
