#include "spelling/spellchecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPointer>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QThread>

#include <hunspell.hxx>

#include <map>
#include <memory>

namespace planverk {

namespace {

const QString kEnabledKey = QStringLiteral("spelling/enabled");

// Debian's file names for the plan's languages.
QString dictionaryName(const QString &language)
{
    if (language == QLatin1String("nn"))
        return QStringLiteral("nn_NO");
    if (language == QLatin1String("en"))
        return QStringLiteral("en_GB");
    return QStringLiteral("nb_NO");
}

// /usr/share/hunspell (hunspell-*), or the same under another XDG data folder.
QString findDictionary(const QString &name)
{
    for (const QString &folder : {QStringLiteral("hunspell"), QStringLiteral("myspell"), QStringLiteral("myspell/dicts")}) {
        const QString dic = QStandardPaths::locate(QStandardPaths::GenericDataLocation, folder + '/' + name + QStringLiteral(".dic"));
        if (!dic.isEmpty() && QFile::exists(dic.chopped(4) + QStringLiteral(".aff")))
            return dic.chopped(4);
    }
    const QString system = QStringLiteral("/usr/share/hunspell/") + name;
    return QFile::exists(system + QStringLiteral(".dic")) ? system : QString();
}

} // namespace

struct SpellChecker::Dictionary {
    std::unique_ptr<Hunspell> hunspell;
    QStringEncoder encoder; // to the dictionary's encoding (ISO-8859-1 for nb and nn)
    QStringDecoder decoder;
    QHash<QString, bool> answers;

    /// The word in the dictionary's encoding; empty when it has letters the encoding lacks.
    std::string encode(const QString &word)
    {
        encoder.resetState();
        const QByteArray bytes = encoder.encode(word);
        if (encoder.hasError())
            return {};
        return bytes.toStdString();
    }
    QString decode(const std::string &bytes)
    {
        decoder.resetState();
        return decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    }
};

namespace {

// A dictionary is loaded once per process, in a thread of its own (the
// Norwegian ones take a second), and shared by every checker; it is used on
// the GUI thread only.
struct Entry {
    std::unique_ptr<SpellChecker::Dictionary> dictionary;
    QThread *loading = nullptr;
    bool done = false;
    QList<QPointer<SpellChecker>> waiting; // to check again once it is there
};

std::map<QString, Entry> &registry()
{
    static std::map<QString, Entry> loaded;
    return loaded;
}

std::unique_ptr<SpellChecker::Dictionary> load(const QString &base)
{
    auto d = std::make_unique<SpellChecker::Dictionary>();
    d->hunspell = std::make_unique<Hunspell>(QFile::encodeName(base + QStringLiteral(".aff")).constData(),
                                             QFile::encodeName(base + QStringLiteral(".dic")).constData());
    // Debian's Norwegian dictionaries are ISO-8859-1: words go in and come out converted.
    const auto known = QStringConverter::encodingForName(d->hunspell->get_dic_encoding());
    const QStringConverter::Encoding e = known ? *known : QStringConverter::Latin1;
    d->encoder = QStringEncoder(e);
    d->decoder = QStringDecoder(e);
    return d;
}

} // namespace

SpellChecker::SpellChecker(QObject *parent) : QObject(parent)
{
    m_enabled = QSettings().value(kEnabledKey, true).toBool();
    QFile file(personalDictionaryPath());
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QString word = QString::fromUtf8(line).trimmed();
            if (!word.isEmpty())
                m_personal.insert(word);
        }
    }
}

SpellChecker::~SpellChecker()
{
    // A dictionary still loading (the program ends): let its thread finish; the
    // dictionary arrives in the registry all the same if the event loop goes on.
    for (auto &[name, e] : registry()) {
        if (e.loading) {
            e.loading->wait();
            delete e.loading;
            e.loading = nullptr;
        }
    }
}

SpellChecker *SpellChecker::shared()
{
    static QPointer<SpellChecker> checker;
    if (!checker)
        checker = new SpellChecker(QCoreApplication::instance());
    return checker;
}

QString SpellChecker::personalDictionaryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/ordbok.txt");
}

void SpellChecker::setEnabled(bool on)
{
    QSettings().setValue(kEnabledKey, on);
    if (on == m_enabled)
        return;
    m_enabled = on;
    Q_EMIT changed();
}

void SpellChecker::setLanguage(const QString &code)
{
    if (code == m_language)
        return;
    m_language = code;
    if (m_enabled)
        dictionary(); // starts loading it
    Q_EMIT changed();
}

SpellChecker::Dictionary *SpellChecker::dictionary()
{
    const QString name = dictionaryName(m_language);
    Entry &e = registry()[name];
    if (e.done)
        return e.dictionary.get();
    if (!e.loading) {
        const QString base = findDictionary(name);
        if (base.isEmpty()) {
            e.done = true;
            return nullptr;
        }
        auto result = std::make_shared<std::unique_ptr<Dictionary>>();
        e.loading = QThread::create([result, base] { *result = load(base); });
        QObject::connect(e.loading, &QThread::finished, QCoreApplication::instance(), [name, result] {
            Entry &done = registry()[name];
            done.dictionary = std::move(*result);
            done.done = true;
            if (done.loading)
                done.loading->deleteLater();
            done.loading = nullptr;
            for (const QPointer<SpellChecker> &c : std::exchange(done.waiting, {}))
                if (c)
                    Q_EMIT c->changed();
        });
        e.loading->start();
    }
    if (!e.waiting.contains(this))
        e.waiting << this;
    return nullptr;
}

bool SpellChecker::waitForDictionary()
{
    dictionary();
    const Entry &e = registry()[dictionaryName(m_language)];
    if (e.loading) {
        e.loading->wait();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    }
    return dictionary() != nullptr;
}

namespace {

// The dictionary's answer, from the cache when it has been asked before. `word` may
// be raw data (QString::fromRawData): what the cache keeps is a copy.
bool inDictionary(SpellChecker::Dictionary &d, const QString &word)
{
    auto cached = d.answers.constFind(word);
    if (cached != d.answers.cend())
        return *cached;
    QString lookup(word.constData(), word.size());
    lookup.replace(QChar(u'\u2019'), QLatin1Char('\''));
    const std::string bytes = d.encode(lookup);
    // A word with letters the dictionary's encoding cannot hold is not in it: leave it be (Łódź).
    const bool correct = bytes.empty() || d.hunspell->spell(bytes);
    if (d.answers.size() > 200000)
        d.answers.clear();
    d.answers.insert(QString(word.constData(), word.size()), correct);
    return correct;
}

} // namespace

bool SpellChecker::isPersonal(const QString &word) const
{
    if (m_personal.isEmpty())
        return false;
    // As added, or capitalised at the start of a sentence.
    return m_personal.contains(word) || (word[0].isUpper() && m_personal.contains(word[0].toLower() + word.mid(1)));
}

bool SpellChecker::isCorrect(const QString &word)
{
    if (!m_enabled || word.isEmpty())
        return true;
    Dictionary *d = dictionary();
    return !d || inDictionary(*d, word) || isPersonal(word);
}

QList<WordSpan> SpellChecker::misspellings(QStringView text)
{
    QList<WordSpan> out;
    Dictionary *d = m_enabled ? dictionary() : nullptr;
    if (!d)
        return out;
    for (const WordSpan &w : wordsToCheck(text)) {
        const QString word = QString::fromRawData(text.data() + w.start, w.length); // no copy
        if (!inDictionary(*d, word) && !isPersonal(word))
            out.append(w);
    }
    return out;
}

QStringList SpellChecker::suggestions(const QString &word, int max)
{
    QStringList out;
    Dictionary *d = dictionary();
    if (!d)
        return out;
    const std::string bytes = d->encode(word);
    if (bytes.empty())
        return out;
    for (const std::string &s : d->hunspell->suggest(bytes)) {
        if (out.size() >= max)
            break;
        out << d->decode(s);
    }
    return out;
}

bool SpellChecker::addToPersonalDictionary(const QString &word)
{
    const QString w = word.trimmed();
    if (w.isEmpty() || m_personal.contains(w))
        return true;
    m_personal.insert(w);
    QDir().mkpath(QFileInfo(personalDictionaryPath()).absolutePath());
    QStringList words(m_personal.cbegin(), m_personal.cend());
    words.sort();
    QSaveFile file(personalDictionaryPath());
    const bool saved = file.open(QIODevice::WriteOnly | QIODevice::Text) && file.write((words.join('\n') + '\n').toUtf8()) >= 0 && file.commit();
    Q_EMIT changed();
    return saved;
}

} // namespace planverk
