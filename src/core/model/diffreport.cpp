#include "model/diffreport.h"

namespace planverk {

QList<QPair<QString, ChangeCounts>> countChanges(const PlanDiff &diff)
{
    QList<QPair<QString, ChangeCounts>> out;
    for (const QString &kind : diffKinds()) {
        ChangeCounts c;
        for (const EntityChange &e : diff.entities) {
            if (e.kind != kind)
                continue;
            c.added += e.added;
            c.removed += e.removed;
            c.moved += e.moved();
            c.changed += !e.fields.isEmpty();
        }
        if (c.total())
            out.append({kind, c});
    }
    return out;
}

QString placeText(const QList<int> &place)
{
    QStringList parts;
    for (int n : place)
        parts << QString::number(n);
    return parts.join(u'.');
}

namespace {

QString countsText(const ChangeCounts &c)
{
    return QStringLiteral("%1 added, %2 removed, %3 moved, %4 changed").arg(c.added).arg(c.removed).arg(c.moved).arg(c.changed);
}

QString quoted(const QString &s) { return u'"' + s + u'"'; }

QString fieldText(const FieldChange &f)
{
    QString s = QStringLiteral("  ") + f.key + QStringLiteral(": ");
    switch (f.type) {
    case FieldChange::Type::Refs:
    case FieldChange::Type::Sdgs: {
        QStringList parts;
        for (const QString &r : f.removed)
            parts << u'-' + (f.type == FieldChange::Type::Refs ? quoted(r) : r);
        for (const QString &a : f.added)
            parts << u'+' + (f.type == FieldChange::Type::Refs ? quoted(a) : a);
        if (parts.isEmpty()) // the same links in another order
            parts << QStringLiteral("order %1 → %2").arg(quoted(f.before), quoted(f.after));
        return s + parts.join(u' ');
    }
    case FieldChange::Type::Text:
    case FieldChange::Type::Markdown:
    {
        // A text of several lines: each on a line of its own, indented.
        QStringList lines = markedText(f.words).split(u'\n');
        while (lines.size() > 1 && lines.last().trimmed().isEmpty())
            lines.removeLast();
        for (qsizetype i = 1; i < lines.size(); ++i)
            lines[i] = lines[i].trimmed().isEmpty() ? QString() : QStringLiteral("    ") + lines[i];
        return s + lines.join(u'\n');
    }
    case FieldChange::Type::Picture:
        if (!f.words.isEmpty())
            s += QStringLiteral("alt text ") + markedText(f.words) + QStringLiteral("; ");
        return s + (f.before.isEmpty() ? QStringLiteral("added") : f.after.isEmpty() ? QStringLiteral("removed") : QStringLiteral("replaced"));
    default:
        return s + QStringLiteral("%1 → %2").arg(f.before.isEmpty() ? QStringLiteral("(none)") : f.before, f.after.isEmpty() ? QStringLiteral("(none)") : f.after);
    }
}

} // namespace

QString diffReport(const PlanDiff &diff)
{
    if (diff.isEmpty())
        return QStringLiteral("no changes\n");
    ChangeCounts all;
    const auto counts = countChanges(diff);
    for (const auto &[kind, c] : counts) {
        all.added += c.added;
        all.removed += c.removed;
        all.moved += c.moved;
        all.changed += c.changed;
    }
    QString s = QStringLiteral("%1%2\n").arg(countsText(all), diff.info.isEmpty() ? QString() : QStringLiteral("; the plan's facts changed"));
    for (const auto &[kind, c] : counts)
        s += QStringLiteral("  %1: %2\n").arg(kind, countsText(c));
    if (!diff.info.isEmpty()) {
        s += QStringLiteral("\nplan\n");
        for (const FieldChange &f : diff.info)
            s += fieldText(f) + u'\n';
    }
    for (const EntityChange &e : diff.entities) {
        s += QStringLiteral("\n%1 %2 %3").arg(e.kind, placeText(e.place), quoted(e.title));
        if (e.added)
            s += QStringLiteral(": added");
        else if (e.removed)
            s += QStringLiteral(": removed");
        if (e.reparented)
            s += QStringLiteral(": moved from %1 (%2) to %3").arg(e.oldParent.isEmpty() ? QStringLiteral("the top level") : quoted(e.oldParent), placeText(e.oldPlace),
                                                                    e.newParent.isEmpty() ? QStringLiteral("the top level") : quoted(e.newParent));
        else if (e.reordered)
            s += QStringLiteral(": moved from %1").arg(placeText(e.oldPlace));
        s += u'\n';
        for (const FieldChange &f : e.fields)
            s += fieldText(f) + u'\n';
    }
    return s;
}

} // namespace planverk
