// Which stretches of a text are words to spell-check. Web addresses, e-mail
// addresses, numbers, acronyms, code and the syntax of Markdown are not.
#pragma once

#include <QList>
#include <QStringView>

namespace planverk {

struct WordSpan {
    int start = 0;
    int length = 0;
    bool operator==(const WordSpan &) const = default;
};

/// The words of `text` to look up, in order.
QList<WordSpan> wordsToCheck(QStringView text);

} // namespace planverk
