#include "reportername.h"

#include <QSettings>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace planverk {

QString ReporterName::ofAccount()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(getuid())) {
        // "Kari Nordmann,Rom 12,,": the full name is the first field.
        const QString full = QString::fromLocal8Bit(pw->pw_gecos ? pw->pw_gecos : "").section(QLatin1Char(','), 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
        if (pw->pw_name && *pw->pw_name)
            return QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"})
        if (const QString v = qEnvironmentVariable(variable).trimmed(); !v.isEmpty())
            return v;
    return QStringLiteral("?");
}

QString ReporterName::current()
{
    const QString own = QSettings().value(QLatin1String(settingsKey)).toString().trimmed();
    return own.isEmpty() ? ofAccount() : own;
}

} // namespace planverk
