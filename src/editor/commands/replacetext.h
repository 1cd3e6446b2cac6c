// Replacing text in the plan: one occurrence, or every occurrence at once
// (Edit ▸ Replace). However many entities it touches, it is one undo step and
// one transaction in the file.
#pragma once

#include "commands/command.h"
#include "model/planreplace.h"

namespace planverk {

class ReplaceText : public DocumentCommand
{
public:
    /// `replacement` is what core's replaceAll/replaceOne made of the document's plan now.
    ReplaceText(PlanDocument *document, Replacement replacement, const QString &text)
        : DocumentCommand(document, text), m_before(document->plan()), m_after(std::move(replacement))
    {}

protected:
    void apply() override { write(m_after.plan); }
    void revert() override { write(m_before); }

private:
    void write(const Plan &from)
    {
        document()->batch([&] {
            if (m_after.info)
                document()->setInfo(from.info);
            for (const auto &[kind, id] : std::as_const(m_after.entities)) {
                visitKind(kind, [&](auto blank) {
                    using T = decltype(blank);
                    if (const T *e = findEntity<T>(from, id))
                        document()->update(*e);
                    return 0;
                });
            }
        });
    }

    Plan m_before;
    Replacement m_after;
};

} // namespace planverk
