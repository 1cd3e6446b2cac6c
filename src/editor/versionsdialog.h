// Fil ▸ Versjoner…: the plan's versions (name, when made, status, note), and
// for the one selected: open it read-only in its own window, export it to
// any format, or restore it as the current plan (one undo step).
#pragma once

#include "model/plandocument.h"

#include <QDialog>

#include <functional>

class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace planverk {

class VersionWindow;

class VersionsDialog : public QDialog
{
    Q_OBJECT
public:
    /// Writes `plan` (the version `versionName`) as `format` (pdf, pdfa, accessible, html, docx, odt, json), asking where.
    using Exporter = std::function<void(const Plan &plan, const QString &versionName, const QString &format)>;

    VersionsDialog(PlanDocument *document, QUndoStack *undo, Exporter exporter, QWidget *parent = nullptr);

    /// Fil ▸ Lagre versjon…: asks for a name and a note and saves the version; false when cancelled or refused.
    static bool saveVersion(PlanDocument *document, QWidget *parent);

    QTreeWidget *list() const { return m_list; }
    /// The version selected in the list, read-only in its own window.
    VersionWindow *openSelected();
    /// The version selected becomes the current plan (asks first when interactive).
    bool restoreSelected();
    void exportSelected(const QString &format);
    /// Questions answer themselves with yes (tests).
    void setInteractive(bool on) { m_interactive = on; }

private:
    void refresh();
    void updateButtons();
    QString selectedName() const;
    /// The plan of the version, or nothing after showing why not.
    std::optional<Plan> readSelected();

    PlanDocument *m_document;
    QUndoStack *m_undo;
    Exporter m_exporter;
    QTreeWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_export;
    QPushButton *m_restore;
    bool m_interactive = true;
};

} // namespace planverk
