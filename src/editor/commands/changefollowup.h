// What the follow-up edits share: each changes one small part of the plan's
// follow-up (one status report, one indicator value, one period) from
// `before` to `after` (nullopt: not there), reading the rest of the follow-up
// as it is when the command is done or undone, and writes it through
// PlanDocument::setFollowup (one transaction; a closed period refuses).
#pragma once

#include "commands/command.h"

#include <optional>

namespace planverk {

template<class Part>
class ChangeFollowup : public DocumentCommand
{
public:
    ChangeFollowup(PlanDocument *document, std::optional<Part> before, std::optional<Part> after, const QString &text)
        : DocumentCommand(document, text), m_before(std::move(before)), m_after(std::move(after))
    {}

protected:
    void apply() override { write(m_after, m_before); }
    void revert() override { write(m_before, m_after); }
    /// Puts `to` in place of `from` (either may be nullopt) in `followup`.
    virtual void put(Followup &followup, const std::optional<Part> &to, const std::optional<Part> &from) const = 0;

private:
    void write(const std::optional<Part> &to, const std::optional<Part> &from)
    {
        Followup f = document()->plan().followup;
        put(f, to, from);
        document()->setFollowup(f);
    }

    std::optional<Part> m_before;
    std::optional<Part> m_after;
};

} // namespace planverk
