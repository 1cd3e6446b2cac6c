// Fil ▸ Lagre versjon…: the name and the note of a new version. OK is
// offered only for a name a version can have and that no version has.
#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace planverk {

class SaveVersionDialog : public QDialog
{
    Q_OBJECT
public:
    SaveVersionDialog(const QStringList &taken, QWidget *parent = nullptr);

    QString name() const;
    QString note() const;
    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *noteField() const { return m_note; }

private:
    void validate();

    QStringList m_taken;
    QLineEdit *m_name;
    QPlainTextEdit *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace planverk
