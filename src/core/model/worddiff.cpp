#include "model/worddiff.h"

#include "model/sequencediff.h"

namespace planverk {

namespace {

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing; }

// A list marker at the start of a line: "- ", "* ", "+ ", "12. ", "3) ", after any indentation.
int listMarkerLength(const QString &text, int at)
{
    int i = at;
    while (i < text.size() && (text[i] == u' ' || text[i] == u'\t'))
        ++i;
    int j = i;
    if (j < text.size() && (text[j] == u'-' || text[j] == u'*' || text[j] == u'+')) {
        ++j;
    } else {
        while (j < text.size() && j - i < 9 && text[j].isDigit())
            ++j;
        if (j == i || j >= text.size() || (text[j] != u'.' && text[j] != u')'))
            return 0;
        ++j;
    }
    if (j < text.size() && text[j] == u' ') // the marker needs a space after it
        return j + 1 - at;
    return 0;
}

} // namespace

QStringList wordTokens(const QString &text)
{
    QStringList tokens;
    int i = 0;
    const int n = int(text.size());
    bool lineStart = true;
    while (i < n) {
        if (lineStart) {
            lineStart = false;
            if (const int len = listMarkerLength(text, i)) {
                tokens.append(text.mid(i, len));
                i += len;
                continue;
            }
        }
        const QChar c = text[i];
        int j = i + 1;
        if (isWordChar(c)) {
            // Letters and digits, and a hyphen (or apostrophe) between two of them.
            while (j < n) {
                if (isWordChar(text[j]))
                    ++j;
                else if ((text[j] == u'-' || text[j] == u'\'' || text[j] == u'\u2019') && j + 1 < n && isWordChar(text[j + 1]))
                    j += 2;
                else
                    break;
            }
        } else if (c == u'\n') {
            lineStart = true;
        } else if (c.isSpace()) {
            while (j < n && text[j].isSpace() && text[j] != u'\n')
                ++j;
        } else {
            // Punctuation: a run of the same mark is one token ("**", "...", "__").
            while (j < n && text[j] == c)
                ++j;
        }
        tokens.append(text.mid(i, j - i));
        i = j;
    }
    return tokens;
}

namespace {

QStringList lines(const QString &text)
{
    QStringList out;
    int start = 0;
    for (int i = 0; i < text.size(); ++i)
        if (text[i] == u'\n') {
            out.append(text.mid(start, i + 1 - start));
            start = i + 1;
        }
    if (start < text.size())
        out.append(text.mid(start));
    return out;
}

void append(QList<TextPiece> &out, TextPiece::Op op, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().op == op)
        out.last().text += text;
    else
        out.append({op, text});
}

void diffWordsInto(QList<TextPiece> &out, const QString &before, const QString &after)
{
    const QStringList a = wordTokens(before), b = wordTokens(after);
    const QList<Edit> edits = shortestEdit(a, b);
    // A lone space (or other whitespace) kept between two changes reads better
    // as part of them: "[-to tre-]{+fire fem+}" instead of "[-to-]{+fire+} [-tre-]{+fem+}".
    QList<TextPiece> raw;
    for (const Edit &e : edits)
        raw.append({e.op == EditOp::Same ? TextPiece::Op::Same : e.op == EditOp::Delete ? TextPiece::Op::Deleted : TextPiece::Op::Inserted,
                    e.op == EditOp::Insert ? b[e.b] : a[e.a]});
    // Only between two replacements: a space between two insertions stays a kept space.
    auto replaces = [&raw](int from, int step) {
        bool del = false, ins = false;
        for (int j = from; j >= 0 && j < raw.size() && raw[j].op != TextPiece::Op::Same; j += step)
            (raw[j].op == TextPiece::Op::Deleted ? del : ins) = true;
        return del && ins;
    };
    for (int i = 1; i + 1 < raw.size(); ++i)
        if (raw[i].op == TextPiece::Op::Same && raw[i].text.trimmed().isEmpty() && !raw[i].text.contains(u'\n') && raw[i - 1].op != TextPiece::Op::Same
            && raw[i + 1].op != TextPiece::Op::Same && replaces(i - 1, -1) && replaces(i + 1, 1)) {
            const QString space = raw[i].text;
            raw[i] = {TextPiece::Op::Deleted, space};
            raw.insert(i + 1, {TextPiece::Op::Inserted, space});
            ++i;
        }
    // Within each changed stretch, what was deleted first, then what was inserted.
    int i = 0;
    while (i < raw.size()) {
        if (raw[i].op == TextPiece::Op::Same) {
            append(out, TextPiece::Op::Same, raw[i].text);
            ++i;
            continue;
        }
        QString del, ins;
        for (; i < raw.size() && raw[i].op != TextPiece::Op::Same; ++i)
            (raw[i].op == TextPiece::Op::Deleted ? del : ins) += raw[i].text;
        append(out, TextPiece::Op::Deleted, del);
        append(out, TextPiece::Op::Inserted, ins);
    }
}

} // namespace

QList<TextPiece> diffText(const QString &before, const QString &after)
{
    QList<TextPiece> out;
    if (before == after) {
        append(out, TextPiece::Op::Same, before);
        return out;
    }
    const QStringList a = lines(before), b = lines(after);
    const QList<Edit> edits = shortestEdit(a, b);
    int i = 0;
    while (i < edits.size()) {
        if (edits[i].op == EditOp::Same) {
            append(out, TextPiece::Op::Same, a[edits[i].a]);
            ++i;
            continue;
        }
        // A changed stretch of lines: compared word by word.
        QString del, ins;
        for (; i < edits.size() && edits[i].op != EditOp::Same; ++i)
            (edits[i].op == EditOp::Delete ? del : ins) += edits[i].op == EditOp::Delete ? a[edits[i].a] : b[edits[i].b];
        if (del.isEmpty() || ins.isEmpty()) {
            append(out, TextPiece::Op::Deleted, del);
            append(out, TextPiece::Op::Inserted, ins);
        } else {
            diffWordsInto(out, del, ins);
        }
    }
    return out;
}

QString markedText(const QList<TextPiece> &pieces)
{
    QString s;
    for (const TextPiece &p : pieces)
        switch (p.op) {
        case TextPiece::Op::Same: s += p.text; break;
        case TextPiece::Op::Deleted: s += QStringLiteral("[-") + p.text + QStringLiteral("-]"); break;
        case TextPiece::Op::Inserted: s += QStringLiteral("{+") + p.text + QStringLiteral("+}"); break;
        }
    return s;
}

} // namespace planverk
