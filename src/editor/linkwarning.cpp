#include "linkwarning.h"

#include "entitypage.h"
#include "model/kindtexts.h"
#include "render/labels.h"

#include <QLocale>

namespace planverk {

namespace {

QString kindText(const char *text) { return QCoreApplication::translate("planverk::PlanEditor", text); }

// How the warning names an entry that links: "Mål M1.2", "Tiltak T3" for the
// kinds the navigator numbers (numbered as the documents and the navigator
// number them, in the interface's language), otherwise by its first text ("Euromontana").
template<class T>
QString entryName(const T &entry, const QString &number)
{
    if constexpr (isNumbered<T>) {
        QString label = kindText(Kind<T>::label);
        if (!label.isEmpty())
            label[0] = label[0].toUpper();
        return label + ' ' + entryNumber(interfaceLanguage(), Kind<T>::table, number);
    } else {
        return firstTextOf(entry);
    }
}

} // namespace

QStringList LinkWarning::linksTo(const Plan &plan, EntityKind kind, const QUuid &id)
{
    // The entry and what goes with it (a goal's sub-goals).
    const QList<QUuid> targets = visitKind(kind, [&](auto blank) {
        using K = decltype(blank);
        const K *e = findEntity<K>(plan, id);
        return e ? idsWithin(*e) : QList<QUuid>{id};
    });
    QStringList out;
    forEachKind([&]<class T>() {
        forEachEntryNumbered<T>(plan, [&](const T &e, const QString &number) {
            if (linksToAny(e, targets))
                out << entryName(e, number);
        });
    });
    return out;
}

QString LinkWarning::text(const Plan &plan, EntityKind kind, const QUuid &id)
{
    const QStringList names = linksTo(plan, kind, id);
    if (names.isEmpty())
        return {};
    // "A, B og C" in the interface's language.
    const QString list = QLocale().createSeparatedList(names);
    // "this goal", or "this goal or its sub-goals" when it has some.
    const QString what = visitKind(kind, [&](auto blank) {
        using K = decltype(blank);
        if constexpr (nests<K>) {
            const K *e = findEntity<K>(plan, id);
            if (e && !children(*e).isEmpty())
                return kindText(KindTexts<K>::thisEntryOrBelow);
        }
        return kindText(KindTexts<K>::thisEntry);
    });
    return (names.size() == 1 ? tr("%1 links to %2.") : tr("%1 link to %2.")).arg(list, what);
}

} // namespace planverk
