// Restoring a version: the whole plan's content replaced by the version's, in
// one undo step and one transaction in the file; undo puts back the content
// the plan had. Entities go out and come in through PlanDocument's own
// edits, so the navigator and the pages follow as they do for any edit; a
// status that changes makes its automatic version (store/planstore.h).
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
    void write(const Plan &to)
    {
        PlanDocument &doc = *document();
        doc.batch([&] {
            // Out first, the kinds that link to others before those they link to.
            removeAll<Processing>(doc);
            removeAll<Action>(doc);
            removeAll<Membership>(doc);
            removeAll<Partnership>(doc);
            removeAll<Contact>(doc);
            removeAll<Reference>(doc);
            removeAll<Instrument>(doc);
            removeAll<Section>(doc);
            removeAll<Goal>(doc);
            removeAll<Theme>(doc);
            // In, link targets before the links.
            insertAll<Theme>(doc, to);
            insertAll<Section>(doc, to);
            insertAll<Goal>(doc, to);
            insertAll<Instrument>(doc, to);
            insertAll<Membership>(doc, to);
            insertAll<Partnership>(doc, to);
            insertAll<Action>(doc, to);
            insertAll<Processing>(doc, to);
            insertAll<Contact>(doc, to);
            insertAll<Reference>(doc, to);
            // The settings last: a version made for a change of status holds the whole restored plan.
            doc.setInfo(to.info);
        });
    }

    template<class T>
    static void removeAll(PlanDocument &doc)
    {
        const QList<T> list = Kind<T>::list(doc.plan());
        for (qsizetype i = list.size() - 1; i >= 0; --i)
            doc.remove<T>(list[i].id);
    }

    template<class T>
    static void insertAll(PlanDocument &doc, const Plan &from)
    {
        const QList<T> &list = Kind<T>::list(from);
        for (qsizetype i = 0; i < list.size(); ++i)
            doc.insert(list[i], QUuid(), int(i));
    }

    Plan m_before;
    Plan m_after;
};

} // namespace planverk
