// The progress of an export or a print: a dialog that shows at once, moves
// as the document is loaded and painted, and can cancel. An export renders
// on a second thread (run()) while the window goes on handling its events; a
// print paints on the window's thread (a printer and the print preview
// belong to it) and handles the window's events between its steps
// (callback(): a piece of the document, a page). The dialog is window-modal:
// the plan cannot change under the render.
#pragma once

#include "render/documentwriter.h"

#include <QProgressDialog>

namespace planverk {

class RenderProgressDialog : public QProgressDialog
{
    Q_OBJECT
public:
    RenderProgressDialog(const QString &label, QWidget *parent);

    /// For PrintLayout::setProgress on this thread: handles the window's events; false once the user has cancelled.
    RenderProgress callback();
    /// Runs `work` on a second thread with a progress callback for it, and
    /// returns when it is done, rethrowing what it threw (RenderCancelled
    /// after a cancel). The window handles its events meanwhile.
    void run(const std::function<void(const RenderProgress &)> &work);
};

} // namespace planverk
