// An error the user can cause: a bad file, bad JSON, a bad template.
// It names the file and the place (line:column, JSON path or field), so the
// message can be shown as is in the CLI and in the editor's dialogs.
#pragma once

#include <QString>

#include <algorithm>
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

    /// The same, with every control character shown visibly (see visible()).
    static QString compose(const QString &file, const QString &place, const QString &message)
    {
        QString s = file;
        if (!place.isEmpty())
            s += (place.startsWith('/') ? QStringLiteral(": ") : QStringLiteral(":")) + place;
        if (!s.isEmpty())
            s += QStringLiteral(": ");
        return visible(s + message);
    }

    /// `text` (quoting a file, a name, a value from a file) with the
    /// characters a terminal or a layout would act on instead of showing
    /// written as escapes: C0 and C1 controls and DEL (ESC as \x1b, BEL as
    /// \x07, CR as \x0d, ...), line and paragraph separators, and the bidi
    /// embeddings, overrides and isolates (as \u202e).
    static QString visible(const QString &text)
    {
        auto shown = [](char16_t c) {
            return c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0) && !(c >= 0x202a && c <= 0x202e)
                && !(c >= 0x2066 && c <= 0x2069) && c != 0x2028 && c != 0x2029;
        };
        if (std::all_of(text.cbegin(), text.cend(), [&](QChar c) { return shown(c.unicode()); }))
            return text;
        QString out;
        out.reserve(text.size() + 16);
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (shown(u))
                out += c;
            else if (u < 0x100)
                out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
            else
                out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        }
        return out;
    }

private:
    QString m_file;
    QString m_place;
    QString m_message;
};

} // namespace planverk
