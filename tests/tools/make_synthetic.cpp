// Writes a large synthetic plan as JSON for benchmarks:
//   planverk-make-synthetic OUT.json [GOALS [SUBGOALS [MEMBERSHIPS]]] [--text BYTES] [--followup]
// Defaults: 600 goals x 5 sub-goals, 700 memberships. --text gives every
// goal a description of about BYTES bytes (e.g. 26000 0 0 --text 2000: a
// plan of some 11 000 pages). --followup adds three reporting periods (2025,
// 2026, 2027; the first closed), a status report for every action in
// each, and an indicator on every goal with a baseline, four targets and a
// value per period (the report benchmark). Ids are derived from names (UUID v5), so the
// same arguments always give the same bytes.

#include "io/atomicfile.h"
#include "io/planjson.h"
#include "model/planerror.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace planverk;

namespace {

const QUuid kNamespace = QUuid::fromString(QStringLiteral("6f1f6c0e-5a4b-4f2c-9d1e-7a8b9c0d1e2f"));
QUuid idFor(const QString &name) { return QUuid::createUuidV5(kNamespace, name); }

const QStringList kAreas{QStringLiteral("Kultur"), QStringLiteral("Samferdsel"), QStringLiteral("Eiendom"), QStringLiteral("Næring"),
                         QStringLiteral("Kompetanse"), QStringLiteral("Folkehelse"), QStringLiteral("Klima og miljø")};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList a = app.arguments();
    int textBytes = 0;
    if (const qsizetype t = a.indexOf(QStringLiteral("--text")); t > 0 && t + 1 < a.size()) {
        textBytes = a[t + 1].toInt();
        a.remove(t, 2);
    }
    const bool followup = a.removeAll(QStringLiteral("--followup")) > 0;
    if (a.size() < 2) {
        QTextStream(stderr) << "usage: planverk-make-synthetic OUT.json [GOALS [SUBGOALS [MEMBERSHIPS]]] [--text BYTES] [--followup]\n";
        return 2;
    }
    const int goals = a.size() > 2 ? a[2].toInt() : 600;
    const int subgoals = a.size() > 3 ? a[3].toInt() : 5;
    const int memberships = a.size() > 4 ? a[4].toInt() : 700;

    Plan p;
    p.info.title = QStringLiteral("Syntetisk plan med %1 mål").arg(goals);
    p.info.organisation = QStringLiteral("Prøvefylket fylkeskommune");
    p.info.planType = QStringLiteral("goals-and-action-plan");
    p.info.periodStart = 2025;
    p.info.periodEnd = 2028;
    p.info.status = QStringLiteral("consultation");
    p.info.summary = QStringLiteral("En stor plan for å måle **ytelse**: mål, delmål, nettverk og tiltak.");

    for (int i = 0; i < 12; ++i)
        p.themes.append({idFor(QStringLiteral("theme%1").arg(i)), QStringLiteral("Tema %1 – grønn omstilling").arg(i + 1),
                         QStringLiteral("Beskrivelse av tema %1 med *vekt* på samarbeid.").arg(i + 1)});
    for (int s = 0; s < 8; ++s) {
        Section sec{idFor(QStringLiteral("section%1").arg(s)), QStringLiteral("Kapittel %1").arg(s + 1),
                    QStringLiteral("Dette kapitlet beskriver **bakgrunn** og formål for arbeidet. Fylkeskommunen skal være en synlig aktør i Europa.\n\n- punkt én\n- punkt to"), {}};
        for (int k = 0; k < 3; ++k)
            sec.sections.append({idFor(QStringLiteral("section%1.%2").arg(s).arg(k)), QStringLiteral("Underkapittel %1.%2").arg(s + 1).arg(k + 1),
                                 QStringLiteral("Tekst i underkapittel med æ, ø og å."), {}});
        p.sections.append(sec);
    }
    QString description = QStringLiteral("Målet handler om å *utvikle* løsninger gjennom europeisk samarbeid.");
    while (description.toUtf8().size() < textBytes)
        description += QStringLiteral(" Fylkeskommunen deltar i nettverk, prosjekter og partnerskap for å nå målet.");
    for (int g = 0; g < goals; ++g) {
        Goal goal{idFor(QStringLiteral("goal%1").arg(g)), QStringLiteral("Mål %1: styrke internasjonalt samarbeid på område %1").arg(g + 1),
                  kAreas[g % kAreas.size()], description, {p.themes[g % 12].id}, {g % 17 + 1}, {}};
        for (int s = 0; s < subgoals; ++s)
            goal.subgoals.append({idFor(QStringLiteral("goal%1.%2").arg(g).arg(s)), QStringLiteral("Delmål %1.%2: sikre deltakelse i prosjekter").arg(g + 1).arg(s + 1),
                                  kAreas[(g + s) % kAreas.size()], {}, {p.themes[(g + s) % 12].id}, {(g + s) % 17 + 1}, {}});
        p.goals.append(goal);
    }
    for (int m = 0; m < memberships; ++m) {
        Membership mem{idFor(QStringLiteral("membership%1").arg(m)), QStringLiteral("Europeisk nettverk nr. %1 for regioner").arg(m + 1), QStringLiteral("EN%1").arg(m + 1),
                       codes::membershipCategories[m % 4], QStringLiteral("Nettverket fremmer regionenes interesser."), QStringLiteral("https://example.org/%1").arg(m + 1), {}};
        if (goals > 0) {
            mem.goals.append(p.goals[m % goals].id);
            if (subgoals > 0)
                mem.goals.append(p.goals[(m * 7) % goals].subgoals[m % subgoals].id);
        }
        p.memberships.append(mem);
    }
    for (int i = 0; i < 200 && goals > 0; ++i)
        p.actions.append({idFor(QStringLiteral("action%1").arg(i)), QStringLiteral("Tiltak %1: årlig seminar").arg(i + 1), {}, QStringLiteral("Internasjonal enhet"),
                          QDate(2025 + i % 4, 1 + i % 12, 1 + i % 28), codes::actionStatuses[1 + i % 4], 10000 * (i + 1), {p.goals[i % goals].id}});
    Processing fu{idFor(QStringLiteral("proc0")), QStringLiteral("Fylkesutvalget"), QDate(2025, 3, 4), QStringLiteral("12/25"), QStringLiteral("adopted"), {}, {}};
    p.processing.append(fu);
    for (int c = 0; c < 20; ++c)
        p.contacts.append({idFor(QStringLiteral("contact%1").arg(c)), QStringLiteral("Kontakt %1 Ødegård").arg(c + 1), QStringLiteral("Rådgiver"), p.info.organisation,
                           QStringLiteral("Sekretariat"), QStringLiteral("kontakt%1@example.org").arg(c + 1), QStringLiteral("900 00 %1").arg(100 + c)});
    if (followup) {
        for (int y = 0; y < 3; ++y)
            p.followup.periods.append({idFor(QStringLiteral("period%1").arg(y)), QString::number(2025 + y), QDate(2025 + y, 1, 1), QDate(2025 + y, 12, 31), y < 1});
        for (int y = 0; y < 3; ++y)
            for (int i = 0; i < p.actions.size(); ++i)
                p.followup.reports.append({idFor(QStringLiteral("report%1.%2").arg(y).arg(i)), p.actions[i].id, p.followup.periods[y].id,
                                           codes::reportStatuses[(i + y) % 5], std::min(100, 20 * (y + 1) + i % 30),
                                           QStringLiteral("Rapport for **%1**: arbeidet går etter planen, med ett møte utsatt.").arg(2025 + y), QStringLiteral("Kontakt 1 Ødegård"),
                                           QDate(2026 + y, 1, 15)});
        for (int g = 0; g < p.goals.size(); ++g) {
            Indicator ind;
            ind.id = idFor(QStringLiteral("indicator%1").arg(g));
            ind.goal = p.goals[g].id;
            ind.name = QStringLiteral("Indikator %1: deltakere i prosjekter").arg(g + 1);
            ind.unit = QStringLiteral("antall");
            ind.source = QStringLiteral("SSB");
            ind.direction = g % 3 == 0 ? QStringLiteral("lower") : QStringLiteral("higher");
            ind.baselineValue = 100 + g % 50;
            ind.baselineYear = 2024;
            for (int y = 0; y < 4; ++y)
                ind.targets.append({2025 + y, 100.0 + g % 50 + 5 * (y + 1)});
            for (int y = 0; y < 3; ++y)
                ind.values.append({p.followup.periods[y].id, 100.0 + g % 50 + 4.5 * (y + 1) + (g % 7), {}, {}});
            p.followup.indicators.append(ind);
        }
    }
    try {
        writeFileAtomically(a[1], exportPlanJson(p));
    } catch (const PlanError &e) {
        QTextStream(stderr) << e.toString() << "\n";
        return 1;
    }
    return 0;
}
