// Bracket placeholders ([Tittel], [Dato] …) filled in text that a word
// processor has cut into pieces (Word's runs, ODF's spans): the pieces' text
// is joined, each placeholder replaced in the piece it starts in, and taken
// out of the pieces it spilled into.
#pragma once

#include "render/wordtemplate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace planverk {

class PlaceholderFiller
{
public:
    explicit PlaceholderFiller(QList<Placeholder> values) : m_values(std::move(values)) {}

    /// Fills the placeholders of the pieces side by side; `changed` marks the pieces whose text changed.
    void fill(QStringList &pieces, QList<bool> &changed);
    /// Fills the placeholders in one text.
    QString filled(const QString &text);
    /// Placeholders met that have no value known to Planverk, in order (the marker excepted).
    const QStringList &unknown() const { return m_unknown; }

private:
    const QString *valueOf(const QString &name) const;
    void note(const QString &name);

    QList<Placeholder> m_values;
    QStringList m_unknown;
};

} // namespace planverk
