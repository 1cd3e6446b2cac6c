// Restoring a version: the whole plan's content (all but its follow-up)
// replaced by the version's, in one undo step and one transaction in the file
// (PlanDocument::replaceContent, PlanStore::replaceAll); undo puts back the
// content the plan had. The navigator rebuilds and keeps the selection (the
// main window); a status that changes makes its automatic version
// (store/planstore.h).
#pragma once

#include "commands/command.h"

namespace planverk {

class RestoreVersion : public DocumentCommand
{
public:
    RestoreVersion(PlanDocument *document, Plan version, const QString &text)
        : DocumentCommand(document, text), m_before(document->plan()), m_after(std::move(version))
    {}

protected:
    void apply() override { write(m_after); }
    void revert() override { write(m_before); }

private:
    void write(const Plan &to) { document()->replaceContent(to); }

    Plan m_before;
    Plan m_after;
};

} // namespace planverk
