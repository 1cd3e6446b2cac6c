// Edit ▸ Replace (Ctrl+H): find text anywhere in the plan's titles and texts,
// and replace it one occurrence at a time or everywhere at once. Each
// replacement is one undo step ("Replace all" too, however many entries it
// touches); the matching itself is core's (model/planreplace.h).
#pragma once

#include "model/planreplace.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace planverk {

class MainWindow;

class ReplaceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReplaceDialog(MainWindow *window);

    /// Starts with `text` in the find field (what Ctrl+F looked for).
    void setFindText(const QString &text);

    /// Goes to the next occurrence after the current one (from the start at first); false when there is none.
    bool findNext();
    /// Replaces the current occurrence and goes to the next one.
    void replace();
    /// Replaces every occurrence, as one undo step; returns how many.
    int replaceAll();

private:
    Qt::CaseSensitivity caseSensitivity() const;
    void showMatch(const TextMatch &match);
    void updateButtons();

    MainWindow *m_window;
    QLineEdit *m_find;
    QLineEdit *m_with;
    QCheckBox *m_matchCase;
    QPushButton *m_findNextButton;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAllButton;
    QLabel *m_status;
    std::optional<TextMatch> m_current;
};

} // namespace planverk
