// Spell checking in the plan's document language (nb, nn or en) through
// Hunspell and Debian's dictionaries (hunspell-no, hunspell-en-gb), with the
// user's own word list beside them.
//
// A Hunspell handle is not thread-safe and a Norwegian dictionary takes a
// second to load, so each dictionary is loaded once per process, in a thread
// of its own when first needed, and shared by every checker; once loaded it is
// used on the GUI thread only. Until it is there, nothing is underlined. Answers are
// cached per word, so a keystroke in a long text costs hash lookups, not
// dictionary searches. The preference (on/off) lives in QSettings; the user's
// words in a file in the user's config folder, one word a line (UTF-8).
#pragma once

#include "spelling/spellwords.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace planverk {

class SpellChecker : public QObject
{
    Q_OBJECT
public:
    /// Reads the preference and the user's word list.
    explicit SpellChecker(QObject *parent = nullptr);
    ~SpellChecker() override;

    /// The editor's checker (one per process).
    static SpellChecker *shared();
    /// Where the words the user added are kept.
    static QString personalDictionaryPath();

    bool isEnabled() const { return m_enabled; }
    /// Switches checking on or off, and remembers it.
    void setEnabled(bool on);

    /// The plan's document language: nb, nn or en.
    QString language() const { return m_language; }
    void setLanguage(const QString &code);
    /// Waits until the language's dictionary is loaded (tests, benchmarks); false
    /// when there is none (a package missing). Meanwhile nothing is underlined.
    bool waitForDictionary();

    /// True for a correct word, a word of the user's list, and whenever
    /// checking is off or there is no dictionary.
    bool isCorrect(const QString &word);
    /// The misspelled words of `text` (nothing when checking is off).
    QList<WordSpan> misspellings(QStringView text);
    /// What the dictionary proposes instead, best first.
    QStringList suggestions(const QString &word, int max = 8);
    /// Adds the word to the user's list (in the file at once); it is correct
    /// from now on. False when the file could not be written.
    bool addToPersonalDictionary(const QString &word);

    /// A loaded dictionary (one per language and process, shared by every checker).
    struct Dictionary;

Q_SIGNALS:
    /// The answers may have changed (language, on/off, the user's list): check again.
    void changed();

private:
    Dictionary *dictionary();
    bool isPersonal(const QString &word) const;

    bool m_enabled = true;
    QString m_language = QStringLiteral("nb");
    QSet<QString> m_personal;
};

} // namespace planverk
