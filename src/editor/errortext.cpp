#include "errortext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace planverk {

namespace {

// The core's messages about files (store/, io/), with %1 … for what varies.
const char *const kKnown[] = {
    QT_TRANSLATE_NOOP("planverk::ErrorText", "no such file"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "is a folder, not a plan file"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "cannot be read: %1"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "the file is empty, not a Planverk plan"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "the file is empty; expected a Planverk plan in JSON"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "is a JSON file, not a .planverk plan file; import it with 'planverk-cli import'"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "is not a Planverk plan (not an SQLite database)"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "is truncated: the database header is incomplete"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "is truncated: the database needs %1 bytes but the file has %2"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "is an SQLite database of another program, not a Planverk plan (application_id 0x%1)"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "was written by a newer Planverk (schema version %1; this version reads up to %2)"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "has no Planverk schema (user_version 0); the file is damaged"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "is damaged and cannot be read: %1"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "is damaged: %1"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "is open read-only; the change was not saved"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "exists already; it was left as it is"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "cannot be created: the folder %1 does not exist"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "cannot be copied for reading"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "the copy could not be written: %1"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "cannot be written: %1"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "could not be written completely: %1"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "could not be saved: %1"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "nested more than %1 levels deep"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "was moved, renamed or deleted while it was open; nothing more is saved to it"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "was changed by another program while it was open; nothing more is saved to it"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "is being written by another program; try again"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "cannot be copied for reading: %1"),
    // A plan on a server (issue 15): the driver's own text (%1, %2) stays as the server wrote it.
    QT_TRANSLATE_NOOP("planverk::ErrorText", "lost the connection to the server and cannot connect again (%1): %2"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "lost the connection to the server and cannot connect again: %1"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "cannot connect to the server: %1"),
    QT_TRANSLATE_NOOP("planverk::ErrorText", "another editor has changed the %1 \"%2\" since your edit; undoing it would overwrite their work, so it was not undone"),
};

// A message whose %1 is a kind's label (Kind<T>::label).
bool namesKind(const char *known) { return QByteArrayView(known).startsWith("another editor has changed the %1 "); }

} // namespace

QString ErrorText::message(const QString &english)
{
    for (const char *known : kKnown) {
        const QString source = QString::fromUtf8(known);
        // The English text as a pattern: %1, %2 … match what was put in.
        QString pattern = QRegularExpression::escape(source);
        pattern.replace(QRegularExpression(QStringLiteral("\\\\%\\d")), QStringLiteral("(.*)")); // escaped: \%1
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"),
                                                             QRegularExpression::DotMatchesEverythingOption).match(english);
        if (!m.hasMatch())
            continue;
        QString out = QCoreApplication::translate("planverk::ErrorText", known);
        for (int i = 1; i <= m.lastCapturedIndex(); ++i) {
            // The kind an entry is of ("goal"): the core says it in English,
            // by the registry's label (kinds.h), which the editor translates.
            const bool kind = namesKind(known) && i == 1;
            out = out.arg(kind ? QCoreApplication::translate("planverk::PlanEditor", m.captured(i).toUtf8().constData()) : m.captured(i));
        }
        return out;
    }
    return english;
}

QString ErrorText::of(const PlanError &error) { return PlanError::compose(error.file(), error.place(), message(error.message())); }

} // namespace planverk
