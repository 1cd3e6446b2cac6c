// Words documents are printed with, in the plan's language (nb, nn, en).
#pragma once

#include <QDate>
#include <QString>

#include <nlohmann/json.hpp>

namespace planverk {

/// Every label as {"key": "text"} in `language`; unknown languages fall back to nb.
nlohmann::json labelsFor(const QString &language);
/// One label: labelFor("en", "contents") == "Contents".
QString labelFor(const QString &language, const char *key);
/// The label of a code ("status.adopted", "category.political", ...); empty for the empty code.
QString codeLabel(const QString &language, const char *group, const QString &code);
/// How the documents number an entry of a numbered kind (registry table
/// "goal" or "action") at `place` ("1.2", "3"): the kind's prefix label and
/// the place, "M1.2", "T3" (en "G1.2", "A3"). The editor calls it with the
/// interface language, so that it numbers as the documents do.
QString entryNumber(const QString &language, const char *table, const QString &place);
/// The UN Sustainable Development Goal's short name, 1..17.
QString sdgName(const QString &language, int number);

/// "11. juni 2014" (nb, nn) or "11 June 2014" (en); empty for an invalid date.
QString formatDate(const QString &language, const QDate &date);
/// "250 000 kr" (nb, nn) or "NOK 250,000" (en).
QString formatAmount(const QString &language, qint64 kroner);

} // namespace planverk
