// JSON interchange of a whole plan (docs/file-format.md).
//
// Export is deterministic: keys in a fixed order, lists in plan order, two
// spaces of indentation and a final newline, so the same plan always gives the
// same bytes. Import checks syntax (file:line:column), structure (JSON path
// and what was expected) and references; it throws PlanError on the first
// problem and returns nothing half-read.
#pragma once

#include "model/plan.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace planverk {

inline constexpr const char *kJsonFormatName = "planverk-plan";
inline constexpr int kJsonFormatVersion = 1;
/// Deeper nesting than this is refused before parsing.
inline constexpr int kJsonMaxDepth = 64;
/// No text field of a plan may be longer than this (characters).
inline constexpr qsizetype kMaxTextLength = 1'000'000;

QByteArray exportPlanJson(const Plan &plan);

/// `fileName` is used in error messages only. The plan's `versions` are
/// not read here (io/versionjson.h reads them).
Plan importPlanJson(const QByteArray &bytes, const QString &fileName);
/// The same, from the parsed document.
Plan importPlanJsonValue(const nlohmann::json &root, const QString &fileName);

/// One entry of kind T (model/kinds.h) from its JSON object as a plan file
/// holds it, checked as importPlanJson() checks it, except that the entries
/// it links to are not looked up (they are not at hand). Its sub-entries, if
/// the object holds them, are read too. Errors name `where`.
template<class T> T importEntryJson(const nlohmann::json &entry, const QString &where);

/// One entry of kind T as a plan file holds it, its own fields and links
/// without its sub-entries: the keys an edit of it changes (a server's
/// merge of two editors' changes compares them key by key).
template<class T> nlohmann::ordered_json exportEntryJson(const T &entry);

/// Reads a file from disk and imports it; errors name the file.
Plan readPlanJsonFile(const QString &path);

/// Any JSON document (template data): syntax errors as file:line:column,
/// nesting limited to kJsonMaxDepth.
/// What a JSON value is, for messages: "a string", "an array", "null" …
const char *jsonTypeName(const nlohmann::json &j);

nlohmann::json parseJson(const QByteArray &bytes, const QString &fileName);
nlohmann::json readJsonFile(const QString &path);

} // namespace planverk
