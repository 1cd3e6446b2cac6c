// Indicator values imported from a spreadsheet (io/valuescsv.h): every value
// of the file in one undo step and one transaction; undo puts back the
// values the plan had.
#pragma once

#include "commands/command.h"

namespace planverk {

class ImportIndicatorValues : public DocumentCommand
{
public:
    ImportIndicatorValues(PlanDocument *document, Followup after, const QString &text)
        : DocumentCommand(document, text), m_before(document->plan().followup), m_after(std::move(after))
    {}

protected:
    void apply() override { document()->setFollowup(m_after); }
    void revert() override { document()->setFollowup(m_before); }

private:
    Followup m_before;
    Followup m_after;
};

} // namespace planverk
