#include "savefiledialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>

namespace planverk {

namespace {

// Qt's widget dialog (the one shown where the desktop has no file dialog of
// its own) splits the typed name at double quotes: "a" "b" are two files,
// and Plan "ny".pdf is the file ny. A save dialog takes one name, so a name
// with quotes is taken whole, with the same checks (and, through Qt's own
// translations, the same words) the dialog has.
class SaveFileDialog : public QFileDialog
{
public:
    using QFileDialog::QFileDialog;

    QString chosen() const { return m_quotedName.isEmpty() ? selectedFiles().value(0) : m_quotedName; }

protected:
    void accept() override
    {
        auto *edit = findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        const QString typed = edit ? edit->text().trimmed() : QString();
        if (!typed.contains(u'"')) {
            QFileDialog::accept();
            return;
        }
        const QString path = QDir::cleanPath(directory().absoluteFilePath(typed));
        const QFileInfo info(path);
        if (info.isDir()) {
            setDirectory(path);
            edit->clear();
            return;
        }
        if (!info.absoluteDir().exists()) {
            QMessageBox::warning(this, windowTitle(), QFileDialog::tr("%1\nDirectory not found.\nPlease verify the correct directory name was given.").arg(QDir::toNativeSeparators(info.absolutePath())));
            return;
        }
        if (info.exists()
            && QMessageBox::warning(this, windowTitle(), QFileDialog::tr("%1 already exists.\nDo you want to replace it?").arg(info.fileName()),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return;
        m_quotedName = path;
        QDialog::accept();
    }

private:
    QString m_quotedName;
};

} // namespace

QString askSaveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    SaveFileDialog dialog(parent, caption, QFileInfo(suggested).absolutePath(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.selectFile(QFileInfo(suggested).fileName());
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.chosen();
}

} // namespace planverk
