#include "entrynumbers.h"

#include "entitypage.h"
#include "model/kindtexts.h"
#include "render/labels.h"

namespace planverk {

QHash<QUuid, QString> EntryNumbers::goals(const Plan &plan)
{
    const QString prefix = entryNumber(interfaceLanguage(), Kind<Goal>::table, QString());
    QHash<QUuid, QString> out;
    forEachEntryNumbered<Goal>(plan, [&](const Goal &g, const QString &number) { out.insert(g.id, prefix + number); });
    return out;
}

QString EntryNumbers::goal(const QString &place) { return entryNumber(interfaceLanguage(), Kind<Goal>::table, place); }

QString EntryNumbers::action(qsizetype index) { return entryNumber(interfaceLanguage(), Kind<Action>::table, QString::number(index + 1)); }

} // namespace planverk
