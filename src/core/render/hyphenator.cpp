#include "render/hyphenator.h"

#include <QFile>

#include <hyphen.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace planverk {

namespace {

constexpr QChar kSoftHyphen(0x00AD);

struct Dictionaries {
    std::mutex mutex;
    std::map<QString, HyphenDict *> loaded; // nullptr: looked for, not found
};

Dictionaries &dictionaries()
{
    static Dictionaries *d = new Dictionaries; // lives as long as the process, like the patterns
    return *d;
}

QString fileFor(const QString &language)
{
    static const std::map<QString, QString> files = {
        {QStringLiteral("nb"), QStringLiteral("hyph_nb_NO.dic")},
        {QStringLiteral("nn"), QStringLiteral("hyph_nn_NO.dic")},
        {QStringLiteral("en"), QStringLiteral("hyph_en_GB.dic")},
    };
    const auto it = files.find(language);
    if (it == files.end())
        return {};
    for (const char *dir : {"/usr/share/hyphen/", "/usr/local/share/hyphen/"}) {
        const QString path = QString::fromLatin1(dir) + it->second;
        if (QFile::exists(path))
            return path;
    }
    return {};
}

HyphenDict *dictionaryFor(const QString &language)
{
    Dictionaries &d = dictionaries();
    const std::lock_guard<std::mutex> lock(d.mutex);
    const auto it = d.loaded.find(language);
    if (it != d.loaded.end())
        return it->second;
    const QString path = fileFor(language);
    HyphenDict *dict = path.isEmpty() ? nullptr : hnj_hyphen_load(QFile::encodeName(path).constData());
    d.loaded.emplace(language, dict);
    return dict;
}

bool isWordLetter(QChar c) { return c.isLetter() && c != kSoftHyphen; }

} // namespace

std::jthread preloadHyphenation(const QString &language)
{
    return std::jthread([language] { dictionaryFor(language.left(2).toLower()); });
}

bool looksLikeAddress(QStringView token)
{
    return token.contains(u'@') || token.contains(u"://") || token.startsWith(u"www.", Qt::CaseInsensitive)
        || token.startsWith(u"mailto:", Qt::CaseInsensitive);
}

Hyphenator::Hyphenator(const QString &language)
{
    HyphenDict *dict = dictionaryFor(language.left(2).toLower());
    m_dict = dict;
    m_utf8 = dict && dict->utf8;
}

QString Hyphenator::word(const QString &w)
{
    if (!m_dict || w.size() < kMinWordLength)
        return w;
    const auto it = m_cache.constFind(w);
    if (it != m_cache.constEnd())
        return *it;
    const QString out = hyphenate(w);
    m_cache.insert(w, out);
    return out;
}

QString Hyphenator::hyphenate(const QString &w) const
{
    // Acronyms and names in capitals (EUROMONTANA) stay whole.
    if (w.toUpper() == w)
        return w;
    const QString lower = w.toLower();
    if (lower.size() != w.size())
        return w;
    QByteArray bytes;
    if (m_utf8) {
        // In a UTF-8 pattern file the positions count bytes: only plain ASCII words.
        for (QChar c : lower)
            if (c.unicode() > 0x7f)
                return w;
        bytes = lower.toLatin1();
    } else {
        for (QChar c : lower)
            if (c.unicode() > 0xff)
                return w;
        bytes = lower.toLatin1();
    }
    const int n = int(bytes.size());
    std::vector<char> hyphens(size_t(n) + 5, '0');
    char **rep = nullptr;
    int *pos = nullptr;
    int *cut = nullptr;
    auto *dict = static_cast<HyphenDict *>(const_cast<void *>(m_dict));
    const int failed = hnj_hyphen_hyphenate3(dict, bytes.constData(), n, hyphens.data(), nullptr, &rep, &pos, &cut,
                                             kMinLeft, kMinRight, kMinLeft, kMinRight);
    QString out;
    if (!failed) {
        out.reserve(w.size() + 8);
        for (int i = 0; i < n; ++i) {
            out += w[i];
            // An odd digit is a break after letter i; one that changes the
            // letters around it (non-standard hyphenation, "buss-sjåfør")
            // cannot be said with a soft hyphen and is skipped.
            const bool changes = rep && rep[i];
            if ((hyphens[size_t(i)] & 1) && !changes && i + 1 >= kMinLeft && n - i - 1 >= kMinRight)
                out += kSoftHyphen;
        }
    }
    if (rep) {
        for (int i = 0; i < n; ++i)
            std::free(rep[i]);
        std::free(rep);
    }
    std::free(pos);
    std::free(cut);
    return failed ? w : out;
}

QString Hyphenator::text(const QString &text)
{
    if (!m_dict)
        return text;
    QString out;
    out.reserve(text.size() + text.size() / 16);
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        if (text[i].isSpace()) {
            out += text[i++];
            continue;
        }
        int end = i;
        while (end < n && !text[end].isSpace())
            ++end;
        const QStringView token = QStringView(text).mid(i, end - i);
        if (looksLikeAddress(token)) {
            out += token;
            i = end;
            continue;
        }
        // The token's letter runs are words; a character reference is copied whole.
        int j = i;
        while (j < end) {
            if (text[j] == u'&') {
                int k = j + 1;
                while (k < end && k - j < 12 && (text[k].isLetterOrNumber() || text[k] == u'#'))
                    ++k;
                if (k < end && text[k] == u';') {
                    out += QStringView(text).mid(j, k + 1 - j);
                    j = k + 1;
                    continue;
                }
            }
            if (!isWordLetter(text[j])) {
                out += text[j++];
                continue;
            }
            int k = j;
            while (k < end && isWordLetter(text[k]))
                ++k;
            out += word(text.mid(j, k - j));
            j = k;
        }
        i = end;
    }
    return out;
}

} // namespace planverk
