// Norwegian (Bokmål, Nynorsk) and British English hyphenation with libhyphen
// and Debian's pattern files (hyphen-no, hyphen-en-gb): a long word gets soft
// hyphens (U+00AD) where it may break at a line end.
#pragma once

#include <QHash>
#include <QString>

#include <thread>

namespace planverk {

class Hyphenator
{
public:
    /// A hyphenator for `language` (nb, nn or en). The pattern file is read
    /// once per process and shared (read only) by every Hyphenator; without
    /// it (a language Planverk has no patterns for, or the package missing)
    /// nothing is hyphenated.
    explicit Hyphenator(const QString &language);

    bool isValid() const { return m_dict != nullptr; }

    /// Words shorter than this many letters are left whole.
    static constexpr int kMinWordLength = 7;
    /// Letters that stay together at the start and end of a word.
    static constexpr int kMinLeft = 2;
    static constexpr int kMinRight = 3;

    /// `word` (letters only) with soft hyphens at its hyphenation points.
    /// Short words, acronyms in capitals and words the patterns cannot read
    /// come back as they were. Remembers each word it has seen.
    QString word(const QString &word);

    /// Plain text with every long word hyphenated. A token (text between
    /// white space) that is an e-mail address or a web address is left whole,
    /// and so is an HTML character reference (&shy; &amp; …).
    QString text(const QString &text);

private:
    QString hyphenate(const QString &word) const;

    const void *m_dict = nullptr; // HyphenDict, owned by the process-wide table
    bool m_utf8 = false;
    QHash<QString, QString> m_cache;
};

/// Reads the pattern file of `language` (nb, nn or en) on a thread of its
/// own, while the caller goes on (a Hyphenator made meanwhile waits for it).
/// The thread is joined when the returned object is destroyed.
std::jthread preloadHyphenation(const QString &language);

/// Is `token` (no white space) an e-mail address or a web address?
bool looksLikeAddress(QStringView token);

} // namespace planverk
