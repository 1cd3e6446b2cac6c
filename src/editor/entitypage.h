// The editor page for one kind of entity (or for the plan's settings). The
// form comes from Qt Designer (ui/*.ui); its widgets are named after the
// fields, and this class binds them to the fields generically: it shows an
// entity's values, and turns each user edit into one PlanEditor change.
#pragma once

#include "model/plandocument.h"

#include <QWidget>

#include <optional>

namespace planverk {

class PlanEditor;
class GoalIndicators;
class ProfileGroup;

class EntityPage : public QWidget
{
    Q_OBJECT
public:
    /// `kind` empty: the page for the plan's own settings.
    EntityPage(PlanEditor *editor, std::optional<EntityKind> kind, QWidget *parent = nullptr);

    std::optional<EntityKind> kind() const { return m_kind; }
    QUuid entityId() const { return m_id; }
    void showEntity(const QUuid &id);
    /// Reads the shown values again from the plan (after undo, or an edit elsewhere).
    void refresh();
    /// The widget for a field, by the field's key ("title", "themes" …).
    QWidget *fieldWidget(const QString &key) const;

private:
    void connectWidgets();
    void enableEditing();
    void onEdited(const QString &key);

    PlanEditor *m_editor;
    std::optional<EntityKind> m_kind;
    QUuid m_id;
    bool m_populating = false;
    ProfileGroup *m_profile = nullptr; // on the plan's own page
    GoalIndicators *m_indicators = nullptr; // on the goal page: charts of its indicators

};

/// The language of the interface (nb, nn, en), from the preferences.
QString interfaceLanguage();

} // namespace planverk
