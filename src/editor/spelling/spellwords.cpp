#include "spelling/spellwords.h"

namespace planverk {

namespace {

bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019'; }
bool isWordChar(QChar c) { return c.isLetterOrNumber() || c.isMark(); }

// A stretch without spaces that is an address as a whole: https://…, www.…, mailto:…, name@host.
bool isAddress(QStringView chunk)
{
    return chunk.contains(u"://") || chunk.contains(u'@') || chunk.startsWith(u"www.", Qt::CaseInsensitive)
        || chunk.startsWith(u"mailto:", Qt::CaseInsensitive) || chunk.startsWith(u"<http", Qt::CaseInsensitive);
}

// A word worth a lookup: no digits, more than one letter, not an acronym (EU,
// AER) nor a name with capitals inside (FrP, iPhone).
bool worthChecking(QStringView word)
{
    if (word.size() < 2)
        return false;
    int upper = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        if (c.isDigit())
            return false;
        if (c.isUpper()) {
            ++upper;
            if (i > 0)
                return false;
        }
    }
    return true;
}

void wordsInChunk(QStringView text, int from, int to, QList<WordSpan> &out)
{
    int i = from;
    while (i < to) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        int end = i;
        // Letters and digits, with apostrophes inside ("don't", "FN's").
        while (end < to && (isWordChar(text[end]) || (isApostrophe(text[end]) && end + 1 < to && isWordChar(text[end + 1]) && end > i)))
            ++end;
        const bool entity = i > from && text[i - 1] == u'&' && end < to && text[end] == u';'; // &amp;
        if (!entity && worthChecking(text.mid(i, end - i)))
            out.append({i, end - i});
        i = end;
    }
}

} // namespace

QList<WordSpan> wordsToCheck(QStringView text)
{
    QList<WordSpan> out;
    const int n = int(text.size());
    int i = 0;
    bool inCode = false;
    while (i < n) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        int end = i;
        while (end < n && !text[end].isSpace())
            ++end;
        // The chunk i..end, split at code spans (`…`) that may run across chunks.
        int from = i;
        for (int k = i; k <= end; ++k) {
            if (k == end || text[k] == u'`') {
                if (!inCode && k > from) {
                    QStringView chunk = text.mid(from, k - from);
                    // [link text](https://…): the text is prose, the target is not.
                    const qsizetype target = chunk.indexOf(u"](");
                    const int stop = target >= 0 ? from + int(target) : k;
                    if (!isAddress(text.mid(from, stop - from)))
                        wordsInChunk(text, from, stop, out);
                }
                if (k < end)
                    inCode = !inCode;
                from = k + 1;
            }
        }
        i = end;
    }
    return out;
}

} // namespace planverk
