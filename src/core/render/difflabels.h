// Words of the change document "Endringer fra A til B" in nb, nn and en,
// beside the plan document's own labels (labels.h).
#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace planverk {

/// The change document's labels as {"key": "text"} in `language` (nb when unknown).
nlohmann::json diffLabelsFor(const QString &language);
/// One of them, or the plan document's label of the same key, or the key itself.
QString diffLabelFor(const QString &language, const QString &key);

} // namespace planverk
