// An error the user can cause: a bad file, bad JSON, a bad template.
// It names the file and the place (line:column, JSON path or field), so the
// message can be shown as is in the CLI and in the editor's dialogs.
#pragma once

#include <QString>

#include <stdexcept>

namespace planverk {

class PlanError : public std::runtime_error
{
public:
    PlanError(QString file, QString place, QString message)
        : std::runtime_error(compose(file, place, message).toStdString())
        , m_file(std::move(file)), m_place(std::move(place)), m_message(std::move(message))
    {}

    const QString &file() const { return m_file; }
    const QString &place() const { return m_place; }
    const QString &message() const { return m_message; }
    /// "file:place: message", or "file: message" when there is no place.
    QString toString() const { return compose(m_file, m_place, m_message); }

    static QString compose(const QString &file, const QString &place, const QString &message)
    {
        QString s = file;
        if (!place.isEmpty())
            s += (place.startsWith('/') ? QStringLiteral(": ") : QStringLiteral(":")) + place;
        if (!s.isEmpty())
            s += QStringLiteral(": ");
        return s + message;
    }

private:
    QString m_file;
    QString m_place;
    QString m_message;
};

} // namespace planverk
