// Who is editing, as a follow-up report's "Rapportert av" names them: the
// name given in Rediger ▸ Innstillinger (setting "user/name"), else the
// account's full name, else its login name.
#pragma once

#include <QString>

namespace planverk {

namespace ReporterName {

/// The settings key of the user's own name.
inline constexpr const char *settingsKey = "user/name";

/// The name a report made now is signed with; never empty.
QString current();
/// The account's full name (the password file's GECOS field), else its login name.
QString ofAccount();

} // namespace ReporterName

} // namespace planverk
