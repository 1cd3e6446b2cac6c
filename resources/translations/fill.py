#!/usr/bin/env python3
"""Fills resources/translations/planverk_{nb,nn}.ts from the table below.

Run `lupdate src/editor ui src/core/model/planchecks.cpp src/core/model/kinds.h src/core/model/kindtexts.h -no-obsolete -ts resources/translations/planverk_nb.ts
resources/translations/planverk_nn.ts` first (not the update_translations build target: it scans only
planchecks.cpp), then this script. Source strings are English; a
string missing from the table is left unfinished, and the script lists it.
"""
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape, unescape

T = {  # English: (Bokmål, Nynorsk)
 'Action': ('Tiltak', 'Tiltak'), '&Title': ('&Tittel', '&Tittel'), 'Title': ('Tittel', 'Tittel'),
 '&Description': ('&Beskrivelse', '&Skildring'), 'Description': ('Beskrivelse', 'Skildring'),
 '&Responsible': ('&Ansvarlig', '&Ansvarleg'), 'Responsible': ('Ansvarlig', 'Ansvarleg'),
 'D&eadline': ('&Frist', '&Frist'), 'Deadline': ('Frist', 'Frist'), '&Status': ('&Status', '&Status'), 'Status': ('Status', 'Status'),
 '&Budget (NOK)': ('&Budsjett (kr)', '&Budsjett (kr)'), 'Budget (NOK)': ('Budsjett (kr)', 'Budsjett (kr)'),
 '&Goals': ('&Mål', '&Mål'), 'Goals': ('Mål', 'Mål'), 'Amendment': ('Forslag', 'Framlegg'),
 '&Proposed by (parties)': ('&Fremmet av (partier)', '&Fremja av (parti)'), 'Proposed by (parties)': ('Fremmet av (partier)', 'Fremja av (parti)'),
 'Pre&sented by': ('&Lagt fram av', '&Lagt fram av'), 'Presented by': ('Lagt fram av', 'Lagt fram av'),
 '&Text': ('&Tekst', '&Tekst'), 'Text': ('Tekst', 'Tekst'), '&Outcome': ('&Utfall', '&Utfall'), 'Outcome': ('Utfall', 'Utfall'),
 'Votes &for': ('Stemmer &for', 'Røyster &for'), 'Votes for': ('Stemmer for', 'Røyster for'),
 'Votes &against': ('Stemmer &mot', 'Røyster &mot'), 'Votes against': ('Stemmer mot', 'Røyster mot'),
 '&Note on the vote': ('&Merknad til avstemningen', '&Merknad til røystinga'), 'Note on the vote': ('Merknad til avstemningen', 'Merknad til røystinga'),
 'Contact': ('Kontakt', 'Kontakt'), '&Name': ('&Navn', '&Namn'), 'Name': ('Navn', 'Namn'), '&Role': ('&Rolle', '&Rolle'), 'Role': ('Rolle', 'Rolle'),
 '&Organisation': ('&Organisasjon', '&Organisasjon'), 'Organisation': ('Organisasjon', 'Organisasjon'),
 '&Group': ('&Gruppe', '&Gruppe'), 'Group': ('Gruppe', 'Gruppe'), '&E-mail': ('&E-post', '&E-post'), 'E-mail': ('E-post', 'E-post'),
 '&Phone': ('Tele&fon', 'Tele&fon'), 'Phone': ('Telefon', 'Telefon'), 'Goal': ('Mål', 'Mål'),
 'Policy &area': ('Politikk&område', 'Politikk&område'), 'Policy area': ('Politikkområde', 'Politikkområde'),
 'T&hemes': ('T&ema', 'T&ema'), 'Themes': ('Tema', 'Tema'),
 'UN &Sustainable Development Goals': ('FNs &bærekraftsmål', 'FNs &berekraftsmål'), 'UN Sustainable Development Goals': ('FNs bærekraftsmål', 'FNs berekraftsmål'),
 'Instrument': ('Virkemiddel', 'Verkemiddel'), 'Network or membership': ('Nettverk eller medlemskap', 'Nettverk eller medlemskap'),
 'A&cronym': ('For&kortelse', 'For&korting'), 'Acronym': ('Forkortelse', 'Forkorting'), 'T&ype': ('T&ype', 'T&ype'), 'Type': ('Type', 'Type'),
 '&Web address': ('&Nettadresse', '&Nettadresse'), 'Web address': ('Nettadresse', 'Nettadresse'),
 '&Goals it serves': ('&Mål det bidrar til', '&Mål det bidreg til'), 'Goals it serves': ('Mål det bidrar til', 'Mål det bidreg til'),
 'Partnership': ('Samarbeid', 'Samarbeid'), '&Partner': ('&Samarbeidspartner', '&Samarbeidspartnar'), 'Partner': ('Samarbeidspartner', 'Samarbeidspartnar'),
 '&Country': ('&Land', '&Land'), 'Country': ('Land', 'Land'), '&Through': ('&Gjennom', '&Gjennom'), 'Through': ('Gjennom', 'Gjennom'),
 '&Since': ('Si&den', 'Si&dan'), 'Since': ('Siden', 'Sidan'), 'About the plan': ('Om planen', 'Om planen'),
 'S&ubtitle': ('&Undertittel', '&Undertittel'), 'Subtitle': ('Undertittel', 'Undertittel'),
 'T&ype of plan': ('&Plantype', '&Plantype'), 'Type of plan': ('Plantype', 'Plantype'),
 'Period &from': ('Periode &fra', 'Periode &frå'), 'Period from': ('Periode fra', 'Periode frå'),
 'Period t&o': ('Periode t&il', 'Periode t&il'), 'Period to': ('Periode til', 'Periode til'),
 'Document &language': ('Dokumentets &språk', 'Dokumentet sitt &språk'), 'Document language': ('Dokumentets språk', 'Dokumentet sitt språk'),
 '&Document type': ('Type &dokument', 'Type &dokument'), 'Document type': ('Type dokument', 'Type dokument'),
 'O&wner': ('&Eier/virksomhet', '&Eigar/verksemd'), 'Owner': ('Eier/virksomhet', 'Eigar/verksemd'),
 '&Author': ('&Forfatter', '&Forfattar'), 'Author': ('Forfatter', 'Forfattar'),
 'Adopted &by': ('&Vedtatt av', '&Vedteke av'), 'Adopted by': ('Vedtatt av', 'Vedteke av'),
 'Date ado&pted': ('Dato vedt&att', 'Dato vedt&eke'), 'Date adopted': ('Dato vedtatt', 'Dato vedteke'),
 '&Case number': ('&Saksnummer', '&Saksnummer'), 'Case number': ('Saksnummer', 'Saksnummer'),
 'P&hoto credit': ('F&otograf', 'F&otograf'), 'Photo credit': ('Fotograf', 'Fotograf'),
 '&Web site': ('&Nettsted', '&Nettstad'), 'Web site': ('Nettsted', 'Nettstad'),
 'Su&mmary': ('Samm&endrag', 'Sam&andrag'), 'Summary': ('Sammendrag', 'Samandrag'),
 'Political processing': ('Politisk behandling', 'Politisk handsaming'), '&Body': ('&Organ', '&Organ'), 'Body': ('Organ', 'Organ'),
 '&Date': ('&Dato', '&Dato'), 'Date': ('Dato', 'Dato'), 'D&ecision': ('&Vedtak', '&Vedtak'), 'Decision': ('Vedtak', 'Vedtak'),
 'Reference': ('Referanse', 'Referanse'), '&Note': ('&Merknad', '&Merknad'), 'Note': ('Merknad', 'Merknad'),
 'Text section': ('Tekstdel', 'Tekstdel'), 'Te&xt': ('Te&kst', 'Te&kst'), 'Thematic priority': ('Tematisk prioritering', 'Tematisk prioritering'),
 'no date': ('ingen dato', 'ingen dato'), 'Delete or Backspace empties the date': ('Delete eller Backspace tømmer datoen', 'Delete eller Backspace tømer datoen'),
 'Plan navigator': ('Planens innhold', 'Innhaldet i planen'),
 '<h2>Planverk</h2><p>Open a plan (Ctrl+O), or start a new one from a sample (File ▸ New plan).</p>':
   ('<h2>Planverk</h2><p>Åpne en plan (Ctrl+O), eller start en ny fra et eksempel (Fil ▸ Ny plan).</p>',
    '<h2>Planverk</h2><p>Opna ein plan (Ctrl+O), eller start ein ny frå eit døme (Fil ▸ Ny plan).</p>'),
 '&Add': ('&Legg til', '&Legg til'), 'Find in titles and texts (Ctrl+F)': ('Søk i titler og tekster (Ctrl+F)', 'Søk i titlar og tekstar (Ctrl+F)'),
 'Find': ('Søk', 'Søk'), 'The change could not be saved': ('Endringen kunne ikke lagres', 'Endringa kunne ikkje lagrast'),
 'Preview': ('Forhåndsvisning', 'Førehandsvising'), 'Problems': ('Problemer', 'Problem'), '<opened>': ('<åpnet>', '<opna>'),
 'Undo history': ('Angrehistorikk', 'Angrehistorikk'), '&File': ('&Fil', '&Fil'), '&New plan': ('&Ny plan', '&Ny plan'),
 '&Empty plan…': ('&Tom plan …', '&Tom plan …'), 'From sample: %1': ('Fra eksempel: %1', 'Frå døme: %1'),
 '&Open…': ('&Åpne …', '&Opna …'), 'Open &recent': ('Åpne &nylig brukt', 'Opna &nyleg brukt'), '&Import JSON…': ('&Importer JSON …', '&Importer JSON …'),
 'Save a &copy…': ('Lagre som &kopi …', 'Lagre som &kopi …'), '&Export': ('&Eksporter', '&Eksporter'), '&PDF…': ('&PDF …', '&PDF …'),
 'PDF/&A for the archive…': ('PDF/&A for arkivet …', 'PDF/&A for arkivet …'), '&HTML for the web…': ('&HTML for nettsiden …', '&HTML for nettsida …'),
 '&ODT for a word processor…': ('&ODT for tekstbehandler …', '&ODT for tekstbehandlar …'), '&JSON…': ('&JSON …', '&JSON …'),
 '&Print…': ('Skriv &ut …', 'Skriv &ut …'), 'Print pre&view…': ('&Forhåndsvis utskrift …', '&Førehandsvis utskrift …'), '&Quit': ('&Avslutt', '&Avslutt'),
 '&Edit': ('&Rediger', '&Rediger'), '&Undo': ('&Angre', '&Angre'), '&Redo': ('&Gjør om', '&Gjer om'), 'Add &under': ('Legg til &under', 'Legg til &under'),
 '&Delete': ('&Slett', '&Slett'), 'Move &up': ('Flytt &opp', 'Flytt &opp'), 'Move do&wn': ('Flytt &ned', 'Flytt &ned'), '&Find…': ('&Søk …', '&Søk …'),
 'Find &next': ('Søk &neste', 'Søk &neste'), 'Find pre&vious': ('Søk &forrige', 'Søk &førre'), '&Preferences…': ('&Innstillinger …', '&Innstillingar …'),
 '&View': ('&Vis', '&Vis'), '&Help': ('&Hjelp', '&Hjelp'), '&About Planverk': ('&Om Planverk', '&Om Planverk'), 'Tools': ('Verktøy', 'Verktøy'),
 'Cannot import the plan': ('Kan ikke importere planen', 'Kan ikkje importere planen'), 'Keep the imported plan as': ('Lagre den importerte planen som', 'Lagre den importerte planen som'),
 'Planverk plans (*.planverk)': ('Planverk-planer (*.planverk)', 'Planverk-planar (*.planverk)'),
 '%1 is already open in another Planverk (process %2 on %3).': ('%1 er allerede åpen i et annet Planverk (prosess %2 på %3).', '%1 er alt open i eit anna Planverk (prosess %2 på %3).'),
 'The plan is open elsewhere': ('Planen er åpen et annet sted', 'Planen er open ein annan stad'), 'Open it read-only?': ('Vil du åpne den skrivebeskyttet?', 'Vil du opne han skriveverna?'),
 'Open &read-only': ('Åpne &skrivebeskyttet', 'Opna &skriveverna'), 'Cannot open the plan': ('Kan ikke åpne planen', 'Kan ikkje opne planen'),
 'exists already; choose another name': ('finnes allerede; velg et annet navn', 'finst alt; vel eit anna namn'),
 'Cannot create the plan': ('Kan ikke opprette planen', 'Kan ikkje opprette planen'), '&Undo %1': ('&Angre %1', '&Angre %1'), '&Redo %1': ('&Gjør om %1', '&Gjer om %1'),
 'Error': ('Feil', 'Feil'), 'Warning': ('Advarsel', 'Åtvaring'), 'No problems found.': ('Ingen problemer funnet.', 'Ingen problem funne.'),
 'Problems (%1)': ('Problemer (%1)', 'Problem (%1)'), '%1 – %2%3 – Planverk': ('%1 – %2%3 – Planverk', '%1 – %2%3 – Planverk'),
 '(untitled plan)': ('(plan uten tittel)', '(plan utan tittel)'), ' [read-only]': (' [skrivebeskyttet]', ' [skriveverna]'),
 'No plan open': ('Ingen plan er åpen', 'Ingen plan er open'), ' (read-only)': (' (skrivebeskyttet)', ' (skriveverna)'),
 ' — every change is saved': (' — alle endringer lagres straks', ' — alle endringar blir lagra med ein gong'),
 '%1 goals, %2 sub-goals, %3 memberships, %4 actions': ('%1 mål, %2 delmål, %3 medlemskap, %4 tiltak', '%1 mål, %2 delmål, %3 medlemskap, %4 tiltak'),
 'Cannot read the sample': ('Kan ikke lese eksempelet', 'Kan ikkje lese dømet'), 'New plan': ('Ny plan', 'Ny plan'), 'new-plan.planverk': ('ny-plan.planverk', 'ny-plan.planverk'),
 'Open plan': ('Åpne plan', 'Opna plan'), 'Planverk plans (*.planverk);;JSON plans (*.json);;All files (*)': ('Planverk-planer (*.planverk);;JSON-planer (*.json);;Alle filer (*)', 'Planverk-planar (*.planverk);;JSON-planar (*.json);;Alle filer (*)'),
 'Import a JSON plan': ('Importer en JSON-plan', 'Importer ein JSON-plan'), 'JSON plans (*.json)': ('JSON-planer (*.json)', 'JSON-planar (*.json)'),
 'Save a copy': ('Lagre som kopi', 'Lagre som kopi'), '-copy.planverk': ('-kopi.planverk', '-kopi.planverk'), 'Copy saved: %1': ('Kopi lagret: %1', 'Kopi lagra: %1'),
 'Cannot save the copy': ('Kan ikke lagre kopien', 'Kan ikkje lagre kopien'), 'JSON (*.json)': ('JSON (*.json)', 'JSON (*.json)'),
 'Web page (*.html)': ('Nettside (*.html)', 'Nettside (*.html)'), 'OpenDocument text (*.odt)': ('OpenDocument-tekst (*.odt)', 'OpenDocument-tekst (*.odt)'), 'PDF (*.pdf)': ('PDF (*.pdf)', 'PDF (*.pdf)'),
 'Export': ('Eksporter', 'Eksporter'), 'Exported: %1': ('Eksportert: %1', 'Eksportert: %1'), 'Cannot export': ('Kan ikke eksportere', 'Kan ikkje eksportere'),
 'Cannot print': ('Kan ikke skrive ut', 'Kan ikkje skrive ut'), '(none)': ('(ingen)', '(ingen)'), '“%1” was not found': ('Fant ikke «%1»', 'Fann ikkje «%1»'),
 'Hit %1 of %2': ('Treff %1 av %2', 'Treff %1 av %2'), 'Preferences': ('Innstillinger', 'Innstillingar'), 'Interface language': ('Språk i programmet', 'Språk i programmet'),
 'Interface &language:': ('&Språk i programmet:', '&Språk i programmet:'),
 'The language of the documents is a setting of each plan (About the plan ▸ Document language).\nA new interface language takes effect when Planverk starts again.':
   ('Språket i dokumentene er en innstilling for hver plan (Om planen ▸ Dokumentets språk).\nNytt språk i programmet gjelder fra neste gang Planverk starter.',
    'Språket i dokumenta er ei innstilling for kvar plan (Om planen ▸ Dokumentet sitt språk).\nNytt språk i programmet gjeld frå neste gong Planverk startar.'),
 'About Planverk': ('Om Planverk', 'Om Planverk'),
 '<h3>Planverk %1</h3><p>Strategy plans for Norwegian counties: draft the plan, and print it for the county council or publish it on the web.</p>':
   ('<h3>Planverk %1</h3><p>Strategiske planer for fylkeskommuner: skriv planen, og skriv den ut til fylkestinget eller publiser den på nettet.</p>',
    '<h3>Planverk %1</h3><p>Strategiske planar for fylkeskommunar: skriv planen, og skriv han ut til fylkestinget eller publiser han på nettet.</p>'),
 'B': ('F', 'F'), 'Bold': ('Fet', 'Feit'), 'I': ('K', 'K'), 'Italic': ('Kursiv', 'Kursiv'), '• List': ('• Liste', '• Liste'), 'Bulleted list': ('Punktliste', 'Punktliste'),
 '1. List': ('1. Liste', '1. Liste'), 'Numbered list': ('Nummerert liste', 'Nummerert liste'), 'Link…': ('Lenke …', 'Lenkje …'), 'Link': ('Lenke', 'Lenkje'),
 'Web address (https://…) or e-mail (mailto:…):': ('Nettadresse (https://…) eller e-post (mailto:…):', 'Nettadresse (https://…) eller e-post (mailto:…):'),
 'none': ('ingen', 'ingen'), 'Edit plan settings': ('Endre opplysninger om planen', 'Endre opplysningar om planen'),
 'section': ('tekstdel', 'tekstdel'), 'goal': ('mål', 'mål'), 'theme': ('tema', 'tema'), 'instrument': ('virkemiddel', 'verkemiddel'),
 'membership': ('medlemskap', 'medlemskap'), 'partnership': ('samarbeid', 'samarbeid'), 'action': ('tiltak', 'tiltak'),
 'processing step': ('behandling', 'handsaming'), 'amendment': ('forslag', 'framlegg'), 'contact': ('kontakt', 'kontakt'), 'reference': ('referanse', 'referanse'),
 'New section': ('Ny tekstdel', 'Ny tekstdel'), 'New goal': ('Nytt mål', 'Nytt mål'), 'New theme': ('Nytt tema', 'Nytt tema'),
 'New instrument': ('Nytt virkemiddel', 'Nytt verkemiddel'), 'New organisation': ('Ny organisasjon', 'Ny organisasjon'), 'New partner': ('Ny samarbeidspartner', 'Ny samarbeidspartnar'),
 'New action': ('Nytt tiltak', 'Nytt tiltak'), 'Fylkestinget': ('Fylkestinget', 'Fylkestinget'), 'New amendment': ('Nytt forslag', 'Nytt framlegg'),
 'New contact': ('Ny kontakt', 'Ny kontakt'), 'New reference': ('Ny referanse', 'Ny referanse'), 'Edit %1': ('Endre %1', 'Endre %1'),
 'Text sections': ('Tekstdeler', 'Tekstdelar'), 'Thematic priorities': ('Tematiske prioriteringer', 'Tematiske prioriteringar'),
 'Instruments': ('Virkemidler', 'Verkemiddel'), 'Networks and memberships': ('Nettverk og medlemskap', 'Nettverk og medlemskap'),
 'Partnerships': ('Samarbeid', 'Samarbeid'), 'Action plan': ('Handlingsplan', 'Handlingsplan'), 'Contacts': ('Kontakter', 'Kontaktar'),
 'References': ('Referanser', 'Referansar'), '(untitled)': ('(uten tittel)', '(utan tittel)'), 'Amendment: %1': ('Forslag: %1', 'Framlegg: %1'),
 'The text of the amendment.': ('Teksten i forslaget.', 'Teksten i framlegget.'), 'Add %1': ('Legg til %1', 'Legg til %1'),
 'Delete %1': ('Slett %1', 'Slett %1'), 'Move %1': ('Flytt %1', 'Flytt %1'),
}
T.update({
 # Issue 9, section 2: dates, deletes, progress, file errors.
 'A date as dd.mm.yyyy (17.02.2026); empty for no date. Alt+Down opens a calendar.':
   ('En dato som dd.mm.åååå (17.02.2026); tomt for ingen dato. Alt+Pil ned åpner en kalender.',
    'Ein dato som dd.mm.åååå (17.02.2026); tomt for ingen dato. Alt+Pil ned opnar ein kalender.'),
 'Calendar': ('Kalender', 'Kalender'), 'empty': ('tom', 'tom'),
 '“%1” is not a date in the calendar. The date is still %2.': ('«%1» er ikke en dato som finnes. Datoen er fortsatt %2.', '«%1» er ikkje ein dato som finst. Datoen er framleis %2.'),
 '“%1” is not a whole date: write day, month and year, as 17.02.2026. The date is still %2.':
   ('«%1» er ikke en hel dato: skriv dag, måned og år, som 17.02.2026. Datoen er fortsatt %2.',
    '«%1» er ikkje ein heil dato: skriv dag, månad og år, som 17.02.2026. Datoen er framleis %2.'),
 '%1 links to %2.': ('%1 viser til %2.', '%1 viser til %2.'), '%1 link to %2.': ('%1 viser til %2.', '%1 viser til %2.'),
 'this section': ('denne tekstdelen', 'denne tekstdelen'),
 'this section or its sub-sections': ('denne tekstdelen eller delene under den', 'denne tekstdelen eller delane under den'),
 'this goal': ('dette målet', 'dette målet'), 'this goal or its sub-goals': ('dette målet eller delmålene under det', 'dette målet eller delmåla under det'),
 'this theme': ('dette temaet', 'dette temaet'), 'this instrument': ('dette virkemiddelet', 'dette verkemiddelet'),
 'this membership': ('dette medlemskapet', 'dette medlemskapet'), 'this partnership': ('dette samarbeidet', 'dette samarbeidet'),
 'this action': ('dette tiltaket', 'dette tiltaket'), 'this processing step': ('denne behandlingen', 'denne handsaminga'),
 'this amendment': ('dette forslaget', 'dette framlegget'), 'this contact': ('denne kontakten', 'denne kontakten'),
 'this reference': ('denne referansen', 'denne referansen'),
 'Delete “%1”?': ('Slette «%1»?', 'Slette «%1»?'),
 'Deleting it removes these links too. Undo puts everything back.':
   ('Slettes det, forsvinner disse koblingene også. Angre setter alt tilbake.', 'Vert det sletta, forsvinn desse koplingane òg. Angre set alt tilbake.'),
 'Exporting %1 …': ('Eksporterer %1 …', 'Eksporterer %1 …'),
 'Export cancelled; %1 was not written.': ('Eksporten er avbrutt; %1 ble ikke skrevet.', 'Eksporten er avbroten; %1 vart ikkje skriven.'),
 'Printing …': ('Skriver ut …', 'Skriv ut …'), 'Printing cancelled.': ('Utskriften er avbrutt.', 'Utskrifta er avbroten.'),
 'Planverk': ('Planverk', 'Planverk'), 'Cancel': ('Avbryt', 'Avbryt'),
 'no such file': ('filen finnes ikke', 'fila finst ikkje'),
 'is a folder, not a plan file': ('er en mappe, ikke en planfil', 'er ei mappe, ikkje ei planfil'),
 'cannot be read: %1': ('kan ikke leses: %1', 'kan ikkje lesast: %1'),
 'the file is empty, not a Planverk plan': ('filen er tom, ikke en Planverk-plan', 'fila er tom, ikkje ein Planverk-plan'),
 'the file is empty; expected a Planverk plan in JSON': ('filen er tom; her skulle det være en Planverk-plan i JSON', 'fila er tom; her skulle det vere ein Planverk-plan i JSON'),
 "is a JSON file, not a .planverk plan file; import it with 'planverk-cli import'":
   ('er en JSON-fil, ikke en .planverk-planfil; importer den (Fil ▸ Importer JSON)', 'er ei JSON-fil, ikkje ei .planverk-planfil; importer ho (Fil ▸ Importer JSON)'),
 'is not a Planverk plan (not an SQLite database)': ('er ikke en Planverk-plan (ikke en SQLite-database)', 'er ikkje ein Planverk-plan (ikkje ein SQLite-database)'),
 'is truncated: the database header is incomplete': ('er avkortet: databasehodet er ufullstendig', 'er avkorta: databasehovudet er ufullstendig'),
 'is truncated: the database needs %1 bytes but the file has %2': ('er avkortet: databasen trenger %1 byte, men filen har %2', 'er avkorta: databasen treng %1 byte, men fila har %2'),
 'is an SQLite database of another program, not a Planverk plan (application_id 0x%1)':
   ('er en SQLite-database fra et annet program, ikke en Planverk-plan (application_id 0x%1)', 'er ein SQLite-database frå eit anna program, ikkje ein Planverk-plan (application_id 0x%1)'),
 'was written by a newer Planverk (schema version %1; this version reads up to %2)':
   ('er skrevet av en nyere Planverk (skjemaversjon %1; denne versjonen leser opp til %2)', 'er skriven av ein nyare Planverk (skjemaversjon %1; denne versjonen les opp til %2)'),
 'has no Planverk schema (user_version 0); the file is damaged': ('har ikke noe Planverk-skjema (user_version 0); filen er skadet', 'har ikkje noko Planverk-skjema (user_version 0); fila er skadd'),
 'is damaged and cannot be read: %1': ('er skadet og kan ikke leses: %1', 'er skadd og kan ikkje lesast: %1'),
 'is damaged: %1': ('er skadet: %1', 'er skadd: %1'),
 'is open read-only; the change was not saved': ('er åpnet skrivebeskyttet; endringen ble ikke lagret', 'er opna skriveverna; endringa vart ikkje lagra'),
 'exists already; it was left as it is': ('finnes allerede; den ble latt være som den var', 'finst alt; ho vart late vere som ho var'),
 'cannot be created: the folder %1 does not exist': ('kan ikke opprettes: mappen %1 finnes ikke', 'kan ikkje opprettast: mappa %1 finst ikkje'),
 'cannot be copied for reading': ('kan ikke kopieres for lesing', 'kan ikkje kopierast for lesing'),
 'the copy could not be written: %1': ('kopien kunne ikke skrives: %1', 'kopien kunne ikkje skrivast: %1'),
 'cannot be written: %1': ('kan ikke skrives: %1', 'kan ikkje skrivast: %1'),
 'could not be written completely: %1': ('kunne ikke skrives helt: %1', 'kunne ikkje skrivast heilt: %1'),
 'could not be saved: %1': ('kunne ikke lagres: %1', 'kunne ikkje lagrast: %1'),
 'nested more than %1 levels deep': ('er nøstet mer enn %1 nivåer dypt', 'er nøsta meir enn %1 nivå djupt'),
 'No themes yet: add them under Thematic priorities.': ('Ingen tema ennå: legg dem til under Tematiske prioriteringer.', 'Ingen tema enno: legg dei til under Tematiske prioriteringar.'),
 'No goals yet: add them under Goals.': ('Ingen mål ennå: legg dem til under Mål.', 'Ingen mål enno: legg dei til under Mål.'),
 'the goal has no title': ('målet har ingen tittel', 'målet har ingen tittel'),
 'the sub-goal has no title': ('delmålet har ingen tittel', 'delmålet har ingen tittel'),
 'the theme has no title': ('temaet har ingen tittel', 'temaet har ingen tittel'),
 'the instrument has no title': ('virkemiddelet har ingen tittel', 'verkemiddelet har ingen tittel'),
 'the membership has no name': ('medlemskapet har ikke noe navn', 'medlemskapet har ikkje noko namn'),
 'the partnership has no partner': ('samarbeidet har ingen samarbeidspartner', 'samarbeidet har ingen samarbeidspartnar'),
 'the action has no title': ('tiltaket har ingen tittel', 'tiltaket har ingen tittel'),
 'the contact has no name': ('kontakten har ikke noe navn', 'kontakten har ikkje noko namn'),
 'the reference has no title': ('referansen har ingen tittel', 'referansen har ingen tittel'),
 'refers to %1 %2, which is not in the plan': ('viser til %1 %2, som ikke finnes i planen', 'viser til %1 %2, som ikkje finst i planen'),
 'the deadline %1 is after the plan period ends (%2)': ('fristen %1 er etter at planperioden slutter (%2)', 'fristen %1 er etter at planperioden sluttar (%2)'),
 '"%1" does not look like an e-mail address': ('«%1» ser ikke ut som en e-postadresse', '«%1» ser ikkje ut som ei e-postadresse'),
 'the political processing does not say which body treated the case': ('den politiske behandlingen sier ikke hvilket organ som behandlet saken', 'den politiske handsaminga seier ikkje kva organ som handsama saka'),
 'the amendment has no text': ('forslaget har ingen tekst', 'framlegget har ingen tekst'),
 'the plan has no title': ('planen har ingen tittel', 'planen har ingen tittel'),
 'the plan does not name its organisation': ('planen sier ikke hvilken organisasjon den tilhører', 'planen seier ikkje kva organisasjon han høyrer til'),
 'the period ends (%1) before it starts (%2)': ('perioden slutter (%1) før den begynner (%2)', 'perioden sluttar (%1) før han byrjar (%2)'),
 'the plan is adopted but has no case number': ('planen er vedtatt, men har ikke saksnummer', 'planen er vedteken, men har ikkje saksnummer'),
 'the plan is adopted but has no date of adoption': ('planen er vedtatt, men har ikke vedtaksdato', 'planen er vedteken, men har ikkje vedtaksdato'),
 'the plan is adopted but does not say by whom': ('planen er vedtatt, men det står ikke av hvem', 'planen er vedteken, men det står ikkje av kven'),
 'the section has no title': ('tekstdelen har ingen tittel', 'tekstdelen har ingen tittel'),
 '%1 is not a UN Sustainable Development Goal (1 to 17)': ('%1 er ikke et av FNs bærekraftsmål (1 til 17)', '%1 er ikkje eitt av FNs berekraftsmål (1 til 17)'),
 # The user guide and the start page
 'User guide – Planverk': ('Brukerveiledning – Planverk', 'Brukarrettleiing – Planverk'), 'User guide': ('Brukerveiledning', 'Brukarrettleiing'),
 'Contents of the guide': ('Innholdet i veiledningen', 'Innhaldet i rettleiinga'), 'Back': ('Tilbake', 'Tilbake'), 'Forward': ('Fram', 'Fram'),
 'Contents': ('Innhold', 'Innhald'), '&User guide': ('&Brukerveiledning', '&Brukarrettleiing'),
 'Help on the focused field': ('Hjelp til feltet du står i', 'Hjelp til feltet du står i'),
 '<h1>Planverk</h1><p>Strategy plans for Norwegian counties: write the plan, and print it for the county council or publish it on the web.</p>':
   ('<h1>Planverk</h1><p>Strategiplaner for fylkeskommunen: skriv planen, og skriv den ut til fylkestinget eller publiser den på nettet.</p>',
    '<h1>Planverk</h1><p>Strategiplanar for fylkeskommunen: skriv planen, og skriv han ut til fylkestinget eller publiser han på nettet.</p>'),
 '&New plan…': ('&Ny plan …', '&Ny plan …'), 'User &guide': ('&Brukerveiledning', '&Brukarrettleiing'),
 'Recent plans': ('Nylig brukte planer', 'Nyleg brukte planar'), '&Recent plans': ('N&ylig brukte planer', 'N&yleg brukte planar'),
 'Sample plans': ('Eksempelplaner', 'Dømeplanar'), 'New plan from a &sample': ('Ny plan fra et &eksempel', 'Ny plan frå eit &døme'),
 'A new plan that starts as a copy of this sample': ('En ny plan som begynner som en kopi av dette eksempelet', 'Ein ny plan som byrjar som ein kopi av dette dømet'),
 '%1 is no longer there': ('%1 finnes ikke lenger', '%1 finst ikkje lenger'),
 'No plans yet: the plans you open are listed here.': ('Ingen planer ennå: planene du åpner, vises her.', 'Ingen planar enno: planane du opnar, blir viste her.'),
})
PLURAL = {'%n entries. Select one to edit it, or add a new one.': (
    ['%n oppføring. Velg den for å endre den, eller legg til en ny.', '%n oppføringer. Velg en for å endre den, eller legg til en ny.'],
    ['%n oppføring. Vel ho for å endre ho, eller legg til ei ny.', '%n oppføringar. Vel ei for å endre ho, eller legg til ei ny.'])}

# Spell checking and find-and-replace.
T.update({
 '(no suggestions)': ('(ingen forslag)', '(ingen framlegg)'), 'Add to my dictionary': ('Legg til i ordboka mi', 'Legg til i ordboka mi'),
 "Check &spelling (in the plan's document language)": ('Kontroller &stavingen (på dokumentets språk)', 'Kontroller &stavinga (på språket til dokumentet)'),
 '&Replace…': ('&Erstatt …', '&Erstatt …'), 'Replace': ('Erstatt', 'Erstatt'), '&Replace': ('&Erstatt', '&Erstatt'),
 'Replace &all': ('Erstatt &alle', 'Erstatt &alle'), '&Find:': ('&Søk etter:', '&Søk etter:'), 'Replace &with:': ('Erstatt &med:', 'Erstatt &med:'),
 'Match &case': ('Skill mellom store og små &bokstaver', 'Skil mellom store og små &bokstavar'),
 'Replace “%1” with “%2”': ('Erstatt «%1» med «%2»', 'Erstatt «%1» med «%2»'),
 'Replace all “%1” with “%2”': ('Erstatt alle «%1» med «%2»', 'Erstatt alle «%1» med «%2»'),
})
PLURAL.update({'%n occurrence(s) replaced': (['%n forekomst erstattet', '%n forekomster erstattet'], ['%n førekomst erstatta', '%n førekomstar erstatta'])})

T.update({
 # Issue 12: Word documents.
 '&Word (DOCX)…': ('&Word (DOCX) …', '&Word (DOCX) …'),
 'Word document (*.docx)': ('Word-dokument (*.docx)', 'Word-dokument (*.docx)'),
})

T.update({
 # Issue 9, section 1: the file changed under the editor (docs/file-safety.md).
 'The plan file changed under Planverk': ('Planfilen ble endret utenfor Planverk', 'Planfila vart endra utanfor Planverk'),
 '%1\n\nThe file was moved, renamed, deleted or written by another program while it was open here. Everything up to your last saved change is in that file; Planverk saves nothing more to it and nothing anywhere else. Open the plan again to go on.':
   ('%1\n\nFilen ble flyttet, fikk nytt navn, ble slettet eller skrevet av et annet program mens den var åpen her. Alt til og med den siste lagrede endringen din er i den filen; Planverk lagrer ikke mer i den, og ikke noe annet sted heller. Åpne planen på nytt for å fortsette.',
    '%1\n\nFila vart flytta, fekk nytt namn, vart sletta eller skriven av eit anna program medan ho var open her. Alt til og med den siste lagra endringa di er i den fila; Planverk lagrar ikkje meir i henne, og ikkje nokon annan stad heller. Opne planen på nytt for å halde fram.'),
 ' — NOT SAVED: the file was moved, deleted or changed by another program':
   (' — IKKE LAGRET: filen er flyttet, slettet eller endret av et annet program', ' — IKKJE LAGRA: fila er flytta, sletta eller endra av eit anna program'),
 'was moved, renamed or deleted while it was open; nothing more is saved to it':
   ('ble flyttet, fikk nytt navn eller ble slettet mens den var åpen; ingenting mer lagres i den', 'vart flytta, fekk nytt namn eller vart sletta medan ho var open; ingenting meir vert lagra i henne'),
 'was changed by another program while it was open; nothing more is saved to it':
   ('ble endret av et annet program mens den var åpen; ingenting mer lagres i den', 'vart endra av eit anna program medan ho var open; ingenting meir vert lagra i henne'),
 'is being written by another program; try again': ('skrives av et annet program akkurat nå; prøv igjen', 'vert skriven av eit anna program akkurat no; prøv igjen'),
 'cannot be copied for reading: %1': ('kan ikke kopieres for lesing: %1', 'kan ikkje kopierast for lesing: %1'),
})

T.update({
 # Issue 11: text left from a county's Word template.
 '"%1" looks like a placeholder left from a Word template: fill it in or remove it':
   ('«%1» ser ut som en plassholder fra en Word-mal: fyll den ut eller fjern den', '«%1» ser ut som ein plasshaldar frå ein Word-mal: fyll han ut eller fjern han'),
 # Issue 11: the plan's visual profile (Om planen ▸ Profil).
 'Profile': ('Profil', 'Profil'), 'S&hort title': ('S&tikktittel', 'S&tikktittel'), 'Short title': ('Stikktittel', 'Stikktittel'),
 'The title, when empty': ('Tittelen, når feltet er tomt', 'Tittelen, når feltet er tomt'),
 'The short title (stikktittel) above the title on the cover and in the running header':
   ('Stikktittelen over tittelen på forsiden og i topptekstene', 'Stikktittelen over tittelen på framsida og i topptekstane'),
 '&Accent colour': ('&Profilfarge', '&Profilfarge'), 'Accent colour': ('Profilfarge', 'Profilfarge'),
 "The colour of headings and rules in the documents, as #rrggbb; empty for the template's own":
   ('Fargen på overskrifter og streker i dokumentene, som #rrggbb; tomt for malens egen',
    'Fargen på overskrifter og strekar i dokumenta, som #rrggbb; tomt for malen sin eigen'),
 'Choose colour…': ('Velg farge …', 'Vel farge …'),
 '&Logo': ('&Logo', '&Logo'), 'Alternative text (logo)': ('Alternativ tekst (logo)', 'Alternativ tekst (logo)'),
 '&Cover picture': ('&Forsidebilde', '&Framsidebilete'),
 'Alternative text (cover picture)': ('Alternativ tekst (forsidebilde)', 'Alternativ tekst (framsidebilete)'),
 'The photographer, printed beside the cover picture': ('Fotografen, som står ved siden av forsidebildet', 'Fotografen, som står ved sida av framsidebiletet'),
 'Choose file…': ('Velg fil …', 'Vel fil …'), 'Remove': ('Fjern', 'Fjern'),
 'Alternative text of the logo': ('Alternativ tekst for logoen', 'Alternativ tekst for logoen'),
 'Alternative text of the cover picture': ('Alternativ tekst for forsidebildet', 'Alternativ tekst for framsidebiletet'),
 'What the picture shows, for those who cannot see it': ('Hva bildet viser, for dem som ikke kan se det', 'Kva biletet viser, for dei som ikkje kan sjå det'),
 'No picture': ('Intet bilde', 'Inkje bilete'),
 'The picture was not used: %1': ('Bildet ble ikke brukt: %1', 'Biletet vart ikkje brukt: %1'),
 'Choose a logo': ('Velg logo', 'Vel logo'), 'Choose a cover picture': ('Velg forsidebilde', 'Vel framsidebilete'),
 'Pictures (*.png *.jpg *.jpeg *.svg)': ('Bilder (*.png *.jpg *.jpeg *.svg)', 'Bilete (*.png *.jpg *.jpeg *.svg)'),
 '"%1" is not a colour: write it as #rrggbb, for instance #0b4f8a.':
   ('«%1» er ikke en farge: skriv den som #rrggbb, for eksempel #0b4f8a.', '«%1» er ikkje ein farge: skriv han som #rrggbb, til dømes #0b4f8a.'),
 'Contrast with white text: %1:1': ('Kontrast mot hvit tekst: %1:1', 'Kontrast mot kvit tekst: %1:1'),
 'Contrast with white text: %1:1 — too low, at least 4.5:1 is needed':
   ('Kontrast mot hvit tekst: %1:1 — for lav, minst 4,5:1 trengs', 'Kontrast mot kvit tekst: %1:1 — for låg, minst 4,5:1 trengst'),
 "Edit the logo's alternative text": ('Endre logoens alternative tekst', 'Endre den alternative teksten til logoen'),
 "Edit the cover picture's alternative text": ('Endre forsidebildets alternative tekst', 'Endre den alternative teksten til framsidebiletet'),
 'Remove the logo': ('Fjern logoen', 'Fjern logoen'), 'Remove the cover picture': ('Fjern forsidebildet', 'Fjern framsidebiletet'),
 'the accent colour %1 has a contrast of %2:1 with white text; WCAG asks for at least 4.5:1':
   ('profilfargen %1 har en kontrast på %2:1 mot hvit tekst; WCAG krever minst 4,5:1', 'profilfargen %1 har ein kontrast på %2:1 mot kvit tekst; WCAG krev minst 4,5:1'),
 'the logo has no alternative text': ('logoen har ingen alternativ tekst', 'logoen har ingen alternativ tekst'),
 'the cover picture has no alternative text': ('forsidebildet har ingen alternativ tekst', 'framsidebiletet har ingen alternativ tekst'),
 # Issue 12: the accessible, archival PDF (through LibreOffice).
 'Acc&essible PDF…': ('&Tilgjengelig PDF …', '&Tilgjengeleg PDF …'),
})
T.update({
 # Issue 14: follow-up checks.
 'the status report is for action %1, which is not in the plan': ('statusrapporten gjelder tiltak %1, som ikke er i planen', 'statusrapporten gjeld tiltak %1, som ikkje er i planen'),
 'the status report is for period %1, which is not in the plan': ('statusrapporten gjelder periode %1, som ikke er i planen', 'statusrapporten gjeld periode %1, som ikkje er i planen'),
 'the indicator "%1" belongs to goal %2, which is not in the plan': ('indikatoren «%1» hører til mål %2, som ikke er i planen', 'indikatoren «%1» høyrer til mål %2, som ikkje er i planen'),
 'the indicator has no name': ('indikatoren har ikke noe navn', 'indikatoren har ikkje noko namn'),
 'the target year %1 is outside the plan period (%2–%3)': ('målåret %1 er utenfor planperioden (%2–%3)', 'målåret %1 er utanfor planperioden (%2–%3)'),
 'the value is for period %1, which is not in the plan': ('verdien gjelder periode %1, som ikke er i planen', 'verdien gjeld periode %1, som ikkje er i planen'),
})


T.update({
 # Issue 13: versions of the plan (Fil ▸ Lagre versjon…, Fil ▸ Versjoner…).
 'Save &version…': ('Lagre &versjon …', 'Lagre &versjon …'), '&Versions…': ('&Versjoner …', '&Versjonar …'),
 'Save version': ('Lagre versjon', 'Lagre versjon'),
 'A version keeps the whole plan as it is now, read-only, in the plan file. It can be opened, exported and restored later.':
   ('En versjon tar vare på hele planen slik den er nå, skrivebeskyttet, i planfila. Den kan åpnes, eksporteres og gjenopprettes senere.',
    'Ein versjon tek vare på heile planen slik han er no, skriveverna, i planfila. Han kan opnast, eksporterast og gjenopprettast seinare.'),
 'e.g. Consultation draft sent': ('f.eks. Høringsutkast sendt', 't.d. Høyringsutkast sendt'),
 '&Name:': ('&Navn:', '&Namn:'), 'N&ote:': ('&Merknad:', '&Merknad:'),
 'e.g. Adopted by the county council, case 7/21': ('f.eks. Vedtatt i fylkestinget, sak 7/21', 't.d. Vedteke i fylkestinget, sak 7/21'),
 'Give the version a name.': ('Gi versjonen et navn.', 'Gi versjonen eit namn.'),
 'The plan has a version named “%1” already; choose another name.':
   ('Planen har allerede en versjon som heter «%1»; velg et annet navn.', 'Planen har alt ein versjon som heiter «%1»; vel eit anna namn.'),
 "A version's name is one line of text.": ('Navnet på en versjon er én linje tekst.', 'Namnet på ein versjon er éi linje tekst.'),
 '%1 – version “%2” (read-only)': ('%1 – versjon «%2» (skrivebeskyttet)', '%1 – versjon «%2» (skriveverna)'),
 'Version “%1”': ('Versjon «%1»', 'Versjon «%1»'),
 'Version “%1”, made %2. Read-only: restore it to edit it.':
   ('Versjon «%1», laget %2. Skrivebeskyttet: gjenopprett den for å redigere den.', 'Versjon «%1», laga %2. Skriveverna: gjenopprett han for å redigere han.'),
 'Versions of the plan': ('Versjoner av planen', 'Versjonar av planen'),
 "Versions are kept in the plan file and never change. One is made each time the plan's status changes.":
   ('Versjonene ligger i planfila og endres aldri. Det lages en ny hver gang planens status endres.',
    'Versjonane ligg i planfila og vert aldri endra. Det vert laga ein ny kvar gong statusen til planen vert endra.'),
 'Versions': ('Versjoner', 'Versjonar'), 'Made': ('Laget', 'Laga'),
 '&Open': ('&Åpne', '&Opna'), '&Restore…': ('&Gjenopprett …', '&Gjenopprett …'), '&Save version…': ('&Lagre versjon …', '&Lagre versjon …'),
 'Cannot save the version': ('Kan ikke lagre versjonen', 'Kan ikkje lagre versjonen'),
 'Cannot read the versions': ('Kan ikke lese versjonene', 'Kan ikkje lese versjonane'),
 'Cannot read the version': ('Kan ikke lese versjonen', 'Kan ikkje lese versjonen'),
 'Restore version': ('Gjenopprett versjon', 'Gjenopprett versjon'),
 'Make “%1” the current plan? Everything in the plan becomes as it was in that version. Edit ▸ Undo puts back the plan as it is now.':
   ('Gjøre «%1» til gjeldende plan? Alt i planen blir slik det var i den versjonen. Rediger ▸ Angre setter planen tilbake slik den er nå.',
    'Gjere «%1» til gjeldande plan? Alt i planen blir slik det var i den versjonen. Rediger ▸ Angre set planen tilbake slik han er no.'),
 'Restore version “%1”': ('Gjenopprett versjon «%1»', 'Gjenopprett versjon «%1»'),
 # Issue 13: comparing the open plan with another plan (Vis ▸ Sammenlign med …).
 'Co&mpare with…': ('Sa&mmenlign med …', 'Sa&manlikn med …'),
 'Comparison': ('Sammenligning', 'Samanlikning'), 'Changes': ('Endringer', 'Endringar'),
 'Entry': ('Oppføring', 'Oppføring'), 'What changed': ('Hva er endret', 'Kva er endra'),
 '&Compare again': ('Sammenlign &på nytt', 'Samanlikn &på nytt'), 'Close the comparison': ('Lukk sammenligningen', 'Lukk samanlikninga'),
 'Compare with plan': ('Sammenlign med plan', 'Samanlikn med plan'), 'Plans (*.planverk *.json)': ('Planer (*.planverk *.json)', 'Planar (*.planverk *.json)'),
 'Cannot compare': ('Kan ikke sammenligne', 'Kan ikkje samanlikne'),
 'No changes from %1 to %2.': ('Ingen endringer fra %1 til %2.', 'Ingen endringar frå %1 til %2.'),
 'Changes from %1 to %2': ('Endringer fra %1 til %2', 'Endringar frå %1 til %2'),
 'changed: %1': ('endret: %1', 'endra: %1'), 'added': ('lagt til', 'lagd til'), 'removed': ('fjernet', 'fjerna'),
 'moved from “%1”': ('flyttet fra «%1»', 'flytta frå «%1»'), 'the top level': ('øverste nivå', 'øvste nivå'),
 'moved from place %1': ('flyttet fra plass %1', 'flytta frå plass %1'),
 '%1\nChanged since the compared plan: %2': ('%1\nEndret siden planen det sammenlignes med: %2', '%1\nEndra sidan planen det blir samanlikna med: %2'),
})

T.update({
 # Issue 13: Vis ▸ Sammenlign med versjon …
 '%1 (%2)': ('%1 (%2)', '%1 (%2)'),
 'Compare with &version…': ('Sammenlign med &versjon …', 'Samanlikn med &versjon …'),
 'Compare with version': ('Sammenlign med versjon', 'Samanlikn med versjon'),
 'The plan has no versions yet. Save one with File ▸ Save version…, or compare with another plan file.':
   ('Planen har ingen versjoner ennå. Lagre en med Fil ▸ Lagre versjon …, eller sammenlign med en annen planfil.',
    'Planen har ingen versjonar enno. Lagre ein med Fil ▸ Lagre versjon …, eller samanlikn med ei anna planfil.'),
 'What changed since the &version:': ('Hva er endret siden &versjonen:', 'Kva er endra sidan &versjonen:'),
})

T.update({
    "The picture was made smaller for the plan: %1.": ("Bildet ble gjort mindre for planen: %1.", "Biletet vart gjort mindre for planen: %1."),
})

T.update({
 # Issue 14: Oppfølging in the editor (src/editor/followup/).
 'Follow-up': ('Oppfølging', 'Oppfølging'), 'Import indicator &values…': ('Importer indikator&verdier …', 'Importer indikator&verdiar …'),
 'Follow-up &report…': ('Oppfølgings&rapport …', 'Oppfølgings&rapport …'), 'Follow-up report': ('Oppfølgingsrapport', 'Oppfølgingsrapport'),
 'Reporting &period:': ('Rapporterings&periode:', 'Rapporterings&periode:'), 'Reporting period': ('Rapporteringsperiode', 'Rapporteringsperiode'),
 '&New period…': ('&Ny periode …', '&Ny periode …'), 'Re&name…': ('Gi nytt &navn …', 'Gje nytt &namn …'),
 '&Close period': ('&Lukk perioden', '&Lukk perioden'), '&Reopen period': ('&Gjenåpne perioden', '&Opne perioden att'),
 '%1 (closed)': ('%1 (lukket)', '%1 (lukka)'),
 'Close the period: its reports and values are kept as they are until it is reopened (undoable)':
   ('Lukk perioden: rapportene og verdiene står som de er til den gjenåpnes (kan angres)', 'Lukk perioden: rapportane og verdiane står som dei er til han blir opna att (kan angrast)'),
 'Reopen the period, so that its reports and values can change (undoable)':
   ('Gjenåpne perioden, slik at rapportene og verdiene kan endres (kan angres)', 'Opne perioden att, slik at rapportane og verdiane kan endrast (kan angrast)'),
 'The period %1 is closed: its reports and values are shown read-only. Reopen it to change them.':
   ('Perioden %1 er lukket: rapportene og verdiene vises skrivebeskyttet. Gjenåpne den for å endre dem.', 'Perioden %1 er lukka: rapportane og verdiane blir viste skriveverna. Opne han att for å endre dei.'),
 'The plan has no reporting periods yet. Add one (New period…) to follow up its actions and indicators.':
   ('Planen har ingen rapporteringsperioder ennå. Legg til en (Ny periode …) for å følge opp tiltakene og indikatorene.', 'Planen har ingen rapporteringsperiodar enno. Legg til ein (Ny periode …) for å følgje opp tiltaka og indikatorane.'),
 'The plan has no reporting periods yet: add one under Follow-up in the navigator.':
   ('Planen har ingen rapporteringsperioder ennå: legg til en under Oppfølging i navigatoren.', 'Planen har ingen rapporteringsperiodar enno: legg til ein under Oppfølging i navigatoren.'),
 'S&tatus:': ('S&tatus:', 'S&tatus:'), 'Res&ponsible:': ('&Ansvarlig:', '&Ansvarleg:'), '&Goal:': ('&Mål:', '&Mål:'),
 'Show actions with status': ('Vis tiltak med status', 'Vis tiltak med status'), 'Show actions of': ('Vis tiltakene til', 'Vis tiltaka til'),
 'Show actions and indicators of goal': ('Vis tiltak og indikatorer for målet', 'Vis tiltak og indikatorar for målet'),
 'All': ('Alle', 'Alle'), 'Everyone': ('Alle', 'Alle'), 'All goals': ('Alle mål', 'Alle mål'),
 'Actions': ('Tiltak', 'Tiltak'), 'Actions and their reports': ('Tiltakene og rapportene deres', 'Tiltaka og rapportane deira'),
 'Indicator values': ('Indikatorverdier', 'Indikatorverdiar'), 'Indicator values of the period': ('Periodens indikatorverdier', 'Indikatorverdiane i perioden'),
 'No.': ('Nr.', 'Nr.'), 'Progress': ('Fremdrift', 'Framdrift'), 'Comment': ('Kommentar', 'Kommentar'),
 'Indicator': ('Indikator', 'Indikator'), 'Indicators': ('Indikatorer', 'Indikatorar'), 'Baseline': ('Utgangspunkt', 'Utgangspunkt'),
 'Target': ('Målverdi', 'Målverdi'), 'Value': ('Verdi', 'Verdi'), 'Source': ('Kilde', 'Kjelde'), 'Against target': ('Mot målverdien', 'Mot målverdien'),
 'On target': ('På mål', 'På mål'), 'Below target': ('Under mål', 'Under mål'),
 'Higher is better': ('Høyere er bedre', 'Høgare er betre'), 'Lower is better': ('Lavere er bedre', 'Lågare er betre'),
 'higher is better': ('høyere er bedre', 'høgare er betre'), 'lower is better': ('lavere er bedre', 'lågare er betre'),
 'Not started': ('Ikke startet', 'Ikkje starta'), 'On track': ('I rute', 'I rute'), 'Delayed': ('Forsinket', 'Forseinka'),
 'Done': ('Fullført', 'Fullført'), 'Cancelled': ('Avlyst', 'Avlyst'), 'Not reported': ('Ikke rapportert', 'Ikkje rapportert'),
 'Enter: new line. Ctrl+Enter or leaving the cell: keep. Escape: drop.':
   ('Enter: ny linje. Ctrl+Enter eller å forlate cellen: behold. Escape: forkast.', 'Enter: ny linje. Ctrl+Enter eller å gå ut av cella: behald. Escape: forkast.'),
 'Set status of “%1”': ('Sett status for «%1»', 'Set status for «%1»'), 'Set progress of “%1”': ('Sett fremdrift for «%1»', 'Set framdrift for «%1»'),
 'Edit comment on “%1”': ('Endre kommentar til «%1»', 'Endre kommentar til «%1»'),
 'Set value of “%1”': ('Sett verdi for «%1»', 'Set verdi for «%1»'), 'Clear value of “%1”': ('Fjern verdi for «%1»', 'Fjern verdi for «%1»'),
 'Add period %1': ('Legg til periode %1', 'Legg til periode %1'), 'Rename period %1': ('Gi periode %1 nytt navn', 'Gje periode %1 nytt namn'),
 'Close period %1': ('Lukk periode %1', 'Lukk periode %1'), 'Reopen period %1': ('Gjenåpne periode %1', 'Opne periode %1 att'),
 'New reporting period': ('Ny rapporteringsperiode', 'Ny rapporteringsperiode'), '&Starts:': ('&Begynner:', '&Byrjar:'),
 '&Closing date:': ('Rapporterings&frist:', 'Rapporterings&frist:'), 'Cannot add the period': ('Kan ikke legge til perioden', 'Kan ikkje leggje til perioden'),
 'The period closes (%1) before it starts (%2).': ('Perioden slutter (%1) før den begynner (%2).', 'Perioden sluttar (%1) før han byrjar (%2).'),
 'Rename period': ('Gi perioden nytt navn', 'Gje perioden nytt namn'),
 'Import indicator values': ('Importer indikatorverdier', 'Importer indikatorverdiar'),
 'Values from a spreadsheet (*.csv *.txt);;All files (*)': ('Verdier fra et regneark (*.csv *.txt);;Alle filer (*)', 'Verdiar frå eit rekneark (*.csv *.txt);;Alle filer (*)'),
 'Cannot import the values': ('Kan ikke importere verdiene', 'Kan ikkje importere verdiane'), 'Nothing was changed.': ('Ingenting ble endret.', 'Ingenting vart endra.'),
 "The file holds no values that differ from the plan's.": ('Filen har ingen verdier som skiller seg fra planens.', 'Fila har ingen verdiar som skil seg frå planen sine.'),
 '“%1” is not a number; the value was not changed.': ('«%1» er ikke et tall; verdien ble ikke endret.', '«%1» er ikkje eit tal; verdien vart ikkje endra.'),
 'Report for the &period:': ('Rapport for &perioden:', 'Rapport for &perioden:'), 'Report %1 – %2': ('Rapport %1 – %2', 'Rapport %1 – %2'),
 'Export the report': ('Eksporter rapporten', 'Eksporter rapporten'), 'Cannot export the report': ('Kan ikke eksportere rapporten', 'Kan ikkje eksportere rapporten'),
 'PDF (*.pdf);;Web page (*.html);;Word document (*.docx);;OpenDocument text (*.odt)':
   ('PDF (*.pdf);;Nettside (*.html);;Word-dokument (*.docx);;OpenDocument-tekst (*.odt)', 'PDF (*.pdf);;Nettside (*.html);;Word-dokument (*.docx);;OpenDocument-tekst (*.odt)'),
 'The period %1 has no status reports or indicator values yet: there is nothing to report.':
   ('Perioden %1 har ingen statusrapporter eller indikatorverdier ennå: det er ingenting å rapportere.', 'Perioden %1 har ingen statusrapportar eller indikatorverdiar enno: det er ingenting å rapportere.'),
 'Baseline %1': ('Utgangspunkt %1', 'Utgangspunkt %1'), 'Year': ('År', 'År'),
 'Chart of %1: values against targets; the numbers are beside it': ('Diagram over %1: verdier mot mål; tallene står ved siden av', 'Diagram over %1: verdiar mot mål; tala står ved sida av'),
})
PLURAL.update({'Import %n indicator values from %1': (['Importer %n indikatorverdi fra %1', 'Importer %n indikatorverdier fra %1'],
                                                      ['Importer %n indikatorverdi frå %1', 'Importer %n indikatorverdiar frå %1'])})

T.update({
 # Qt's own file dialog words, for the save dialog that takes names with quotes (src/editor/savefiledialog.cpp).
 "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
   ("%1\nFant ikke mappen.\nKontroller at mappenavnet er riktig.", "%1\nFann ikkje mappa.\nKontroller at du har oppgjeve rett mappenamn."),
 "%1 already exists.\nDo you want to replace it?": ("%1 finnes fra før.\nVil du erstatte den?", "%1 finst frå før.\nVil du byta ho ut?"),
})
T.update({
 # Team plans on a server (issue 15): Fil ▸ Åpne fra server…, the server bar (src/editor/serveropendialog.cpp, serversession.cpp).
 "Open from &server…": ("Åpne fra &server…", "Opna frå &tenar…"),
 "Open a plan from a server": ("Åpne en plan fra en server", "Opna ein plan frå ein tenar"),
 "A plan on the county's PostgreSQL server, which several planners can edit at once. Give the server as a URL, or fill in the fields.":
   ("En plan på fylkeskommunens PostgreSQL-server, som flere planleggere kan redigere samtidig. Oppgi serveren som en URL, eller fyll ut feltene.",
    "Ein plan på PostgreSQL-tenaren til fylkeskommunen, som fleire planleggjarar kan redigera samstundes. Oppgje tenaren som ein URL, eller fyll ut felta."),
 "&URL:": ("&URL:", "&URL:"),
 "db.fylke.no, or a socket folder": ("db.fylke.no, eller en socket-mappe", "db.fylke.no, eller ei socket-mappe"),
 "&Server:": ("&Server:", "&Tenar:"),
 "P&ort:": ("P&ort:", "P&ort:"),
 "standard (5432)": ("standard (5432)", "standard (5432)"),
 "&Database:": ("&Database:", "&Database:"),
 "U&ser:": ("&Bruker:", "&Brukar:"),
 "not stored; empty: from ~/.pgpass": ("lagres ikke; tomt: fra ~/.pgpass", "vert ikkje lagra; tomt: frå ~/.pgpass"),
 "Pass&word:": ("Pass&ord:", "Pass&ord:"),
 "&List plans": ("&Vis planer", "&Vis planar"),
 "&Plan:": ("&Plan:", "&Plan:"),
 "The database holds no plans yet.": ("Databasen har ingen planer ennå.", "Databasen har ingen planar enno."),
 "Server": ("Server", "Tenar"),
 "Lost the connection to the server. Nothing can be changed until it is back; Planverk keeps trying. (%1)":
   ("Mistet forbindelsen til serveren. Ingenting kan endres før den er tilbake; Planverk prøver igjen. (%1)",
    "Miste sambandet med tenaren. Ingenting kan endrast før det er tilbake; Planverk prøver igjen. (%1)"),
 "Open read-only: %1.": ("Åpnet skrivebeskyttet: %1.", "Opna skriveverna: %1."),
 "Password": ("Passord", "Passord"),
 "The password of %1 on %2:": ("Passordet til %1 på %2:", "Passordet til %1 på %2:"),
 "your user": ("brukeren din", "brukaren din"),
 "%1 (server)": ("%1 (server)", "%1 (tenar)"),
 "Changed by another editor": ("Endret av en annen", "Endra av ein annan"),
 "Another editor changed the same field while you were editing it. Nothing was saved; the plan now shows their value. Keep theirs, or save yours over it.":
   ("En annen endret det samme feltet mens du redigerte det. Ingenting ble lagret; planen viser nå deres verdi. Behold deres, eller lagre din over den.",
    "Ein annan endra det same feltet medan du redigerte det. Ingenting vart lagra; planen viser no verdien deira. Behald deira, eller lagra din over han."),
 "<b>Theirs</b>": ("<b>Deres</b>", "<b>Deira</b>"),
 "<b>Yours</b>": ("<b>Din</b>", "<b>Din</b>"),
 "Keep &theirs": ("Behold &deres", "Behald &deira"),
 "Keep &mine": ("Behold &min", "Behald &min"),
 "%1, since %2": ("%1, siden %2", "%1, sidan %2"),
 "Nobody else has the plan open": ("Ingen andre har planen åpen", "Ingen andre har planen open"),
 "Also open by: %1": ("Også åpen hos: %1", "Òg open hjå: %1"),
 " — NOT CONNECTED: nothing can be changed until the server answers again":
   (" — IKKE TILKOBLET: ingenting kan endres før serveren svarer igjen", " — IKKJE TILKOPLA: ingenting kan endrast før tenaren svarar igjen"),
})
PLURAL.update({'%n plan(s) in the database.': (['%n plan i databasen.', '%n planer i databasen.'], ['%n plan i databasen.', '%n planar i databasen.'])})
root = Path(__file__).resolve().parent
T.update({
 # Issue 14, follow-up: periods deleted and re-dated, tertials, reported by, the report's preview (src/editor/followup/).
 'Reported by': ('Rapportert av', 'Rapportert av'),
 'The period %1 cannot close (%2) before it starts (%3).': ('Perioden %1 kan ikke slutte (%2) før den begynner (%3).', 'Perioden %1 kan ikkje slutte (%2) før han byrjar (%3).'),
 'The period cannot close (%1) before it starts (%2).': ('Perioden kan ikke slutte (%1) før den begynner (%2).', 'Perioden kan ikkje slutte (%1) før han byrjar (%2).'),
 'Change dates of period %1': ('Endre datoer for periode %1', 'Endre datoar for periode %1'),
 'Delete period %1': ('Slett periode %1', 'Slett periode %1'), 'Delete the period %1?': ('Slette perioden %1?', 'Slette perioden %1?'),
 'Nothing has been reported for it yet.': ('Ingenting er rapportert for den ennå.', 'Ingenting er rapportert for han enno.'),
 'You can undo it (Ctrl+Z).': ('Du kan angre det (Ctrl+Z).', 'Du kan angre det (Ctrl+Z).'),
 'Edit reporting period %1': ('Endre rapporteringsperiode %1', 'Endre rapporteringsperiode %1'),
 'Tertial (four months)': ('Tertial (fire måneder)', 'Tertial (fire månader)'), 'Custom period': ('Egen periode', 'Eigen periode'),
 '&Kind:': ('&Type:', '&Type:'), '&Edit…': ('&Endre …', '&Endre …'), '&Delete…': ('&Slett …', '&Slett …'),
 "Change the period's name, start and closing date (undoable)": ('Endre periodens navn, start og rapporteringsfrist (kan angres)', 'Endre namnet, starten og rapporteringsfristen til perioden (kan angrast)'),
 'Report pre&view': ('&Forhåndsvis rapporten', '&Førehandsvis rapporten'),
 'Show or hide the follow-up report of the period beside the tables': ('Vis eller skjul periodens oppfølgingsrapport ved siden av tabellene', 'Vis eller skjul oppfølgingsrapporten for perioden ved sida av tabellane'),
 'A closed period is kept as it is: reopen it to delete it': ('En lukket periode står som den er: gjenåpne den for å slette den', 'Ein lukka periode står som han er: opne han att for å slette han'),
 'Delete the period with its status reports and indicator values (undoable)': ('Slett perioden med statusrapportene og indikatorverdiene (kan angres)', 'Slett perioden med statusrapportane og indikatorverdiane (kan angrast)'),
 'Cannot change the period': ('Kan ikke endre perioden', 'Kan ikkje endre perioden'), 'Edit period %1': ('Endre periode %1', 'Endre periode %1'),
 'Preview of the follow-up report': ('Forhåndsvisning av oppfølgingsrapporten', 'Førehandsvising av oppfølgingsrapporten'),
 'Your &name:': ('Ditt &navn:', 'Namnet &ditt:'),
 "Signs the follow-up reports you edit (Reported by); empty: your account's name":
   ('Står som «Rapportert av» på oppfølgingsrapportene du endrer; tomt: brukerkontoens navn', 'Står som «Rapportert av» på oppfølgingsrapportane du endrar; tomt: namnet på brukarkontoen'),
})
PLURAL.update({'Its %n status reports': (['Den ene statusrapporten', 'De %n statusrapportene'], ['Den eine statusrapporten', 'Dei %n statusrapportane']),
               'and %n indicator values are deleted with it.': (['og den ene indikatorverdien slettes sammen med den.', 'og de %n indikatorverdiene slettes sammen med den.'],
                                                                ['og den eine indikatorverdien blir sletta saman med han.', 'og dei %n indikatorverdiane blir sletta saman med han.'])})

T.update({
 # Issue 15: "Behold min" as an undoable edit; the server's messages in the connection bar and on undo.
 'Keep mine: %1': ('Behold min: %1', 'Behald min: %1'),
 'lost the connection to the server and cannot connect again (%1): %2':
   ('mistet forbindelsen til serveren og får ikke koblet til igjen (%1): %2', 'miste sambandet med tenaren og får ikkje kopla til att (%1): %2'),
 'lost the connection to the server and cannot connect again: %1':
   ('mistet forbindelsen til serveren og får ikke koblet til igjen: %1', 'miste sambandet med tenaren og får ikkje kopla til att: %1'),
 'cannot connect to the server: %1': ('får ikke koblet til serveren: %1', 'får ikkje kopla til tenaren: %1'),
 'another editor has changed the %1 "%2" since your edit; undoing it would overwrite their work, so it was not undone':
   ('en annen har endret oppføringen (%1 «%2») etter din endring; å angre den ville skrive over arbeidet deres, så den ble ikke angret',
    'ein annan har endra oppføringa (%1 «%2») etter endringa di; å angre henne ville skrive over arbeidet deira, så ho vart ikkje angra'),
})
# English: only the plural forms of the source texts (planverk_en.ts, lupdate -pluralonly).
PLURAL_EN = {
 'Its %n status reports': ['Its one status report', 'Its %n status reports'],
 'and %n indicator values are deleted with it.': ['and its one indicator value are deleted with it.', 'and %n indicator values are deleted with it.'],
 'Import %n indicator values from %1': ['Import %n indicator value from %1', 'Import %n indicator values from %1'],
 '%n entries. Select one to edit it, or add a new one.': ['%n entry. Select it to edit it, or add a new one.', '%n entries. Select one to edit it, or add a new one.'],
 '%n occurrence(s) replaced': ['%n occurrence replaced', '%n occurrences replaced'],
 '%n plan(s) in the database.': ['%n plan in the database.', '%n plans in the database.'],
}

missing = set()
en_path = root / 'planverk_en.ts'
if en_path.exists():
    en = en_path.read_text(encoding='utf-8')

    def fill_en(m):
        block = m.group(0)
        src = unescape(re.search(r'<source>(.*?)</source>', block, re.S).group(1), {'&quot;': '"', '&apos;': "'"})
        if 'numerus="yes"' not in block:
            return block
        if src not in PLURAL_EN:
            missing.add(src)
            return block
        forms = ''.join(f'<numerusform>{escape(f)}</numerusform>' for f in PLURAL_EN[src])
        return re.sub(r'<translation[^>]*>.*?</translation>|<translation[^>]*/>', f'<translation>{forms}</translation>', block, flags=re.S)

    en_path.write_text(re.sub(r'<message[^>]*>.*?</message>', fill_en, en, flags=re.S), encoding='utf-8')
for index, lang in ((0, 'nb'), (1, 'nn')):
    path = root / f'planverk_{lang}.ts'
    text = path.read_text(encoding='utf-8')
    text = re.sub(r'<TS version="([^"]+)"[^>]*>', lambda m: f'<TS version="{m.group(1)}" language="{lang}_NO">', text, count=1)

    def fill(m):
        block = m.group(0)
        src = unescape(re.search(r'<source>(.*?)</source>', block, re.S).group(1), {'&quot;': '"', '&apos;': "'"})
        if 'numerus="yes"' in block and src in PLURAL:
            forms = ''.join(f'<numerusform>{escape(f)}</numerusform>' for f in PLURAL[src][index])
            return re.sub(r'<translation[^>]*>.*?</translation>|<translation[^>]*/>', f'<translation>{forms}</translation>', block, flags=re.S)
        if src not in T:
            missing.add(src)
            return block
        return re.sub(r'<translation[^>]*>.*?</translation>|<translation[^>]*/>', f'<translation>{escape(T[src][index])}</translation>', block, flags=re.S)

    text = re.sub(r'<message[^>]*>.*?</message>', fill, text, flags=re.S)
    path.write_text(text, encoding='utf-8')
if missing:
    print('untranslated:', *sorted(missing), sep='\n  ')
    sys.exit(1)

