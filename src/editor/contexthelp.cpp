#include "contexthelp.h"

#include "dateedit.h"
#include "markdownedit.h"

#include <QListWidget>

namespace planverk {

namespace {

// A Designer form's root widget ("GoalPage") → its short name ("goal").
QString formName(const QWidget *w)
{
    const QString n = w->objectName();
    if (n.size() > 4 && n.front().isUpper() && n.endsWith(QLatin1String("Page")))
        return n.chopped(4).toLower();
    return {};
}

QString formFor(const QWidget *w)
{
    for (; w; w = w->parentWidget())
        if (const QString f = formName(w); !f.isEmpty())
            return f;
    return {};
}

// Pages and parts of the window that have a section of their own.
QString sectionFor(const QString &objectName)
{
    static const QHash<QString, QString> sections{
        {QStringLiteral("PlanInfoPage"), QStringLiteral("plan-info")},
        {QStringLiteral("SectionPage"), QStringLiteral("sections")},
        {QStringLiteral("GoalPage"), QStringLiteral("goals")},
        {QStringLiteral("ThemePage"), QStringLiteral("themes")},
        {QStringLiteral("InstrumentPage"), QStringLiteral("instruments")},
        {QStringLiteral("MembershipPage"), QStringLiteral("memberships")},
        {QStringLiteral("PartnershipPage"), QStringLiteral("partnerships")},
        {QStringLiteral("ActionPage"), QStringLiteral("actions")},
        {QStringLiteral("ProcessingPage"), QStringLiteral("processing")},
        {QStringLiteral("AmendmentPage"), QStringLiteral("amendments")},
        {QStringLiteral("ContactPage"), QStringLiteral("contacts")},
        {QStringLiteral("ReferencePage"), QStringLiteral("references")},
        {QStringLiteral("navigator"), QStringLiteral("navigator")},
        {QStringLiteral("findField"), QStringLiteral("find")},
        {QStringLiteral("preview"), QStringLiteral("preview")},
        {QStringLiteral("problems"), QStringLiteral("problems")},
        {QStringLiteral("undoHistory"), QStringLiteral("undo-history")},
        {QStringLiteral("startPage"), QStringLiteral("start")},
        {QStringLiteral("categoryPage"), QStringLiteral("add-move-delete")},
        {QStringLiteral("followupPage"), QStringLiteral("followup")},
    };
    return sections.value(objectName);
}

} // namespace

QString helpAnchorFor(const QWidget *widget, const QSet<QString> &anchors)
{
    const QString form = formFor(widget);
    auto has = [&](const QString &a) { return !a.isEmpty() && anchors.contains(a); };
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QString name = w->objectName();
        if (name.isEmpty() || name.startsWith(QLatin1String("qt_")))
            continue;
        // The field itself: on its page first ("caseNumber" means one thing for the plan, another for a council meeting).
        if (!form.isEmpty() && formName(w).isEmpty()) {
            if (const QString a = QStringLiteral("field-%1-%2").arg(form, name); has(a))
                return a;
            if (const QString a = QStringLiteral("field-") + name; has(a))
                return a;
            // The kind of field.
            const QString kind = qobject_cast<const MarkdownEdit *>(w) ? QStringLiteral("markdown")
                               : qobject_cast<const DateEdit *>(w)     ? QStringLiteral("dates")
                               : qobject_cast<const QListWidget *>(w)  ? QStringLiteral("links")
                                                                       : QString();
            if (has(kind))
                return kind;
        }
        if (const QString a = sectionFor(name); has(a))
            return a;
    }
    return {};
}

} // namespace planverk
