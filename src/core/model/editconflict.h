// Another editor changed the same field of an entry on the server (issue 15):
// what PlanDocument::update throws instead of overwriting their work. Nothing
// was written; the document shows their value now. It carries both values, so
// that the editor can show them side by side, and keepMine(), which writes
// one's own value over theirs knowingly (an edit against the version now seen),
// and restoreTheirs(), which writes theirs back (the undo of keepMine: under
// PlanDocument::setUndoing it is refused when someone has changed the entry since).
#pragma once

#include "model/planerror.h"

#include <QStringList>

#include <functional>

namespace planverk {

class EditConflict : public PlanError
{
public:
    struct Field {
        QString key;    ///< the field's JSON key ("title")
        QString mine;   ///< one's own value, as text
        QString theirs; ///< the other editor's value, as text
    };

    EditConflict(const QString &file, const QString &what, QList<Field> fields, std::function<void()> keepMine, std::function<void()> restoreTheirs = {})
        : PlanError(file, {}, message(what, fields)), m_fields(std::move(fields)), m_keepMine(std::move(keepMine)), m_restoreTheirs(std::move(restoreTheirs))
    {}

    const QList<Field> &fields() const { return m_fields; }
    /// Writes one's own values after all (they were seen to differ).
    void keepMine() const { m_keepMine(); }
    /// Writes their values back (undoing keepMine()).
    void restoreTheirs() const
    {
        if (m_restoreTheirs)
            m_restoreTheirs();
    }

private:
    static QString message(const QString &what, const QList<Field> &fields)
    {
        QStringList parts;
        for (const Field &f : fields)
            parts << QStringLiteral("%1: theirs \"%2\", yours \"%3\"").arg(f.key, f.theirs, f.mine);
        return QStringLiteral("another editor changed the same field of the %1 meanwhile (%2); nothing was saved").arg(what, parts.join(QStringLiteral("; ")));
    }

    QList<Field> m_fields;
    std::function<void()> m_keepMine;
    std::function<void()> m_restoreTheirs;
};

} // namespace planverk
