// The progress of an export or a print: a dialog that shows at once, moves
// as the document is loaded and painted, and can cancel. The render runs on
// the window's thread; between its steps (a piece of the document, a page)
// the window handles its events, so it repaints and the Cancel button works.
#pragma once

#include "render/documentwriter.h"

#include <QProgressDialog>

namespace planverk {

class RenderProgressDialog : public QProgressDialog
{
    Q_OBJECT
public:
    RenderProgressDialog(const QString &label, QWidget *parent);

    /// For DocumentOptions::progress or PrintLayout::setProgress: false once the user has cancelled.
    RenderProgress callback();
};

} // namespace planverk
