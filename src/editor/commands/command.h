// What every undo command of the editor shares: it edits through a
// PlanDocument, and a write that fails (a full disk, a file gone read-only)
// is reported instead of breaking the undo stack.
#pragma once

#include "model/plandocument.h"
#include "model/planerror.h"

#include <QUndoCommand>

#include <functional>

namespace planverk {

/// Where commands report a failed write; the main window shows it.
using ErrorSink = std::function<void(const PlanError &)>;

class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(PlanDocument *document, const QString &text) : QUndoCommand(text), m_document(document) {}

    static void setErrorSink(ErrorSink sink) { errorSink() = std::move(sink); }

    void redo() final { guarded([this] { apply(); }); }
    void undo() final
    {
        // On a server, undo refuses to write over another editor's later change (PlanDocument::setUndoing).
        m_document->setUndoing(true);
        guarded([this] { revert(); });
        m_document->setUndoing(false);
    }

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    PlanDocument *document() const { return m_document; }

private:
    static ErrorSink &errorSink()
    {
        static ErrorSink sink;
        return sink;
    }
    void guarded(const std::function<void()> &work)
    {
        try {
            work();
        } catch (const PlanError &e) {
            setObsolete(true); // the stack drops a command that could not be applied
            if (errorSink())
                errorSink()(e);
        }
    }

    PlanDocument *m_document;
};

} // namespace planverk
