#include "render/placeholderfiller.h"

#include <QRegularExpression>

namespace planverk {

namespace {

const QRegularExpression &bracket()
{
    static const QRegularExpression re(QStringLiteral("\\[([^\\[\\]]{1,80})\\]"));
    return re;
}

} // namespace

const QString *PlaceholderFiller::valueOf(const QString &name) const
{
    const QString key = name.simplified();
    for (const Placeholder &p : m_values)
        for (const QString &n : p.names)
            if (key.compare(n, Qt::CaseInsensitive) == 0)
                return &p.value;
    return nullptr;
}

void PlaceholderFiller::note(const QString &name)
{
    if (!valueOf(name) && name.simplified().compare(kContentsMarker, Qt::CaseInsensitive) != 0 && !m_unknown.contains(name))
        m_unknown << name;
}

QString PlaceholderFiller::filled(const QString &text)
{
    QStringList pieces{text};
    QList<bool> changed{false};
    fill(pieces, changed);
    return pieces.first();
}

void PlaceholderFiller::fill(QStringList &texts, QList<bool> &changed)
{
    changed = QList<bool>(texts.size(), false);
    const QString joined = texts.join(QString());
    if (!joined.contains('['))
        return;
    QList<QRegularExpressionMatch> all;
    auto it = bracket().globalMatch(joined);
    while (it.hasNext())
        all << it.next();
    for (const auto &m : all)
        note(m.captured(1));
    // From the last to the first: the offsets of the earlier ones stay right.
    for (qsizetype m = all.size() - 1; m >= 0; --m) {
        const QRegularExpressionMatch &match = all[m];
        const QString *v = valueOf(match.captured(1));
        if (!v || v->isEmpty())
            continue;
        auto locate = [&texts](qsizetype at, bool end) {
            qsizetype base = 0;
            for (int i = 0; i < texts.size(); ++i) {
                const qsizetype len = texts[i].size();
                if (end ? at <= base + len : at < base + len)
                    return std::pair<int, qsizetype>(i, at - base);
                base += len;
            }
            return std::pair<int, qsizetype>(int(texts.size()) - 1, texts.last().size());
        };
        const auto [first, startOffset] = locate(match.capturedStart(), false);
        const auto [last, endOffset] = locate(match.capturedEnd(), true);
        if (first == last) {
            texts[first].replace(startOffset, match.capturedLength(), *v);
        } else {
            texts[first] = texts[first].left(startOffset) + *v;
            for (int i = first + 1; i < last; ++i)
                texts[i].clear();
            texts[last] = texts[last].mid(endOffset);
            for (int i = first + 1; i <= last; ++i)
                changed[i] = true;
        }
        changed[first] = true;
    }
}

} // namespace planverk
