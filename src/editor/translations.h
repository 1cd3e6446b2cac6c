// The interface's language: Planverk's own texts and Qt's (buttons, file and
// print dialogs, context menus). Qt 6.4 ships Nynorsk (qtbase_nn.qm, Debian's
// qt6-translations-l10n) but no Bokmål: resources/translations/qtbase_nb.ts
// provides the Qt texts Planverk shows, compiled into the program.
#pragma once

#include <QString>

namespace planverk {

/// Sets the default locale and installs the translators for `language`
/// (nb, nn or en) on the application; the translators live until it ends.
void installTranslations(const QString &language);

} // namespace planverk
