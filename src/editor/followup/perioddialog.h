// The dialog that adds a reporting period (a year by default, a tertial, or
// a period of the planner's own) or edits one (its name, start and closing
// date). A closing date before the start is refused in the dialog, with a
// message naming both dates; the dialog stays open to correct it.
#pragma once

#include "followup/followupeditor.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace planverk {

class PeriodDialog : public QDialog
{
    Q_OBJECT
public:
    /// `editing` null: a new period, suggested by `followup`; otherwise that period's values.
    PeriodDialog(FollowupEditor *followup, const ReportingPeriod *editing, QWidget *parent = nullptr);

    QString name() const;
    QDate start() const;
    QDate closing() const;

    QComboBox *kindBox() const { return m_kind; } // null when editing
    QLineEdit *nameField() const { return m_name; }
    QDateEdit *startField() const { return m_start; }
    QDateEdit *closingField() const { return m_closing; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    void suggest(FollowupEditor::PeriodKind kind);

    FollowupEditor *m_followup;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name;
    QDateEdit *m_start;
    QDateEdit *m_closing;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace planverk
