// Texts compared word by word, as a reader of Norwegian would: a text is cut
// into lines first (a Markdown paragraph, heading or list item each), lines
// that changed are then compared by their words. A word is a run of letters
// (æ, ø, å and every other) and digits, hyphenated compounds kept whole
// ("Innlandet-Dalarna", "EU-programmene"); punctuation and whitespace are
// tokens of their own; Markdown markers stay whole ("**", a list marker
// "- " or "2. " at the start of a line).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace planverk {

struct TextPiece {
    enum class Op { Same, Deleted, Inserted };
    Op op = Op::Same;
    QString text;

    bool operator==(const TextPiece &) const = default;
};

/// The tokens of `text`, which joined give `text` back.
QStringList wordTokens(const QString &text);

/// How `before` became `after`: pieces in reading order, which joined
/// without the inserted ones give `before` and without the deleted ones
/// give `after`. Within a changed stretch the deleted text comes first.
QList<TextPiece> diffText(const QString &before, const QString &after);

/// "Ordet [-gammelt-]{+nytt+}", for tests and plain-text summaries.
QString markedText(const QList<TextPiece> &pieces);

} // namespace planverk
