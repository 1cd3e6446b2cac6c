#include "render/labels.h"

#include <QHash>

#include <cstring>

namespace planverk {

namespace {

struct Label {
    const char *key;
    const char *nb;
    const char *nn;
    const char *en;
};

// clang-format off
const Label kLabels[] = {
    {"contents", "Innhold", "Innhald", "Contents"},
    {"page", "Side", "Side", "Page"},
    {"pageOf", "av", "av", "of"},
    {"title", "Tittel", "Tittel", "Title"},
    {"documentType", "Type dokument", "Type dokument", "Document type"},
    {"planType", "Plantype", "Plantype", "Type of plan"},
    {"owner", "Eier/virksomhet", "Eigar/verksemd", "Owner"},
    {"author", "Forfatter", "Forfattar", "Author"},
    {"adoptedBy", "Vedtatt av", "Vedteke av", "Adopted by"},
    {"adoptedDate", "Dato vedtatt", "Dato vedteke", "Date adopted"},
    {"caseNumber", "Saksnummer", "Saksnummer", "Case number"},
    {"photoCredit", "Fotograf", "Fotograf", "Photo"},
    {"photoBy", "Foto", "Foto", "Photo"},
    {"period", "Periode", "Periode", "Period"},
    {"status", "Status", "Status", "Status"},
    {"organisation", "Organisasjon", "Organisasjon", "Organisation"},
    {"summary", "Sammendrag", "Samandrag", "Summary"},
    {"goals", "Mål", "Mål", "Goals"},
    {"mainGoal", "Hovedmål", "Hovudmål", "Main goal"},
    {"goal", "Mål", "Mål", "Goal"},
    {"subgoals", "Delmål", "Delmål", "Sub-goals"},
    {"subgoal", "Delmål", "Delmål", "Sub-goal"},
    {"subgoalsByTheme", "Delmål etter tema", "Delmål etter tema", "Sub-goals by theme"},
    {"area", "Område", "Område", "Area"},
    {"themes", "Tematiske prioriteringer", "Tematiske prioriteringar", "Thematic priorities"},
    {"theme", "Tema", "Tema", "Theme"},
    {"withoutTheme", "Uten tema", "Utan tema", "Without a theme"},
    {"instruments", "Virkemidler", "Verkemiddel", "Instruments"},
    {"memberships", "Nettverk og medlemskap", "Nettverk og medlemskap", "Networks and memberships"},
    {"membership", "Organisasjon", "Organisasjon", "Organisation"},
    {"acronym", "Forkortelse", "Forkorting", "Acronym"},
    {"category", "Type", "Type", "Type"},
    {"servesGoals", "Bidrar til", "Bidreg til", "Serves"},
    {"servedBy", "Nettverk og medlemskap", "Nettverk og medlemskap", "Networks and memberships"},
    {"partnerships", "Samarbeid", "Samarbeid", "Partnerships"},
    {"partner", "Samarbeidspartner", "Samarbeidspartnar", "Partner"},
    {"country", "Land", "Land", "Country"},
    {"intermediary", "Gjennom", "Gjennom", "Through"},
    {"since", "Siden", "Sidan", "Since"},
    {"actionPlan", "Handlingsplan", "Handlingsplan", "Action plan"},
    {"action", "Tiltak", "Tiltak", "Action"},
    {"actions", "Tiltak", "Tiltak", "Actions"},
    {"responsible", "Ansvarlig", "Ansvarleg", "Responsible"},
    {"deadline", "Frist", "Frist", "Deadline"},
    {"budget", "Budsjett", "Budsjett", "Budget"},
    {"relatedGoals", "Mål", "Mål", "Goals"},
    // Goals are numbered M1, M1.2 (G1, G1.2) and actions T1 (A1): never
    // mistaken for the chapter and section numbers beside them.
    {"goalPrefix", "M", "M", "G"},
    {"actionPrefix", "T", "T", "A"},
    {"processing", "Politisk behandling", "Politisk handsaming", "Political processing"},
    {"body", "Organ", "Organ", "Body"},
    {"date", "Dato", "Dato", "Date"},
    {"outcome", "Utfall", "Utfall", "Outcome"},
    {"decision", "Vedtak", "Vedtak", "Decision"},
    {"amendments", "Tilleggs- og endringsforslag", "Tilleggs- og endringsframlegg", "Amendments"},
    {"amendment", "Forslag", "Framlegg", "Amendment"},
    {"proposers", "Forslagsstillere", "Forslagsstillarar", "Proposed by"},
    {"presentedBy", "Fremmet av", "Fremja av", "Presented by"},
    {"votes", "Stemmer", "Røyster", "Votes"},
    {"votesFor", "for", "for", "for"},
    {"votesAgainst", "mot", "mot", "against"},
    {"contacts", "Kontakter", "Kontaktar", "Contacts"},
    {"name", "Navn", "Namn", "Name"},
    {"role", "Rolle", "Rolle", "Role"},
    {"email", "E-post", "E-post", "E-mail"},
    {"phone", "Telefon", "Telefon", "Phone"},
    {"references", "Referanser", "Referansar", "References"},
    {"sdgs", "Bærekraftsmål", "Berekraftsmål", "Sustainable Development Goals"},
    {"sdg", "Bærekraftsmål", "Berekraftsmål", "SDG"},
    {"description", "Beskrivelse", "Skildring", "Description"},
    {"skipToContent", "Hopp til innhold", "Hopp til innhald", "Skip to content"},
    {"generatedBy", "Laget med Planverk", "Laga med Planverk", "Made with Planverk"},
    // Codes
    {"planType.strategy", "Strategi", "Strategi", "Strategy"},
    {"planType.goals-and-action-plan", "Mål- og handlingsplan", "Mål- og handlingsplan", "Goals and action plan"},
    {"planType.thematic-strategy", "Temastrategi", "Temastrategi", "Thematic strategy"},
    {"planType.cooperation", "Samarbeidsavtale", "Samarbeidsavtale", "Cooperation agreement"},
    {"planType.other", "Plan", "Plan", "Plan"},
    {"status.started", "Oppstart", "Oppstart", "Started"},
    {"status.draft", "Utkast", "Utkast", "Draft"},
    {"status.consultation", "På høring", "På høyring", "Out for consultation"},
    {"status.adopted", "Vedtatt", "Vedteke", "Adopted"},
    {"status.archived", "Erstattet/arkivert", "Erstatta/arkivert", "Superseded/archived"},
    // The mark a plan that is not adopted carries on every page ("statusMark.adopted" has none).
    {"statusMark.started", "Utkast", "Utkast", "Draft"},
    {"statusMark.draft", "Utkast", "Utkast", "Draft"},
    {"statusMark.consultation", "Høringsutkast", "Høyringsutkast", "Consultation draft"},
    {"category.political", "Politisk organisasjon", "Politisk organisasjon", "Political organisation"},
    {"category.professional", "Faglig nettverk", "Fagleg nettverk", "Professional network"},
    {"category.border-committee", "Grensekomité", "Grensekomité", "Border committee"},
    {"category.agreement", "Samarbeidsavtale", "Samarbeidsavtale", "Cooperation agreement"},
    {"category.other", "Annet", "Anna", "Other"},
    {"actionStatus.planned", "Planlagt", "Planlagt", "Planned"},
    {"actionStatus.ongoing", "Pågår", "Pågår", "Ongoing"},
    {"actionStatus.done", "Fullført", "Fullført", "Done"},
    {"actionStatus.cancelled", "Avlyst", "Avlyst", "Cancelled"},
    {"outcome.adopted", "Vedtatt", "Vedteke", "Adopted"},
    {"outcome.adopted-unanimously", "Enstemmig vedtatt", "Samrøystes vedteke", "Adopted unanimously"},
    {"outcome.rejected", "Ikke vedtatt", "Ikkje vedteke", "Rejected"},
    {"outcome.withdrawn", "Trukket", "Trekt", "Withdrawn"},
    {"outcome.postponed", "Utsatt", "Utsett", "Postponed"},
};

const char *const kSdgs[17][3] = {
    {"Utrydde fattigdom", "Utrydde fattigdom", "No poverty"},
    {"Utrydde sult", "Utrydde svolt", "Zero hunger"},
    {"God helse og livskvalitet", "God helse og livskvalitet", "Good health and well-being"},
    {"God utdanning", "God utdanning", "Quality education"},
    {"Likestilling mellom kjønnene", "Likestilling mellom kjønna", "Gender equality"},
    {"Rent vann og gode sanitærforhold", "Reint vatn og gode sanitærforhold", "Clean water and sanitation"},
    {"Ren energi til alle", "Rein energi til alle", "Affordable and clean energy"},
    {"Anstendig arbeid og økonomisk vekst", "Anstendig arbeid og økonomisk vekst", "Decent work and economic growth"},
    {"Industri, innovasjon og infrastruktur", "Industri, innovasjon og infrastruktur", "Industry, innovation and infrastructure"},
    {"Mindre ulikhet", "Mindre ulikskap", "Reduced inequalities"},
    {"Bærekraftige byer og lokalsamfunn", "Berekraftige byar og lokalsamfunn", "Sustainable cities and communities"},
    {"Ansvarlig forbruk og produksjon", "Ansvarleg forbruk og produksjon", "Responsible consumption and production"},
    {"Stoppe klimaendringene", "Stoppe klimaendringane", "Climate action"},
    {"Livet i havet", "Livet i havet", "Life below water"},
    {"Livet på land", "Livet på land", "Life on land"},
    {"Fred, rettferdighet og velfungerende institusjoner", "Fred, rettferd og velfungerande institusjonar", "Peace, justice and strong institutions"},
    {"Samarbeid for å nå målene", "Samarbeid for å nå måla", "Partnerships for the goals"},
};

const char *const kMonths[12][2] = {
    {"januar", "January"}, {"februar", "February"}, {"mars", "March"}, {"april", "April"},
    {"mai", "May"}, {"juni", "June"}, {"juli", "July"}, {"august", "August"},
    {"september", "September"}, {"oktober", "October"}, {"november", "November"}, {"desember", "December"},
};
// clang-format on

int languageIndex(const QString &language)
{
    if (language == QLatin1String("nn"))
        return 1;
    if (language == QLatin1String("en"))
        return 2;
    return 0;
}

const char *pick(const Label &l, int index) { return index == 1 ? l.nn : index == 2 ? l.en : l.nb; }

const QHash<QString, const Label *> &index()
{
    static const QHash<QString, const Label *> h = [] {
        QHash<QString, const Label *> m;
        for (const Label &l : kLabels)
            m.insert(QString::fromLatin1(l.key), &l);
        return m;
    }();
    return h;
}

} // namespace

nlohmann::json labelsFor(const QString &language)
{
    const int i = languageIndex(language);
    nlohmann::json out = nlohmann::json::object();
    for (const Label &l : kLabels)
        if (!std::strchr(l.key, '.'))
            out[l.key] = pick(l, i);
    return out;
}

QString labelFor(const QString &language, const char *key)
{
    const Label *l = index().value(QString::fromLatin1(key));
    return l ? QString::fromUtf8(pick(*l, languageIndex(language))) : QString::fromLatin1(key);
}

QString entryNumber(const QString &language, const char *table, const QString &place)
{
    const QByteArray key = QByteArray(table) + QByteArrayLiteral("Prefix");
    return labelFor(language, key.constData()) + place;
}

QString codeLabel(const QString &language, const char *group, const QString &code)
{
    if (code.isEmpty())
        return {};
    const Label *l = index().value(QString::fromLatin1(group) + '.' + code);
    return l ? QString::fromUtf8(pick(*l, languageIndex(language))) : code;
}

QString sdgName(const QString &language, int number)
{
    if (number < 1 || number > 17)
        return {};
    return QString::fromUtf8(kSdgs[number - 1][languageIndex(language)]);
}

QString formatDate(const QString &language, const QDate &date)
{
    if (!date.isValid())
        return {};
    const bool english = languageIndex(language) == 2;
    const QString month = QString::fromUtf8(kMonths[date.month() - 1][english ? 1 : 0]);
    return english ? QStringLiteral("%1 %2 %3").arg(date.day()).arg(month).arg(date.year())
                   : QStringLiteral("%1. %2 %3").arg(date.day()).arg(month).arg(date.year());
}

QString formatAmount(const QString &language, qint64 kroner)
{
    const bool english = languageIndex(language) == 2;
    QString digits = QString::number(kroner);
    const QChar sep = english ? QChar(',') : QChar(0x00A0); // no-break space between groups of three
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, sep);
    if (english)
        return QStringLiteral("NOK ") + digits;
    return digits + QChar(0x00A0) + QStringLiteral("kr");
}

} // namespace planverk
