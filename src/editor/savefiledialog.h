// Asking where to save a file, with names that hold double quotes.
#pragma once

#include <QString>

class QWidget;

namespace planverk {

/// Like QFileDialog::getSaveFileName, but a name with double quotes in it
/// (Plan "Grenseløs".pdf, a version named Vedtatt "endelig") is the file
/// the user gets. Qt's own dialog reads quotes as separating several file
/// names and saved to a file named after the quoted word alone. Empty when
/// the user cancels.
QString askSaveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);

} // namespace planverk
