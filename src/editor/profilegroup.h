// The "Profil" group of the Om planen page: the plan's short title, its
// accent colour (a hex field, a colour dialog and the contrast with white
// text), and its logo and cover picture (choose a file, remove, a thumbnail,
// the alternative text; the cover picture's photo credit). Every edit is one
// undo command through PlanEditor and is in the file at once.
#pragma once

#include "model/picture.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace planverk {

class PlanEditor;

class ProfileGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit ProfileGroup(PlanEditor *editor, QWidget *parent = nullptr);

    /// Shows the plan's values again (after undo, or an edit elsewhere).
    void refresh();
    /// Uses the picture file at `path` as the logo or cover picture. A file
    /// that is not a usable picture is refused: the message (naming the file)
    /// is shown in the group, and the plan is left as it was.
    bool usePictureFile(PictureRole role, const QString &path);
    /// The accent colour as "#rrggbb", or "" for the template's own.
    void setAccentColour(const QString &colour);

private:
    struct PictureWidgets {
        QLabel *thumbnail = nullptr;
        QPushButton *choose = nullptr;
        QPushButton *remove = nullptr;
        QLineEdit *alt = nullptr;
    };
    QWidget *pictureRow(PictureRole role, PictureWidgets &w);
    void chooseFile(PictureRole role);
    void chooseColour();
    void accentEdited();
    void showContrast(const QString &colour);
    enum class Message { Refusal, Note };
    void showMessage(const QString &text, Message kind = Message::Refusal);

    PlanEditor *m_editor;
    QLineEdit *m_shortTitle;
    QLineEdit *m_accent;
    QLabel *m_swatch;
    QLabel *m_contrast;
    QLineEdit *m_credit;
    QLabel *m_message;
    PictureWidgets m_logo;
    PictureWidgets m_cover;
};

} // namespace planverk
