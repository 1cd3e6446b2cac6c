#include "render/difflabels.h"

#include "render/labels.h"

#include <cstring>

namespace planverk {

namespace {

struct DiffLabel {
    const char *key;
    const char *nb;
    const char *nn;
    const char *en;
};

// clang-format off
const DiffLabel kDiffLabels[] = {
    {"changesFrom", "Endringer fra %1 til %2", "Endringar frå %1 til %2", "Changes from %1 to %2"},
    {"changes", "Endringer", "Endringar", "Changes"},
    {"summary", "Oversikt", "Oversikt", "Summary"},
    {"legend", "Slik leser du endringene", "Slik les du endringane", "How to read the changes"},
    {"legendInserted", "Understreket tekst er lagt til.", "Understreka tekst er lagd til.", "Underlined text was added."},
    {"legendDeleted", "Gjennomstreket tekst er fjernet.", "Gjennomstreka tekst er fjerna.", "Struck-through text was removed."},
    {"insertedMark", "lagt til", "lagd til", "added"},
    {"deletedMark", "fjernet", "fjerna", "removed"},
    {"part", "Del av planen", "Del av planen", "Part of the plan"},
    {"added", "Lagt til", "Lagd til", "Added"},
    {"removed", "Fjernet", "Fjerna", "Removed"},
    {"moved", "Flyttet", "Flytta", "Moved"},
    {"changed", "Endret", "Endra", "Changed"},
    {"total", "I alt", "I alt", "Total"},
    {"noChanges", "Planene er like: ingenting er endret.", "Planane er like: ingenting er endra.", "The plans are the same: nothing has changed."},
    {"planFacts", "Om planen", "Om planen", "About the plan"},
    {"factsChanged", "Opplysninger om planen endret", "Opplysningar om planen endra", "Facts about the plan changed"},
    {"movedFrom", "Flyttet fra %1 til %2", "Flytta frå %1 til %2", "Moved from %1 to %2"},
    {"movedUnder", "Flyttet fra «%1» til «%2»", "Flytta frå «%1» til «%2»", "Moved from “%1” to “%2”"},
    {"topLevel", "øverste nivå", "øvste nivå", "the top level"},
    {"none", "(ingen)", "(ingen)", "(none)"},
    {"pictureAdded", "Bilde lagt til", "Bilete lagt til", "Picture added"},
    {"pictureRemoved", "Bilde fjernet", "Bilete fjerna", "Picture removed"},
    {"pictureReplaced", "Bildet er byttet ut", "Biletet er bytt ut", "Picture replaced"},
    {"altText", "Alternativ tekst", "Alternativ tekst", "Alternative text"},
    // Chapters of the change list, one per kind.
    {"kind.section", "Tekstdeler", "Tekstdelar", "Text sections"},
    {"kind.goal", "Mål", "Mål", "Goals"},
    {"kind.theme", "Tematiske prioriteringer", "Tematiske prioriteringar", "Thematic priorities"},
    {"kind.instrument", "Virkemidler", "Verkemiddel", "Instruments"},
    {"kind.membership", "Nettverk og medlemskap", "Nettverk og medlemskap", "Networks and memberships"},
    {"kind.partnership", "Samarbeid", "Samarbeid", "Partnerships"},
    {"kind.action", "Handlingsplan", "Handlingsplan", "Action plan"},
    {"kind.processing", "Politisk behandling", "Politisk handsaming", "Political processing"},
    {"kind.amendment", "Tilleggs- og endringsforslag", "Tilleggs- og endringsframlegg", "Amendments"},
    {"kind.contact", "Kontakter", "Kontaktar", "Contacts"},
    {"kind.reference", "Referanser", "Referansar", "References"},
    // Fields the plan document has no label of its own for.
    {"field.goals", "Mål", "Mål", "Goals"},
    {"field.url", "Nettadresse", "Nettadresse", "Web address"},
    {"field.text", "Tekst", "Tekst", "Text"},
    {"field.votesFor", "Stemmer for", "Røyster for", "Votes for"},
    {"field.votesAgainst", "Stemmer mot", "Røyster mot", "Votes against"},
    {"field.votesNote", "Merknad til avstemningen", "Merknad til røystinga", "Note on the vote"},
    {"field.group", "Gruppe", "Gruppe", "Group"},
    {"field.note", "Merknad", "Merknad", "Note"},
    {"field.subtitle", "Undertittel", "Undertittel", "Subtitle"},
    {"field.periodStart", "Periode fra", "Periode frå", "Period from"},
    {"field.periodEnd", "Periode til", "Periode til", "Period to"},
    {"field.language", "Dokumentets språk", "Dokumentet sitt språk", "Language of the document"},
    {"field.website", "Nettside", "Nettside", "Website"},
    {"field.shortTitle", "Stikktittel", "Stikktittel", "Short title"},
    {"field.accentColour", "Profilfarge", "Profilfarge", "Accent colour"},
    {"field.logo", "Logo", "Logo", "Logo"},
    {"field.coverImage", "Forsidebilde", "Framsidebilete", "Cover picture"},
    {"field.body", "Organ", "Organ", "Body"},
};
// clang-format on

int languageIndex(const QString &language) { return language == QLatin1String("nn") ? 1 : language == QLatin1String("en") ? 2 : 0; }

const char *pick(const DiffLabel &l, int i) { return i == 1 ? l.nn : i == 2 ? l.en : l.nb; }

} // namespace

nlohmann::json diffLabelsFor(const QString &language)
{
    nlohmann::json out = labelsFor(language);
    const int i = languageIndex(language);
    for (const DiffLabel &l : kDiffLabels)
        if (!std::strchr(l.key, '.'))
            out[l.key] = pick(l, i);
    return out;
}

QString diffLabelFor(const QString &language, const QString &key)
{
    const int i = languageIndex(language);
    for (const DiffLabel &l : kDiffLabels)
        if (key == QLatin1String(l.key))
            return QString::fromUtf8(pick(l, i));
    const QByteArray k = key.toLatin1();
    const QString plain = labelFor(language, k.startsWith("field.") ? k.constData() + 6 : k.constData());
    return plain.isEmpty() ? key : plain;
}

} // namespace planverk
