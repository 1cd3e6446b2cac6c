<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>ActionPage</name>
    <message>
        <location filename="../../ui/actionpage.ui" line="9"/>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/actionpage.ui" line="15"/>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/actionpage.ui" line="21"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/actionpage.ui" line="26"/>
        <source>&amp;Description</source>
        <translation>&amp;Skildring</translation>
    </message>
    <message>
        <location filename="../../ui/actionpage.ui" line="32"/>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <location filename="../../ui/actionpage.ui" line="38"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Ansvarleg</translation>
    </message>
    <message>
        <location filename="../../ui/actionpage.ui" line="44"/>
        <source>Responsible</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <location filename="../../ui/actionpage.ui" line="49"/>
        <source>D&amp;eadline</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <location filename="../../ui/actionpage.ui" line="55"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/actionpage.ui" line="60"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/actionpage.ui" line="66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/actionpage.ui" line="71"/>
        <source>&amp;Budget (NOK)</source>
        <translation>&amp;Budsjett (kr)</translation>
    </message>
    <message>
        <location filename="../../ui/actionpage.ui" line="77"/>
        <source>Budget (NOK)</source>
        <translation>Budsjett (kr)</translation>
    </message>
    <message>
        <location filename="../../ui/actionpage.ui" line="82"/>
        <source>&amp;Goals</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <location filename="../../ui/actionpage.ui" line="88"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>AmendmentPage</name>
    <message>
        <location filename="../../ui/amendmentpage.ui" line="9"/>
        <source>Amendment</source>
        <translation>Framlegg</translation>
    </message>
    <message>
        <location filename="../../ui/amendmentpage.ui" line="15"/>
        <source>&amp;Proposed by (parties)</source>
        <translation>&amp;Fremja av (parti)</translation>
    </message>
    <message>
        <location filename="../../ui/amendmentpage.ui" line="21"/>
        <source>Proposed by (parties)</source>
        <translation>Fremja av (parti)</translation>
    </message>
    <message>
        <location filename="../../ui/amendmentpage.ui" line="26"/>
        <source>Pre&amp;sented by</source>
        <translation>&amp;Lagt fram av</translation>
    </message>
    <message>
        <location filename="../../ui/amendmentpage.ui" line="32"/>
        <source>Presented by</source>
        <translation>Lagt fram av</translation>
    </message>
    <message>
        <location filename="../../ui/amendmentpage.ui" line="37"/>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/amendmentpage.ui" line="43"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/amendmentpage.ui" line="49"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Utfall</translation>
    </message>
    <message>
        <location filename="../../ui/amendmentpage.ui" line="55"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../ui/amendmentpage.ui" line="60"/>
        <source>Votes &amp;for</source>
        <translation>Røyster &amp;for</translation>
    </message>
    <message>
        <location filename="../../ui/amendmentpage.ui" line="66"/>
        <source>Votes for</source>
        <translation>Røyster for</translation>
    </message>
    <message>
        <location filename="../../ui/amendmentpage.ui" line="71"/>
        <source>Votes &amp;against</source>
        <translation>Røyster &amp;mot</translation>
    </message>
    <message>
        <location filename="../../ui/amendmentpage.ui" line="77"/>
        <source>Votes against</source>
        <translation>Røyster mot</translation>
    </message>
    <message>
        <location filename="../../ui/amendmentpage.ui" line="82"/>
        <source>&amp;Note on the vote</source>
        <translation>&amp;Merknad til røystinga</translation>
    </message>
    <message>
        <location filename="../../ui/amendmentpage.ui" line="88"/>
        <source>Note on the vote</source>
        <translation>Merknad til røystinga</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../ui/contactpage.ui" line="9"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/contactpage.ui" line="15"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../ui/contactpage.ui" line="21"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/contactpage.ui" line="26"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/contactpage.ui" line="32"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/contactpage.ui" line="37"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasjon</translation>
    </message>
    <message>
        <location filename="../../ui/contactpage.ui" line="43"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../ui/contactpage.ui" line="48"/>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/contactpage.ui" line="54"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/contactpage.ui" line="59"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <location filename="../../ui/contactpage.ui" line="65"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/contactpage.ui" line="70"/>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <location filename="../../ui/contactpage.ui" line="76"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <location filename="../../ui/goalpage.ui" line="9"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/goalpage.ui" line="15"/>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/goalpage.ui" line="21"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/goalpage.ui" line="26"/>
        <source>Policy &amp;area</source>
        <translation>Politikk&amp;område</translation>
    </message>
    <message>
        <location filename="../../ui/goalpage.ui" line="32"/>
        <source>Policy area</source>
        <translation>Politikkområde</translation>
    </message>
    <message>
        <location filename="../../ui/goalpage.ui" line="37"/>
        <source>&amp;Description</source>
        <translation>&amp;Skildring</translation>
    </message>
    <message>
        <location filename="../../ui/goalpage.ui" line="43"/>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <location filename="../../ui/goalpage.ui" line="49"/>
        <source>T&amp;hemes</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <location filename="../../ui/goalpage.ui" line="55"/>
        <source>Themes</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/goalpage.ui" line="61"/>
        <source>UN &amp;Sustainable Development Goals</source>
        <translation>FNs &amp;berekraftsmål</translation>
    </message>
    <message>
        <location filename="../../ui/goalpage.ui" line="67"/>
        <source>UN Sustainable Development Goals</source>
        <translation>FNs berekraftsmål</translation>
    </message>
</context>
<context>
    <name>InstrumentPage</name>
    <message>
        <location filename="../../ui/instrumentpage.ui" line="9"/>
        <source>Instrument</source>
        <translation>Verkemiddel</translation>
    </message>
    <message>
        <location filename="../../ui/instrumentpage.ui" line="15"/>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/instrumentpage.ui" line="21"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/instrumentpage.ui" line="26"/>
        <source>&amp;Description</source>
        <translation>&amp;Skildring</translation>
    </message>
    <message>
        <location filename="../../ui/instrumentpage.ui" line="32"/>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
</context>
<context>
    <name>LinkWarning</name>
    <message>
        <location filename="../../src/editor/linkwarning.cpp" line="68"/>
        <source>%1 links to %2.</source>
        <translation>%1 viser til %2.</translation>
    </message>
    <message>
        <location filename="../../src/editor/linkwarning.cpp" line="68"/>
        <source>%1 link to %2.</source>
        <translation>%1 viser til %2.</translation>
    </message>
</context>
<context>
    <name>MembershipPage</name>
    <message>
        <location filename="../../ui/membershippage.ui" line="9"/>
        <source>Network or membership</source>
        <translation>Nettverk eller medlemskap</translation>
    </message>
    <message>
        <location filename="../../ui/membershippage.ui" line="15"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../ui/membershippage.ui" line="21"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/membershippage.ui" line="26"/>
        <source>A&amp;cronym</source>
        <translation>For&amp;korting</translation>
    </message>
    <message>
        <location filename="../../ui/membershippage.ui" line="32"/>
        <source>Acronym</source>
        <translation>Forkorting</translation>
    </message>
    <message>
        <location filename="../../ui/membershippage.ui" line="37"/>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/membershippage.ui" line="43"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/membershippage.ui" line="48"/>
        <source>&amp;Description</source>
        <translation>&amp;Skildring</translation>
    </message>
    <message>
        <location filename="../../ui/membershippage.ui" line="54"/>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <location filename="../../ui/membershippage.ui" line="60"/>
        <source>&amp;Web address</source>
        <translation>&amp;Nettadresse</translation>
    </message>
    <message>
        <location filename="../../ui/membershippage.ui" line="66"/>
        <source>Web address</source>
        <translation>Nettadresse</translation>
    </message>
    <message>
        <location filename="../../ui/membershippage.ui" line="71"/>
        <source>&amp;Goals it serves</source>
        <translation>&amp;Mål det bidreg til</translation>
    </message>
    <message>
        <location filename="../../ui/membershippage.ui" line="77"/>
        <source>Goals it serves</source>
        <translation>Mål det bidreg til</translation>
    </message>
</context>
<context>
    <name>PartnershipPage</name>
    <message>
        <location filename="../../ui/partnershippage.ui" line="9"/>
        <source>Partnership</source>
        <translation>Samarbeid</translation>
    </message>
    <message>
        <location filename="../../ui/partnershippage.ui" line="15"/>
        <source>&amp;Partner</source>
        <translation>&amp;Samarbeidspartnar</translation>
    </message>
    <message>
        <location filename="../../ui/partnershippage.ui" line="21"/>
        <source>Partner</source>
        <translation>Samarbeidspartnar</translation>
    </message>
    <message>
        <location filename="../../ui/partnershippage.ui" line="26"/>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/partnershippage.ui" line="32"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/partnershippage.ui" line="37"/>
        <source>&amp;Through</source>
        <translation>&amp;Gjennom</translation>
    </message>
    <message>
        <location filename="../../ui/partnershippage.ui" line="43"/>
        <source>Through</source>
        <translation>Gjennom</translation>
    </message>
    <message>
        <location filename="../../ui/partnershippage.ui" line="48"/>
        <source>&amp;Since</source>
        <translation>Si&amp;dan</translation>
    </message>
    <message>
        <location filename="../../ui/partnershippage.ui" line="54"/>
        <source>Since</source>
        <translation>Sidan</translation>
    </message>
    <message>
        <location filename="../../ui/partnershippage.ui" line="59"/>
        <source>&amp;Description</source>
        <translation>&amp;Skildring</translation>
    </message>
    <message>
        <location filename="../../ui/partnershippage.ui" line="65"/>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
</context>
<context>
    <name>PlanInfoPage</name>
    <message>
        <location filename="../../ui/planinfopage.ui" line="9"/>
        <source>About the plan</source>
        <translation>Om planen</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="15"/>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="21"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="26"/>
        <source>S&amp;ubtitle</source>
        <translation>&amp;Undertittel</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="32"/>
        <source>Subtitle</source>
        <translation>Undertittel</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="37"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasjon</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="43"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="48"/>
        <source>T&amp;ype of plan</source>
        <translation>&amp;Plantype</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="54"/>
        <source>Type of plan</source>
        <translation>Plantype</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="59"/>
        <source>Period &amp;from</source>
        <translation>Periode &amp;frå</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="65"/>
        <source>Period from</source>
        <translation>Periode frå</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="70"/>
        <source>Period t&amp;o</source>
        <translation>Periode t&amp;il</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="76"/>
        <source>Period to</source>
        <translation>Periode til</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="81"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="87"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="92"/>
        <source>Document &amp;language</source>
        <translation>Dokumentet sitt &amp;språk</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="98"/>
        <source>Document language</source>
        <translation>Dokumentet sitt språk</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="103"/>
        <source>&amp;Document type</source>
        <translation>Type &amp;dokument</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="109"/>
        <source>Document type</source>
        <translation>Type dokument</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="114"/>
        <source>O&amp;wner</source>
        <translation>&amp;Eigar/verksemd</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="120"/>
        <source>Owner</source>
        <translation>Eigar/verksemd</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="125"/>
        <source>&amp;Author</source>
        <translation>&amp;Forfattar</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="131"/>
        <source>Author</source>
        <translation>Forfattar</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="136"/>
        <source>Adopted &amp;by</source>
        <translation>&amp;Vedteke av</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="142"/>
        <source>Adopted by</source>
        <translation>Vedteke av</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="147"/>
        <source>Date ado&amp;pted</source>
        <translation>Dato vedt&amp;eke</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="153"/>
        <source>Date adopted</source>
        <translation>Dato vedteke</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="158"/>
        <source>&amp;Case number</source>
        <translation>&amp;Saksnummer</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="164"/>
        <source>Case number</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="169"/>
        <source>&amp;Web site</source>
        <translation>&amp;Nettstad</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="175"/>
        <source>Web site</source>
        <translation>Nettstad</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="180"/>
        <source>Su&amp;mmary</source>
        <translation>Sam&amp;andrag</translation>
    </message>
    <message>
        <location filename="../../ui/planinfopage.ui" line="186"/>
        <source>Summary</source>
        <translation>Samandrag</translation>
    </message>
</context>
<context>
    <name>ProcessingPage</name>
    <message>
        <location filename="../../ui/processingpage.ui" line="9"/>
        <source>Political processing</source>
        <translation>Politisk handsaming</translation>
    </message>
    <message>
        <location filename="../../ui/processingpage.ui" line="15"/>
        <source>&amp;Body</source>
        <translation>&amp;Organ</translation>
    </message>
    <message>
        <location filename="../../ui/processingpage.ui" line="21"/>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location filename="../../ui/processingpage.ui" line="26"/>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../ui/processingpage.ui" line="32"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/processingpage.ui" line="37"/>
        <source>&amp;Case number</source>
        <translation>&amp;Saksnummer</translation>
    </message>
    <message>
        <location filename="../../ui/processingpage.ui" line="43"/>
        <source>Case number</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <location filename="../../ui/processingpage.ui" line="48"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Utfall</translation>
    </message>
    <message>
        <location filename="../../ui/processingpage.ui" line="54"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../ui/processingpage.ui" line="59"/>
        <source>D&amp;ecision</source>
        <translation>&amp;Vedtak</translation>
    </message>
    <message>
        <location filename="../../ui/processingpage.ui" line="65"/>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/editor/savefiledialog.cpp" line="42"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Fann ikkje mappa.
Kontroller at du har oppgjeve rett mappenamn.</translation>
    </message>
    <message>
        <location filename="../../src/editor/savefiledialog.cpp" line="46"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finst frå før.
Vil du byta ho ut?</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <location filename="../../ui/referencepage.ui" line="9"/>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <location filename="../../ui/referencepage.ui" line="15"/>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/referencepage.ui" line="21"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/referencepage.ui" line="26"/>
        <source>&amp;Web address</source>
        <translation>&amp;Nettadresse</translation>
    </message>
    <message>
        <location filename="../../ui/referencepage.ui" line="32"/>
        <source>Web address</source>
        <translation>Nettadresse</translation>
    </message>
    <message>
        <location filename="../../ui/referencepage.ui" line="37"/>
        <source>&amp;Note</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message>
        <location filename="../../ui/referencepage.ui" line="43"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../ui/sectionpage.ui" line="9"/>
        <source>Text section</source>
        <translation>Tekstdel</translation>
    </message>
    <message>
        <location filename="../../ui/sectionpage.ui" line="15"/>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/sectionpage.ui" line="21"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/sectionpage.ui" line="26"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;kst</translation>
    </message>
    <message>
        <location filename="../../ui/sectionpage.ui" line="32"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>ThemePage</name>
    <message>
        <location filename="../../ui/themepage.ui" line="9"/>
        <source>Thematic priority</source>
        <translation>Tematisk prioritering</translation>
    </message>
    <message>
        <location filename="../../ui/themepage.ui" line="15"/>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/themepage.ui" line="21"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/themepage.ui" line="26"/>
        <source>&amp;Description</source>
        <translation>&amp;Skildring</translation>
    </message>
    <message>
        <location filename="../../ui/themepage.ui" line="32"/>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
</context>
<context>
    <name>planverk::ActionReportModel</name>
    <message>
        <location filename="../../src/editor/followup/actionreportmodel.cpp" line="213"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/actionreportmodel.cpp" line="214"/>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/actionreportmodel.cpp" line="215"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/actionreportmodel.cpp" line="216"/>
        <source>Responsible</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/actionreportmodel.cpp" line="217"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/actionreportmodel.cpp" line="218"/>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/actionreportmodel.cpp" line="219"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/actionreportmodel.cpp" line="220"/>
        <source>Reported by</source>
        <translation>Rapportert av</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/actionreportmodel.cpp" line="221"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
</context>
<context>
    <name>planverk::Checks</name>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="34"/>
        <source>the goal has no title</source>
        <translation>målet har ingen tittel</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="36"/>
        <source>the sub-goal has no title</source>
        <translation>delmålet har ingen tittel</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="38"/>
        <source>the theme has no title</source>
        <translation>temaet har ingen tittel</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="39"/>
        <source>the instrument has no title</source>
        <translation>verkemiddelet har ingen tittel</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="40"/>
        <source>the membership has no name</source>
        <translation>medlemskapet har ikkje noko namn</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="41"/>
        <source>the partnership has no partner</source>
        <translation>samarbeidet har ingen samarbeidspartnar</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="42"/>
        <source>the action has no title</source>
        <translation>tiltaket har ingen tittel</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="43"/>
        <source>the contact has no name</source>
        <translation>kontakten har ikkje noko namn</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="44"/>
        <source>the reference has no title</source>
        <translation>referansen har ingen tittel</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="52"/>
        <source>the deadline %1 is after the plan period ends (%2)</source>
        <translation>fristen %1 er etter at planperioden sluttar (%2)</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="58"/>
        <source>&quot;%1&quot; does not look like an e-mail address</source>
        <translation>«%1» ser ikkje ut som ei e-postadresse</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="64"/>
        <source>the political processing does not say which body treated the case</source>
        <translation>den politiske handsaminga seier ikkje kva organ som handsama saka</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="68"/>
        <source>the amendment has no text</source>
        <translation>framlegget har ingen tekst</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="92"/>
        <source>the status report is for action %1, which is not in the plan</source>
        <translation>statusrapporten gjeld tiltak %1, som ikkje er i planen</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="95"/>
        <source>the status report is for period %1, which is not in the plan</source>
        <translation>statusrapporten gjeld periode %1, som ikkje er i planen</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="109"/>
        <source>the indicator &quot;%1&quot; belongs to goal %2, which is not in the plan</source>
        <translation>indikatoren «%1» høyrer til mål %2, som ikkje er i planen</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="111"/>
        <source>the indicator has no name</source>
        <translation>indikatoren har ikkje noko namn</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="116"/>
        <source>the target year %1 is outside the plan period (%2–%3)</source>
        <translation>målåret %1 er utanfor planperioden (%2–%3)</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="122"/>
        <source>the value is for period %1, which is not in the plan</source>
        <translation>verdien gjeld periode %1, som ikkje er i planen</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="139"/>
        <source>the plan has no title</source>
        <translation>planen har ingen tittel</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="141"/>
        <source>the plan does not name its organisation</source>
        <translation>planen seier ikkje kva organisasjon han høyrer til</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="143"/>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>perioden sluttar (%1) før han byrjar (%2)</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="146"/>
        <source>the plan is adopted but has no case number</source>
        <translation>planen er vedteken, men har ikkje saksnummer</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="148"/>
        <source>the plan is adopted but has no date of adoption</source>
        <translation>planen er vedteken, men har ikkje vedtaksdato</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="150"/>
        <source>the plan is adopted but does not say by whom</source>
        <translation>planen er vedteken, men det står ikkje av kven</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="164"/>
        <source>the accent colour %1 has a contrast of %2:1 with white text; WCAG asks for at least 4.5:1</source>
        <translation>profilfargen %1 har ein kontrast på %2:1 mot kvit tekst; WCAG krev minst 4,5:1</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="168"/>
        <source>the logo has no alternative text</source>
        <translation>logoen har ingen alternativ tekst</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="170"/>
        <source>the cover picture has no alternative text</source>
        <translation>framsidebiletet har ingen alternativ tekst</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="217"/>
        <source>&quot;%1&quot; looks like a placeholder left from a Word template: fill it in or remove it</source>
        <translation>«%1» ser ut som ein plasshaldar frå ein Word-mal: fyll han ut eller fjern han</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="226"/>
        <source>the section has no title</source>
        <translation>tekstdelen har ingen tittel</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="251"/>
        <source>refers to %1 %2, which is not in the plan</source>
        <translation>viser til %1 %2, som ikkje finst i planen</translation>
    </message>
    <message>
        <location filename="../../src/core/model/planchecks.cpp" line="237"/>
        <source>%1 is not a UN Sustainable Development Goal (1 to 17)</source>
        <translation>%1 er ikkje eitt av FNs berekraftsmål (1 til 17)</translation>
    </message>
</context>
<context>
    <name>planverk::CommentDelegate</name>
    <message>
        <location filename="../../src/editor/followup/reportdelegates.cpp" line="73"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/reportdelegates.cpp" line="74"/>
        <source>Enter: new line. Ctrl+Enter or leaving the cell: keep. Escape: drop.</source>
        <translation>Enter: ny linje. Ctrl+Enter eller å gå ut av cella: behald. Escape: forkast.</translation>
    </message>
</context>
<context>
    <name>planverk::ComparisonView</name>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="53"/>
        <source>added</source>
        <translation>lagd til</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="55"/>
        <source>removed</source>
        <translation>fjerna</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="57"/>
        <source>moved from “%1”</source>
        <translation>flytta frå «%1»</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="57"/>
        <source>the top level</source>
        <translation>øvste nivå</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="59"/>
        <source>moved from place %1</source>
        <translation>flytta frå plass %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="46"/>
        <source>changed: %1</source>
        <translation>endra: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="70"/>
        <source>Compare with plan</source>
        <translation>Samanlikn med plan</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="71"/>
        <source>Plans (*.planverk *.json)</source>
        <translation>Planar (*.planverk *.json)</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="77"/>
        <location filename="../../src/editor/comparisonview.cpp" line="104"/>
        <source>Cannot compare</source>
        <translation>Kan ikkje samanlikne</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="89"/>
        <location filename="../../src/editor/comparisonview.cpp" line="97"/>
        <source>Compare with version</source>
        <translation>Samanlikn med versjon</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="90"/>
        <source>The plan has no versions yet. Save one with File ▸ Save version…, or compare with another plan file.</source>
        <translation>Planen har ingen versjonar enno. Lagre ein med Fil ▸ Lagre versjon …, eller samanlikn med ei anna planfil.</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="95"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="98"/>
        <source>What changed since the &amp;version:</source>
        <translation>Kva er endra sidan &amp;versjonen:</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="111"/>
        <source>Comparison</source>
        <translation>Samanlikning</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="121"/>
        <source>Changes</source>
        <translation>Endringar</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="123"/>
        <source>Entry</source>
        <translation>Oppføring</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="123"/>
        <source>What changed</source>
        <translation>Kva er endra</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="128"/>
        <source>&amp;Compare again</source>
        <translation>Samanlikn &amp;på nytt</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="129"/>
        <source>Close the comparison</source>
        <translation>Lukk samanlikninga</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="180"/>
        <source>No changes from %1 to %2.</source>
        <translation>Ingen endringar frå %1 til %2.</translation>
    </message>
    <message>
        <location filename="../../src/editor/comparisonview.cpp" line="181"/>
        <source>Changes from %1 to %2</source>
        <translation>Endringar frå %1 til %2</translation>
    </message>
</context>
<context>
    <name>planverk::ConflictDialog</name>
    <message>
        <location filename="../../src/editor/conflictdialog.cpp" line="19"/>
        <source>Changed by another editor</source>
        <translation>Endra av ein annan</translation>
    </message>
    <message>
        <location filename="../../src/editor/conflictdialog.cpp" line="21"/>
        <source>Another editor changed the same field while you were editing it. Nothing was saved; the plan now shows their value. Keep theirs, or save yours over it.</source>
        <translation>Ein annan endra det same feltet medan du redigerte det. Ingenting vart lagra; planen viser no verdien deira. Behald deira, eller lagra din over han.</translation>
    </message>
    <message>
        <location filename="../../src/editor/conflictdialog.cpp" line="26"/>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Deira&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/editor/conflictdialog.cpp" line="27"/>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Din&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/editor/conflictdialog.cpp" line="42"/>
        <source>Keep &amp;theirs</source>
        <translation>Behald &amp;deira</translation>
    </message>
    <message>
        <location filename="../../src/editor/conflictdialog.cpp" line="44"/>
        <source>Keep &amp;mine</source>
        <translation>Behald &amp;min</translation>
    </message>
    <message>
        <location filename="../../src/editor/conflictdialog.cpp" line="62"/>
        <source>Keep mine: %1</source>
        <translation>Behald min: %1</translation>
    </message>
</context>
<context>
    <name>planverk::DateEdit</name>
    <message>
        <location filename="../../src/editor/dateedit.cpp" line="22"/>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <location filename="../../src/editor/dateedit.cpp" line="23"/>
        <source>A date as dd.mm.yyyy (17.02.2026); empty for no date. Alt+Down opens a calendar.</source>
        <translation>Ein dato som dd.mm.åååå (17.02.2026); tomt for ingen dato. Alt+Pil ned opnar ein kalender.</translation>
    </message>
    <message>
        <location filename="../../src/editor/dateedit.cpp" line="27"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../src/editor/dateedit.cpp" line="64"/>
        <source>“%1” is not a date in the calendar. The date is still %2.</source>
        <translation>«%1» er ikkje ein dato som finst. Datoen er framleis %2.</translation>
    </message>
    <message>
        <location filename="../../src/editor/dateedit.cpp" line="64"/>
        <location filename="../../src/editor/dateedit.cpp" line="66"/>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <location filename="../../src/editor/dateedit.cpp" line="65"/>
        <source>“%1” is not a whole date: write day, month and year, as 17.02.2026. The date is still %2.</source>
        <translation>«%1» er ikkje ein heil dato: skriv dag, månad og år, som 17.02.2026. Datoen er framleis %2.</translation>
    </message>
</context>
<context>
    <name>planverk::EntityPage</name>
    <message>
        <location filename="../../src/editor/entitypage.cpp" line="192"/>
        <source>No themes yet: add them under Thematic priorities.</source>
        <translation>Ingen tema enno: legg dei til under Tematiske prioriteringar.</translation>
    </message>
    <message>
        <location filename="../../src/editor/entitypage.cpp" line="193"/>
        <source>No goals yet: add them under Goals.</source>
        <translation>Ingen mål enno: legg dei til under Mål.</translation>
    </message>
</context>
<context>
    <name>planverk::ErrorText</name>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="12"/>
        <source>no such file</source>
        <translation>fila finst ikkje</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="13"/>
        <source>is a folder, not a plan file</source>
        <translation>er ei mappe, ikkje ei planfil</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="14"/>
        <source>cannot be read: %1</source>
        <translation>kan ikkje lesast: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="15"/>
        <source>the file is empty, not a Planverk plan</source>
        <translation>fila er tom, ikkje ein Planverk-plan</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="16"/>
        <source>the file is empty; expected a Planverk plan in JSON</source>
        <translation>fila er tom; her skulle det vere ein Planverk-plan i JSON</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="17"/>
        <source>is a JSON file, not a .planverk plan file; import it with &apos;planverk-cli import&apos;</source>
        <translation>er ei JSON-fil, ikkje ei .planverk-planfil; importer ho (Fil ▸ Importer JSON)</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="18"/>
        <source>is not a Planverk plan (not an SQLite database)</source>
        <translation>er ikkje ein Planverk-plan (ikkje ein SQLite-database)</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="19"/>
        <source>is truncated: the database header is incomplete</source>
        <translation>er avkorta: databasehovudet er ufullstendig</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="20"/>
        <source>is truncated: the database needs %1 bytes but the file has %2</source>
        <translation>er avkorta: databasen treng %1 byte, men fila har %2</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="21"/>
        <source>is an SQLite database of another program, not a Planverk plan (application_id 0x%1)</source>
        <translation>er ein SQLite-database frå eit anna program, ikkje ein Planverk-plan (application_id 0x%1)</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="22"/>
        <source>was written by a newer Planverk (schema version %1; this version reads up to %2)</source>
        <translation>er skriven av ein nyare Planverk (skjemaversjon %1; denne versjonen les opp til %2)</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="23"/>
        <source>has no Planverk schema (user_version 0); the file is damaged</source>
        <translation>har ikkje noko Planverk-skjema (user_version 0); fila er skadd</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="24"/>
        <source>is damaged and cannot be read: %1</source>
        <translation>er skadd og kan ikkje lesast: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="25"/>
        <source>is damaged: %1</source>
        <translation>er skadd: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="26"/>
        <source>is open read-only; the change was not saved</source>
        <translation>er opna skriveverna; endringa vart ikkje lagra</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="27"/>
        <source>exists already; it was left as it is</source>
        <translation>finst alt; ho vart late vere som ho var</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="28"/>
        <source>cannot be created: the folder %1 does not exist</source>
        <translation>kan ikkje opprettast: mappa %1 finst ikkje</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="29"/>
        <source>cannot be copied for reading</source>
        <translation>kan ikkje kopierast for lesing</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="30"/>
        <source>the copy could not be written: %1</source>
        <translation>kopien kunne ikkje skrivast: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="31"/>
        <source>cannot be written: %1</source>
        <translation>kan ikkje skrivast: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="32"/>
        <source>could not be written completely: %1</source>
        <translation>kunne ikkje skrivast heilt: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="33"/>
        <source>could not be saved: %1</source>
        <translation>kunne ikkje lagrast: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="34"/>
        <source>nested more than %1 levels deep</source>
        <translation>er nøsta meir enn %1 nivå djupt</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="35"/>
        <source>was moved, renamed or deleted while it was open; nothing more is saved to it</source>
        <translation>vart flytta, fekk nytt namn eller vart sletta medan ho var open; ingenting meir vert lagra i henne</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="36"/>
        <source>was changed by another program while it was open; nothing more is saved to it</source>
        <translation>vart endra av eit anna program medan ho var open; ingenting meir vert lagra i henne</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="37"/>
        <source>is being written by another program; try again</source>
        <translation>vert skriven av eit anna program akkurat no; prøv igjen</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="38"/>
        <source>cannot be copied for reading: %1</source>
        <translation>kan ikkje kopierast for lesing: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="40"/>
        <source>lost the connection to the server and cannot connect again (%1): %2</source>
        <translation>miste sambandet med tenaren og får ikkje kopla til att (%1): %2</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="41"/>
        <source>lost the connection to the server and cannot connect again: %1</source>
        <translation>miste sambandet med tenaren og får ikkje kopla til att: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="42"/>
        <source>cannot connect to the server: %1</source>
        <translation>får ikkje kopla til tenaren: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/errortext.cpp" line="43"/>
        <source>another editor has changed the %1 &quot;%2&quot; since your edit; undoing it would overwrite their work, so it was not undone</source>
        <translation>ein annan har endra oppføringa (%1 «%2») etter endringa di; å angre henne ville skrive over arbeidet deira, så ho vart ikkje angra</translation>
    </message>
</context>
<context>
    <name>planverk::FollowupEditor</name>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="41"/>
        <source>Set status of “%1”</source>
        <translation>Set status for «%1»</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="49"/>
        <source>Set progress of “%1”</source>
        <translation>Set framdrift for «%1»</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="57"/>
        <source>Edit comment on “%1”</source>
        <translation>Endre kommentar til «%1»</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="69"/>
        <source>Set value of “%1”</source>
        <translation>Set verdi for «%1»</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="69"/>
        <source>Clear value of “%1”</source>
        <translation>Fjern verdi for «%1»</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="79"/>
        <source>Add period %1</source>
        <translation>Legg til periode %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="88"/>
        <source>Rename period %1</source>
        <translation>Gje periode %1 nytt namn</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="97"/>
        <source>The period %1 cannot close (%2) before it starts (%3).</source>
        <translation>Perioden %1 kan ikkje slutte (%2) før han byrjar (%3).</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="101"/>
        <source>Change dates of period %1</source>
        <translation>Endre datoar for periode %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="110"/>
        <source>Delete period %1</source>
        <translation>Slett periode %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="123"/>
        <source>Delete the period %1?</source>
        <translation>Slette perioden %1?</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="125"/>
        <source>Nothing has been reported for it yet.</source>
        <translation>Ingenting er rapportert for han enno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editor/followup/followupeditor.cpp" line="126"/>
        <source>Its %n status reports</source>
        <translation><numerusform>Den eine statusrapporten</numerusform><numerusform>Dei %n statusrapportane</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editor/followup/followupeditor.cpp" line="126"/>
        <source>and %n indicator values are deleted with it.</source>
        <translation><numerusform>og den eine indikatorverdien blir sletta saman med han.</numerusform><numerusform>og dei %n indikatorverdiane blir sletta saman med han.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="127"/>
        <source>You can undo it (Ctrl+Z).</source>
        <translation>Du kan angre det (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="135"/>
        <source>Close period %1</source>
        <translation>Lukk periode %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="143"/>
        <source>Reopen period %1</source>
        <translation>Opne periode %1 att</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editor/followup/followupeditor.cpp" line="195"/>
        <source>Import %n indicator values from %1</source>
        <translation><numerusform>Importer %n indikatorverdi frå %1</numerusform><numerusform>Importer %n indikatorverdiar frå %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="206"/>
        <source>On track</source>
        <translation>I rute</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="208"/>
        <source>Delayed</source>
        <translation>Forseinka</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="210"/>
        <source>Done</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="212"/>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="214"/>
        <source>Not started</source>
        <translation>Ikkje starta</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followupeditor.cpp" line="215"/>
        <source>Not reported</source>
        <translation>Ikkje rapportert</translation>
    </message>
</context>
<context>
    <name>planverk::FollowupPage</name>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="64"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="69"/>
        <source>Reporting &amp;period:</source>
        <translation>Rapporterings&amp;periode:</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="72"/>
        <source>Reporting period</source>
        <translation>Rapporteringsperiode</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="76"/>
        <source>&amp;New period…</source>
        <translation>&amp;Ny periode …</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="78"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Endre …</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="80"/>
        <source>Change the period&apos;s name, start and closing date (undoable)</source>
        <translation>Endre namnet, starten og rapporteringsfristen til perioden (kan angrast)</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="81"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett …</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="85"/>
        <source>Report pre&amp;view</source>
        <translation>&amp;Førehandsvis rapporten</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="89"/>
        <source>Show or hide the follow-up report of the period beside the tables</source>
        <translation>Vis eller skjul oppfølgingsrapporten for perioden ved sida av tabellane</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="105"/>
        <source>The plan has no reporting periods yet. Add one (New period…) to follow up its actions and indicators.</source>
        <translation>Planen har ingen rapporteringsperiodar enno. Legg til ein (Ny periode …) for å følgje opp tiltaka og indikatorane.</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="130"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="130"/>
        <source>Show actions with status</source>
        <translation>Vis tiltak med status</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="131"/>
        <source>Res&amp;ponsible:</source>
        <translation>&amp;Ansvarleg:</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="131"/>
        <source>Show actions of</source>
        <translation>Vis tiltaka til</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="132"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="132"/>
        <source>Show actions and indicators of goal</source>
        <translation>Vis tiltak og indikatorar for målet</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="136"/>
        <source>Actions</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="138"/>
        <source>Actions and their reports</source>
        <translation>Tiltaka og rapportane deira</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="140"/>
        <source>Indicator values</source>
        <translation>Indikatorverdiar</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="142"/>
        <source>Indicator values of the period</source>
        <translation>Indikatorverdiane i perioden</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="256"/>
        <source>%1 (closed)</source>
        <translation>%1 (lukka)</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="277"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="288"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="292"/>
        <source>All goals</source>
        <translation>Alle mål</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="347"/>
        <source>A closed period is kept as it is: reopen it to delete it</source>
        <translation>Ein lukka periode står som han er: opne han att for å slette han</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="348"/>
        <source>Delete the period with its status reports and indicator values (undoable)</source>
        <translation>Slett perioden med statusrapportane og indikatorverdiane (kan angrast)</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="350"/>
        <source>&amp;Reopen period</source>
        <translation>&amp;Opne perioden att</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="350"/>
        <source>&amp;Close period</source>
        <translation>&amp;Lukk perioden</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="351"/>
        <source>Reopen the period, so that its reports and values can change (undoable)</source>
        <translation>Opne perioden att, slik at rapportane og verdiane kan endrast (kan angrast)</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="352"/>
        <source>Close the period: its reports and values are kept as they are until it is reopened (undoable)</source>
        <translation>Lukk perioden: rapportane og verdiane står som dei er til han blir opna att (kan angrast)</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="355"/>
        <source>The period %1 is closed: its reports and values are shown read-only. Reopen it to change them.</source>
        <translation>Perioden %1 er lukka: rapportane og verdiane blir viste skriveverna. Opne han att for å endre dei.</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="386"/>
        <source>Cannot change the period</source>
        <translation>Kan ikkje endre perioden</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="386"/>
        <source>The period %1 cannot close (%2) before it starts (%3).</source>
        <translation>Perioden %1 kan ikkje slutte (%2) før han byrjar (%3).</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="394"/>
        <source>Edit period %1</source>
        <translation>Endre periode %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="411"/>
        <source>Delete the period %1?</source>
        <translation>Slette perioden %1?</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="446"/>
        <source>Import indicator values</source>
        <translation>Importer indikatorverdiar</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="446"/>
        <source>Values from a spreadsheet (*.csv *.txt);;All files (*)</source>
        <translation>Verdiar frå eit rekneark (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="453"/>
        <source>Cannot import the values</source>
        <translation>Kan ikkje importere verdiane</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="453"/>
        <source>Nothing was changed.</source>
        <translation>Ingenting vart endra.</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/followuppage.cpp" line="456"/>
        <source>The file holds no values that differ from the plan&apos;s.</source>
        <translation>Fila har ingen verdiar som skil seg frå planen sine.</translation>
    </message>
</context>
<context>
    <name>planverk::GoalIndicators</name>
    <message>
        <location filename="../../src/editor/followup/goalindicators.cpp" line="35"/>
        <source>Indicators</source>
        <translation>Indikatorar</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/goalindicators.cpp" line="54"/>
        <source>Baseline %1</source>
        <translation>Utgangspunkt %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/goalindicators.cpp" line="73"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/goalindicators.cpp" line="73"/>
        <source>Target</source>
        <translation>Målverdi</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/goalindicators.cpp" line="73"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/goalindicators.cpp" line="110"/>
        <source>Chart of %1: values against targets; the numbers are beside it</source>
        <translation>Diagram over %1: verdiar mot mål; tala står ved sida av</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/goalindicators.cpp" line="114"/>
        <source>lower is better</source>
        <translation>lågare er betre</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/goalindicators.cpp" line="114"/>
        <source>higher is better</source>
        <translation>høgare er betre</translation>
    </message>
</context>
<context>
    <name>planverk::HelpWindow</name>
    <message>
        <location filename="../../src/editor/helpwindow.cpp" line="25"/>
        <source>User guide – Planverk</source>
        <translation>Brukarrettleiing – Planverk</translation>
    </message>
    <message>
        <location filename="../../src/editor/helpwindow.cpp" line="30"/>
        <source>User guide</source>
        <translation>Brukarrettleiing</translation>
    </message>
    <message>
        <location filename="../../src/editor/helpwindow.cpp" line="35"/>
        <source>Contents of the guide</source>
        <translation>Innhaldet i rettleiinga</translation>
    </message>
    <message>
        <location filename="../../src/editor/helpwindow.cpp" line="57"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../../src/editor/helpwindow.cpp" line="60"/>
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <location filename="../../src/editor/helpwindow.cpp" line="63"/>
        <source>Contents</source>
        <translation>Innhald</translation>
    </message>
</context>
<context>
    <name>planverk::IndicatorValueModel</name>
    <message>
        <location filename="../../src/editor/followup/indicatorvaluemodel.cpp" line="146"/>
        <source>Lower is better</source>
        <translation>Lågare er betre</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/indicatorvaluemodel.cpp" line="146"/>
        <source>Higher is better</source>
        <translation>Høgare er betre</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/indicatorvaluemodel.cpp" line="167"/>
        <source>On target</source>
        <translation>På mål</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/indicatorvaluemodel.cpp" line="167"/>
        <source>Below target</source>
        <translation>Under mål</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/indicatorvaluemodel.cpp" line="187"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/indicatorvaluemodel.cpp" line="188"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/indicatorvaluemodel.cpp" line="189"/>
        <source>Baseline</source>
        <translation>Utgangspunkt</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/indicatorvaluemodel.cpp" line="190"/>
        <source>Target</source>
        <translation>Målverdi</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/indicatorvaluemodel.cpp" line="191"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/indicatorvaluemodel.cpp" line="192"/>
        <source>Against target</source>
        <translation>Mot målverdien</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/indicatorvaluemodel.cpp" line="193"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/indicatorvaluemodel.cpp" line="194"/>
        <source>Source</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/indicatorvaluemodel.cpp" line="235"/>
        <source>“%1” is not a number; the value was not changed.</source>
        <translation>«%1» er ikkje eit tal; verdien vart ikkje endra.</translation>
    </message>
</context>
<context>
    <name>planverk::MainWindow</name>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="106"/>
        <source>Plan navigator</source>
        <translation>Innhaldet i planen</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="131"/>
        <location filename="../../src/editor/mainwindow.cpp" line="311"/>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="147"/>
        <source>Find in titles and texts (Ctrl+F)</source>
        <translation>Søk i titlar og tekstar (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="148"/>
        <source>Find</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="187"/>
        <location filename="../../src/editor/mainwindow.cpp" line="197"/>
        <source>The change could not be saved</source>
        <translation>Endringa kunne ikkje lagrast</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="227"/>
        <location filename="../../src/editor/mainwindow.cpp" line="231"/>
        <source>Preview</source>
        <translation>Førehandsvising</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="235"/>
        <location filename="../../src/editor/mainwindow.cpp" line="236"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="242"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;opna&gt;</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="243"/>
        <source>Undo history</source>
        <translation>Angrehistorikk</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="261"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="262"/>
        <source>&amp;New plan</source>
        <translation>&amp;Ny plan</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="264"/>
        <source>&amp;Empty plan…</source>
        <translation>&amp;Tom plan …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="269"/>
        <source>From sample: %1</source>
        <translation>Frå døme: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="272"/>
        <source>&amp;Open…</source>
        <translation>&amp;Opna …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="273"/>
        <source>Open from &amp;server…</source>
        <translation>Opna frå &amp;tenar…</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="274"/>
        <source>Open &amp;recent</source>
        <translation>Opna &amp;nyleg brukt</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="277"/>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer JSON …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="278"/>
        <source>Import indicator &amp;values…</source>
        <translation>Importer indikator&amp;verdiar …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="280"/>
        <source>Save a &amp;copy…</source>
        <translation>Lagre som &amp;kopi …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="282"/>
        <source>Save &amp;version…</source>
        <translation>Lagre &amp;versjon …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="283"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versjonar …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="284"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="285"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="286"/>
        <source>PDF/&amp;A for the archive…</source>
        <translation>PDF/&amp;A for arkivet …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="287"/>
        <source>Acc&amp;essible PDF…</source>
        <translation>&amp;Tilgjengeleg PDF …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="288"/>
        <source>&amp;HTML for the web…</source>
        <translation>&amp;HTML for nettsida …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="289"/>
        <source>&amp;Word (DOCX)…</source>
        <translation>&amp;Word (DOCX) …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="290"/>
        <source>&amp;ODT for a word processor…</source>
        <translation>&amp;ODT for tekstbehandlar …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="291"/>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="293"/>
        <source>Follow-up &amp;report…</source>
        <translation>Oppfølgings&amp;rapport …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="295"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="296"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Førehandsvis utskrift …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="298"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="300"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="301"/>
        <location filename="../../src/editor/mainwindow.cpp" line="522"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="304"/>
        <location filename="../../src/editor/mainwindow.cpp" line="523"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="312"/>
        <source>Add &amp;under</source>
        <translation>Legg til &amp;under</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="313"/>
        <location filename="../../src/editor/mainwindow.cpp" line="1110"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="314"/>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="315"/>
        <source>Move do&amp;wn</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="328"/>
        <source>&amp;Find…</source>
        <translation>&amp;Søk …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="329"/>
        <source>Find &amp;next</source>
        <translation>Søk &amp;neste</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="330"/>
        <source>Find pre&amp;vious</source>
        <translation>Søk &amp;førre</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="331"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Erstatt …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="342"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillingar …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="344"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="349"/>
        <source>Compare with &amp;version…</source>
        <translation>Samanlikn med &amp;versjon …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="350"/>
        <source>Co&amp;mpare with…</source>
        <translation>Sa&amp;manlikn med …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="352"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="354"/>
        <source>&amp;User guide</source>
        <translation>&amp;Brukarrettleiing</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="355"/>
        <source>Help on the focused field</source>
        <translation>Hjelp til feltet du står i</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="361"/>
        <source>&amp;About Planverk</source>
        <translation>&amp;Om Planverk</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="363"/>
        <source>Tools</source>
        <translation>Verktøy</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="398"/>
        <source>Cannot import the plan</source>
        <translation>Kan ikkje importere planen</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="403"/>
        <source>Keep the imported plan as</source>
        <translation>Lagre den importerte planen som</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="403"/>
        <location filename="../../src/editor/mainwindow.cpp" line="860"/>
        <location filename="../../src/editor/mainwindow.cpp" line="892"/>
        <source>Planverk plans (*.planverk)</source>
        <translation>Planverk-planar (*.planverk)</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="415"/>
        <source>%1 is already open in another Planverk (process %2 on %3).</source>
        <translation>%1 er alt open i eit anna Planverk (prosess %2 på %3).</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="417"/>
        <source>The plan is open elsewhere</source>
        <translation>Planen er open ein annan stad</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="417"/>
        <source>Open it read-only?</source>
        <translation>Vil du opne han skriveverna?</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="418"/>
        <source>Open &amp;read-only</source>
        <translation>Opna &amp;skriveverna</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="432"/>
        <location filename="../../src/editor/mainwindow.cpp" line="468"/>
        <source>Cannot open the plan</source>
        <translation>Kan ikkje opne planen</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="459"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="459"/>
        <source>The password of %1 on %2:</source>
        <translation>Passordet til %1 på %2:</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="459"/>
        <source>your user</source>
        <translation>brukaren din</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="478"/>
        <source>exists already; choose another name</source>
        <translation>finst alt; vel eit anna namn</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="481"/>
        <source>Cannot create the plan</source>
        <translation>Kan ikkje opprette planen</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="522"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Angre %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="523"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjer om %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editor/mainwindow.cpp" line="688"/>
        <source>%n entries. Select one to edit it, or add a new one.</source>
        <translation><numerusform>%n oppføring. Vel ho for å endre ho, eller legg til ei ny.</numerusform><numerusform>%n oppføringar. Vel ei for å endre ho, eller legg til ei ny.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="750"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="750"/>
        <source>Warning</source>
        <translation>Åtvaring</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="753"/>
        <source>No problems found.</source>
        <translation>Ingen problem funne.</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="755"/>
        <source>Problems (%1)</source>
        <translation>Problem (%1)</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="790"/>
        <source>%1 – %2%3 – Planverk</source>
        <translation>%1 – %2%3 – Planverk</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="791"/>
        <source>(untitled plan)</source>
        <translation>(plan utan tittel)</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="792"/>
        <source> [read-only]</source>
        <translation> [skriveverna]</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="792"/>
        <location filename="../../src/editor/mainwindow.cpp" line="1050"/>
        <source>%1 (server)</source>
        <translation>%1 (tenar)</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="798"/>
        <source>No plan open</source>
        <translation>Ingen plan er open</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="804"/>
        <source> — NOT CONNECTED: nothing can be changed until the server answers again</source>
        <translation> — IKKJE TILKOPLA: ingenting kan endrast før tenaren svarar igjen</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="805"/>
        <source> — NOT SAVED: the file was moved, deleted or changed by another program</source>
        <translation> — IKKJE LAGRA: fila er flytta, sletta eller endra av eit anna program</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="806"/>
        <source> (read-only)</source>
        <translation> (skriveverna)</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="807"/>
        <source> — every change is saved</source>
        <translation> — alle endringar blir lagra med ein gong</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="813"/>
        <source>%1 goals, %2 sub-goals, %3 memberships, %4 actions</source>
        <translation>%1 mål, %2 delmål, %3 medlemskap, %4 tiltak</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="826"/>
        <source>The plan file changed under Planverk</source>
        <translation>Planfila vart endra utanfor Planverk</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="827"/>
        <source>%1

The file was moved, renamed, deleted or written by another program while it was open here. Everything up to your last saved change is in that file; Planverk saves nothing more to it and nothing anywhere else. Open the plan again to go on.</source>
        <translation>%1

Fila vart flytta, fekk nytt namn, vart sletta eller skriven av eit anna program medan ho var open her. Alt til og med den siste lagra endringa di er i den fila; Planverk lagrar ikkje meir i henne, og ikkje nokon annan stad heller. Opne planen på nytt for å halde fram.</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="851"/>
        <source>Cannot read the sample</source>
        <translation>Kan ikkje lese dømet</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="855"/>
        <location filename="../../src/editor/mainwindow.cpp" line="860"/>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="859"/>
        <source>new-plan.planverk</source>
        <translation>ny-plan.planverk</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="870"/>
        <source>Open plan</source>
        <translation>Opna plan</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="871"/>
        <source>Planverk plans (*.planverk);;JSON plans (*.json);;All files (*)</source>
        <translation>Planverk-planar (*.planverk);;JSON-planar (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="881"/>
        <source>Import a JSON plan</source>
        <translation>Importer ein JSON-plan</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="882"/>
        <source>JSON plans (*.json)</source>
        <translation>JSON-planar (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="891"/>
        <source>Save a copy</source>
        <translation>Lagre som kopi</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="891"/>
        <source>-copy.planverk</source>
        <translation>-kopi.planverk</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="899"/>
        <source>Copy saved: %1</source>
        <translation>Kopi lagra: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="901"/>
        <source>Cannot save the copy</source>
        <translation>Kan ikkje lagre kopien</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="930"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="930"/>
        <source>Web page (*.html)</source>
        <translation>Nettside (*.html)</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="931"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="932"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="932"/>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="933"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="959"/>
        <source>Exporting %1 …</source>
        <translation>Eksporterer %1 …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="971"/>
        <source>Exported: %1</source>
        <translation>Eksportert: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="974"/>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Eksporten er avbroten; %1 vart ikkje skriven.</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="978"/>
        <source>Cannot export</source>
        <translation>Kan ikkje eksportere</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="997"/>
        <source>Printing …</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="1010"/>
        <source>Printing cancelled.</source>
        <translation>Utskrifta er avbroten.</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="1012"/>
        <source>Cannot print</source>
        <translation>Kan ikkje skrive ut</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="1062"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="1107"/>
        <source>Delete “%1”?</source>
        <translation>Slette «%1»?</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="1108"/>
        <source>Deleting it removes these links too. Undo puts everything back.</source>
        <translation>Vert det sletta, forsvinn desse koplingane òg. Angre set alt tilbake.</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="1148"/>
        <source>“%1” was not found</source>
        <translation>Fann ikkje «%1»</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="1154"/>
        <source>Hit %1 of %2</source>
        <translation>Treff %1 av %2</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="1160"/>
        <source>Preferences</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="1167"/>
        <source>Interface language</source>
        <translation>Språk i programmet</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="1168"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Språk i programmet:</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="1172"/>
        <source>Signs the follow-up reports you edit (Reported by); empty: your account&apos;s name</source>
        <translation>Står som «Rapportert av» på oppfølgingsrapportane du endrar; tomt: namnet på brukarkontoen</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="1173"/>
        <source>Your &amp;name:</source>
        <translation>Namnet &amp;ditt:</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="1174"/>
        <source>Check &amp;spelling (in the plan&apos;s document language)</source>
        <translation>Kontroller &amp;stavinga (på språket til dokumentet)</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="1178"/>
        <source>The language of the documents is a setting of each plan (About the plan ▸ Document language).
A new interface language takes effect when Planverk starts again.</source>
        <translation>Språket i dokumenta er ei innstilling for kvar plan (Om planen ▸ Dokumentet sitt språk).
Nytt språk i programmet gjeld frå neste gong Planverk startar.</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="1208"/>
        <source>About Planverk</source>
        <translation>Om Planverk</translation>
    </message>
    <message>
        <location filename="../../src/editor/mainwindow.cpp" line="1209"/>
        <source>&lt;h3&gt;Planverk %1&lt;/h3&gt;&lt;p&gt;Strategy plans for Norwegian counties: draft the plan, and print it for the county council or publish it on the web.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Planverk %1&lt;/h3&gt;&lt;p&gt;Strategiske planar for fylkeskommunar: skriv planen, og skriv han ut til fylkestinget eller publiser han på nettet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>planverk::MarkdownEdit</name>
    <message>
        <location filename="../../src/editor/markdownedit.cpp" line="36"/>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../src/editor/markdownedit.cpp" line="36"/>
        <source>Bold</source>
        <translation>Feit</translation>
    </message>
    <message>
        <location filename="../../src/editor/markdownedit.cpp" line="39"/>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../../src/editor/markdownedit.cpp" line="39"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../../src/editor/markdownedit.cpp" line="40"/>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <location filename="../../src/editor/markdownedit.cpp" line="40"/>
        <source>Bulleted list</source>
        <translation>Punktliste</translation>
    </message>
    <message>
        <location filename="../../src/editor/markdownedit.cpp" line="41"/>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <location filename="../../src/editor/markdownedit.cpp" line="41"/>
        <source>Numbered list</source>
        <translation>Nummerert liste</translation>
    </message>
    <message>
        <location filename="../../src/editor/markdownedit.cpp" line="42"/>
        <source>Link…</source>
        <translation>Lenkje …</translation>
    </message>
    <message>
        <location filename="../../src/editor/markdownedit.cpp" line="42"/>
        <location filename="../../src/editor/markdownedit.cpp" line="138"/>
        <source>Link</source>
        <translation>Lenkje</translation>
    </message>
    <message>
        <location filename="../../src/editor/markdownedit.cpp" line="138"/>
        <source>Web address (https://…) or e-mail (mailto:…):</source>
        <translation>Nettadresse (https://…) eller e-post (mailto:…):</translation>
    </message>
</context>
<context>
    <name>planverk::NumberEdit</name>
    <message>
        <location filename="../../src/editor/numberedit.cpp" line="10"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>planverk::PeriodDialog</name>
    <message>
        <location filename="../../src/editor/followup/perioddialog.cpp" line="20"/>
        <source>Edit reporting period %1</source>
        <translation>Endre rapporteringsperiode %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/perioddialog.cpp" line="20"/>
        <source>New reporting period</source>
        <translation>Ny rapporteringsperiode</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/perioddialog.cpp" line="26"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/perioddialog.cpp" line="27"/>
        <source>Tertial (four months)</source>
        <translation>Tertial (fire månader)</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/perioddialog.cpp" line="28"/>
        <source>Custom period</source>
        <translation>Eigen periode</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/perioddialog.cpp" line="29"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/perioddialog.cpp" line="41"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/perioddialog.cpp" line="42"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Byrjar:</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/perioddialog.cpp" line="43"/>
        <source>&amp;Closing date:</source>
        <translation>Rapporterings&amp;frist:</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/perioddialog.cpp" line="86"/>
        <source>The period cannot close (%1) before it starts (%2).</source>
        <translation>Perioden kan ikkje slutte (%1) før han byrjar (%2).</translation>
    </message>
</context>
<context>
    <name>planverk::PlanEditor</name>
    <message>
        <location filename="../../src/editor/planeditor.cpp" line="16"/>
        <source>Edit plan settings</source>
        <translation>Endre opplysningar om planen</translation>
    </message>
    <message>
        <location filename="../../src/editor/planeditor.cpp" line="27"/>
        <source>Edit the logo&apos;s alternative text</source>
        <translation>Endre den alternative teksten til logoen</translation>
    </message>
    <message>
        <location filename="../../src/editor/planeditor.cpp" line="27"/>
        <source>Edit the cover picture&apos;s alternative text</source>
        <translation>Endre den alternative teksten til framsidebiletet</translation>
    </message>
    <message>
        <location filename="../../src/editor/planeditor.cpp" line="29"/>
        <source>Remove the logo</source>
        <translation>Fjern logoen</translation>
    </message>
    <message>
        <location filename="../../src/editor/planeditor.cpp" line="29"/>
        <source>Remove the cover picture</source>
        <translation>Fjern framsidebiletet</translation>
    </message>
    <message>
        <location filename="../../src/editor/planeditor.cpp" line="31"/>
        <source>Choose a logo</source>
        <translation>Vel logo</translation>
    </message>
    <message>
        <location filename="../../src/editor/planeditor.cpp" line="31"/>
        <source>Choose a cover picture</source>
        <translation>Vel framsidebilete</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="61"/>
        <source>section</source>
        <translation>tekstdel</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="73"/>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="84"/>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="93"/>
        <source>instrument</source>
        <translation>verkemiddel</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="102"/>
        <source>membership</source>
        <translation>medlemskap</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="111"/>
        <source>partnership</source>
        <translation>samarbeid</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="120"/>
        <source>action</source>
        <translation>tiltak</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="129"/>
        <source>processing step</source>
        <translation>handsaming</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="143"/>
        <source>amendment</source>
        <translation>framlegg</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="152"/>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="161"/>
        <source>reference</source>
        <translation>referanse</translation>
    </message>
    <message>
        <location filename="../../src/editor/planeditor.cpp" line="40"/>
        <source>Add %1</source>
        <translation>Legg til %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/planeditor.cpp" line="41"/>
        <source>Delete %1</source>
        <translation>Slett %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/planeditor.cpp" line="42"/>
        <source>Move %1</source>
        <translation>Flytt %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/planeditor.cpp" line="44"/>
        <source>The text of the amendment.</source>
        <translation>Teksten i framlegget.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="62"/>
        <source>New section</source>
        <translation>Ny tekstdel</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="74"/>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="85"/>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="94"/>
        <source>New instrument</source>
        <translation>Nytt verkemiddel</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="103"/>
        <source>New organisation</source>
        <translation>Ny organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="112"/>
        <source>New partner</source>
        <translation>Ny samarbeidspartnar</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="121"/>
        <source>New action</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="130"/>
        <source>Fylkestinget</source>
        <translation>Fylkestinget</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="144"/>
        <source>New amendment</source>
        <translation>Nytt framlegg</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="153"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="162"/>
        <source>New reference</source>
        <translation>Ny referanse</translation>
    </message>
    <message>
        <location filename="../../src/editor/planeditor.cpp" line="43"/>
        <source>Edit %1</source>
        <translation>Endre %1</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kindtexts.h" line="27"/>
        <source>this section</source>
        <translation>denne tekstdelen</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kindtexts.h" line="28"/>
        <source>this section or its sub-sections</source>
        <translation>denne tekstdelen eller delane under den</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kindtexts.h" line="33"/>
        <source>this goal</source>
        <translation>dette målet</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kindtexts.h" line="34"/>
        <source>this goal or its sub-goals</source>
        <translation>dette målet eller delmåla under det</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kindtexts.h" line="39"/>
        <source>this theme</source>
        <translation>dette temaet</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kindtexts.h" line="44"/>
        <source>this instrument</source>
        <translation>dette verkemiddelet</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kindtexts.h" line="49"/>
        <source>this membership</source>
        <translation>dette medlemskapet</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kindtexts.h" line="54"/>
        <source>this partnership</source>
        <translation>dette samarbeidet</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kindtexts.h" line="59"/>
        <source>this action</source>
        <translation>dette tiltaket</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kindtexts.h" line="64"/>
        <source>this processing step</source>
        <translation>denne handsaminga</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kindtexts.h" line="69"/>
        <source>this amendment</source>
        <translation>dette framlegget</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kindtexts.h" line="74"/>
        <source>this contact</source>
        <translation>denne kontakten</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kindtexts.h" line="79"/>
        <source>this reference</source>
        <translation>denne referansen</translation>
    </message>
</context>
<context>
    <name>planverk::PlanTreeModel</name>
    <message>
        <location filename="../../src/editor/plantreemodel.cpp" line="108"/>
        <source>About the plan</source>
        <translation>Om planen</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="63"/>
        <source>Text sections</source>
        <translation>Tekstdelar</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="75"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="86"/>
        <source>Thematic priorities</source>
        <translation>Tematiske prioriteringar</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="95"/>
        <source>Instruments</source>
        <translation>Verkemiddel</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="104"/>
        <source>Networks and memberships</source>
        <translation>Nettverk og medlemskap</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="113"/>
        <source>Partnerships</source>
        <translation>Samarbeid</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="122"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="131"/>
        <source>Political processing</source>
        <translation>Politisk handsaming</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="154"/>
        <source>Contacts</source>
        <translation>Kontaktar</translation>
    </message>
    <message>
        <location filename="../../src/core/model/kinds.h" line="163"/>
        <source>References</source>
        <translation>Referansar</translation>
    </message>
    <message>
        <location filename="../../src/editor/plantreemodel.cpp" line="110"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../src/editor/plantreemodel.cpp" line="213"/>
        <source>(untitled)</source>
        <translation>(utan tittel)</translation>
    </message>
    <message>
        <location filename="../../src/editor/plantreemodel.cpp" line="256"/>
        <source>Amendment: %1</source>
        <translation>Framlegg: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/plantreemodel.cpp" line="282"/>
        <source>%1
Changed since the compared plan: %2</source>
        <translation>%1
Endra sidan planen det blir samanlikna med: %2</translation>
    </message>
</context>
<context>
    <name>planverk::ProfileGroup</name>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="50"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="57"/>
        <source>Short title</source>
        <translation>Stikktittel</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="58"/>
        <source>The title, when empty</source>
        <translation>Tittelen, når feltet er tomt</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="59"/>
        <source>The short title (stikktittel) above the title on the cover and in the running header</source>
        <translation>Stikktittelen over tittelen på framsida og i topptekstane</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="65"/>
        <source>S&amp;hort title</source>
        <translation>S&amp;tikktittel</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="74"/>
        <location filename="../../src/editor/profilegroup.cpp" line="230"/>
        <source>Accent colour</source>
        <translation>Profilfarge</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="76"/>
        <source>The colour of headings and rules in the documents, as #rrggbb; empty for the template&apos;s own</source>
        <translation>Fargen på overskrifter og strekar i dokumenta, som #rrggbb; tomt for malen sin eigen</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="84"/>
        <source>Choose colour…</source>
        <translation>Vel farge …</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="90"/>
        <source>&amp;Accent colour</source>
        <translation>&amp;Profilfarge</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="96"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="97"/>
        <source>Alternative text (logo)</source>
        <translation>Alternativ tekst (logo)</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="98"/>
        <source>&amp;Cover picture</source>
        <translation>&amp;Framsidebilete</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="99"/>
        <source>Alternative text (cover picture)</source>
        <translation>Alternativ tekst (framsidebilete)</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="103"/>
        <source>Photo credit</source>
        <translation>Fotograf</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="104"/>
        <source>The photographer, printed beside the cover picture</source>
        <translation>Fotografen, som står ved sida av framsidebiletet</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="110"/>
        <source>P&amp;hoto credit</source>
        <translation>F&amp;otograf</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="132"/>
        <source>Choose file…</source>
        <translation>Vel fil …</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="134"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="150"/>
        <source>Alternative text of the logo</source>
        <translation>Alternativ tekst for logoen</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="150"/>
        <source>Alternative text of the cover picture</source>
        <translation>Alternativ tekst for framsidebiletet</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="151"/>
        <source>What the picture shows, for those who cannot see it</source>
        <translation>Kva biletet viser, for dei som ikkje kan sjå det</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="178"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="181"/>
        <source>No picture</source>
        <translation>Inkje bilete</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="198"/>
        <source>The picture was made smaller for the plan: %1.</source>
        <translation>Biletet vart gjort mindre for planen: %1.</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="202"/>
        <source>The picture was not used: %1</source>
        <translation>Biletet vart ikkje brukt: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="211"/>
        <source>Choose a logo</source>
        <translation>Vel logo</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="211"/>
        <source>Choose a cover picture</source>
        <translation>Vel framsidebilete</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="212"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilete (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="239"/>
        <source>&quot;%1&quot; is not a colour: write it as #rrggbb, for instance #0b4f8a.</source>
        <translation>«%1» er ikkje ein farge: skriv han som #rrggbb, til dømes #0b4f8a.</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="257"/>
        <source>Contrast with white text: %1:1 — too low, at least 4.5:1 is needed</source>
        <translation>Kontrast mot kvit tekst: %1:1 — for låg, minst 4,5:1 trengst</translation>
    </message>
    <message>
        <location filename="../../src/editor/profilegroup.cpp" line="258"/>
        <source>Contrast with white text: %1:1</source>
        <translation>Kontrast mot kvit tekst: %1:1</translation>
    </message>
</context>
<context>
    <name>planverk::ProgressDelegate</name>
    <message>
        <location filename="../../src/editor/followup/reportdelegates.cpp" line="49"/>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
</context>
<context>
    <name>planverk::RenderProgressDialog</name>
    <message>
        <location filename="../../src/editor/renderprogress.cpp" line="17"/>
        <source>Planverk</source>
        <translation>Planverk</translation>
    </message>
    <message>
        <location filename="../../src/editor/renderprogress.cpp" line="19"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>planverk::ReplaceDialog</name>
    <message>
        <location filename="../../src/editor/replacedialog.cpp" line="22"/>
        <source>Match &amp;case</source>
        <translation>Skil mellom store og små &amp;bokstavar</translation>
    </message>
    <message>
        <location filename="../../src/editor/replacedialog.cpp" line="26"/>
        <source>Replace</source>
        <translation>Erstatt</translation>
    </message>
    <message>
        <location filename="../../src/editor/replacedialog.cpp" line="32"/>
        <source>&amp;Find:</source>
        <translation>&amp;Søk etter:</translation>
    </message>
    <message>
        <location filename="../../src/editor/replacedialog.cpp" line="33"/>
        <source>Replace &amp;with:</source>
        <translation>Erstatt &amp;med:</translation>
    </message>
    <message>
        <location filename="../../src/editor/replacedialog.cpp" line="37"/>
        <source>Find &amp;next</source>
        <translation>Søk &amp;neste</translation>
    </message>
    <message>
        <location filename="../../src/editor/replacedialog.cpp" line="38"/>
        <source>&amp;Replace</source>
        <translation>&amp;Erstatt</translation>
    </message>
    <message>
        <location filename="../../src/editor/replacedialog.cpp" line="39"/>
        <source>Replace &amp;all</source>
        <translation>Erstatt &amp;alle</translation>
    </message>
    <message>
        <location filename="../../src/editor/replacedialog.cpp" line="85"/>
        <location filename="../../src/editor/replacedialog.cpp" line="124"/>
        <source>“%1” was not found</source>
        <translation>Fann ikkje «%1»</translation>
    </message>
    <message>
        <location filename="../../src/editor/replacedialog.cpp" line="95"/>
        <source>Hit %1 of %2</source>
        <translation>Treff %1 av %2</translation>
    </message>
    <message>
        <location filename="../../src/editor/replacedialog.cpp" line="108"/>
        <source>Replace “%1” with “%2”</source>
        <translation>Erstatt «%1» med «%2»</translation>
    </message>
    <message>
        <location filename="../../src/editor/replacedialog.cpp" line="127"/>
        <source>Replace all “%1” with “%2”</source>
        <translation>Erstatt alle «%1» med «%2»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editor/replacedialog.cpp" line="129"/>
        <source>%n occurrence(s) replaced</source>
        <translation><numerusform>%n førekomst erstatta</numerusform><numerusform>%n førekomstar erstatta</numerusform></translation>
    </message>
</context>
<context>
    <name>planverk::ReportExport</name>
    <message>
        <location filename="../../src/editor/followup/reportexport.cpp" line="26"/>
        <location filename="../../src/editor/followup/reportexport.cpp" line="31"/>
        <source>Follow-up report</source>
        <translation>Oppfølgingsrapport</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/reportexport.cpp" line="26"/>
        <source>The plan has no reporting periods yet: add one under Follow-up in the navigator.</source>
        <translation>Planen har ingen rapporteringsperiodar enno: legg til ein under Oppfølging i navigatoren.</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/reportexport.cpp" line="38"/>
        <source>Report for the &amp;period:</source>
        <translation>Rapport for &amp;perioden:</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/reportexport.cpp" line="48"/>
        <source>Report %1 – %2</source>
        <translation>Rapport %1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/reportexport.cpp" line="50"/>
        <source>Export the report</source>
        <translation>Eksporter rapporten</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/reportexport.cpp" line="51"/>
        <source>PDF (*.pdf);;Web page (*.html);;Word document (*.docx);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;Nettside (*.html);;Word-dokument (*.docx);;OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/reportexport.cpp" line="61"/>
        <source>Cannot export the report</source>
        <translation>Kan ikkje eksportere rapporten</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/reportexport.cpp" line="76"/>
        <source>The period %1 has no status reports or indicator values yet: there is nothing to report.</source>
        <translation>Perioden %1 har ingen statusrapportar eller indikatorverdiar enno: det er ingenting å rapportere.</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/reportexport.cpp" line="77"/>
        <source>Exporting %1 …</source>
        <translation>Eksporterer %1 …</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/reportexport.cpp" line="85"/>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Eksporten er avbroten; %1 vart ikkje skriven.</translation>
    </message>
</context>
<context>
    <name>planverk::ReportPreview</name>
    <message>
        <location filename="../../src/editor/followup/reportpreview.cpp" line="26"/>
        <source>Preview of the follow-up report</source>
        <translation>Førehandsvising av oppfølgingsrapporten</translation>
    </message>
    <message>
        <location filename="../../src/editor/followup/reportpreview.cpp" line="83"/>
        <source>The period %1 has no status reports or indicator values yet: there is nothing to report.</source>
        <translation>Perioden %1 har ingen statusrapportar eller indikatorverdiar enno: det er ingenting å rapportere.</translation>
    </message>
</context>
<context>
    <name>planverk::SaveVersionDialog</name>
    <message>
        <location filename="../../src/editor/saveversiondialog.cpp" line="19"/>
        <source>Save version</source>
        <translation>Lagre versjon</translation>
    </message>
    <message>
        <location filename="../../src/editor/saveversiondialog.cpp" line="21"/>
        <source>A version keeps the whole plan as it is now, read-only, in the plan file. It can be opened, exported and restored later.</source>
        <translation>Ein versjon tek vare på heile planen slik han er no, skriveverna, i planfila. Han kan opnast, eksporterast og gjenopprettast seinare.</translation>
    </message>
    <message>
        <location filename="../../src/editor/saveversiondialog.cpp" line="29"/>
        <source>e.g. Consultation draft sent</source>
        <translation>t.d. Høyringsutkast sendt</translation>
    </message>
    <message>
        <location filename="../../src/editor/saveversiondialog.cpp" line="30"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../src/editor/saveversiondialog.cpp" line="34"/>
        <source>e.g. Adopted by the county council, case 7/21</source>
        <translation>t.d. Vedteke i fylkestinget, sak 7/21</translation>
    </message>
    <message>
        <location filename="../../src/editor/saveversiondialog.cpp" line="36"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <location filename="../../src/editor/saveversiondialog.cpp" line="59"/>
        <source>Give the version a name.</source>
        <translation>Gi versjonen eit namn.</translation>
    </message>
    <message>
        <location filename="../../src/editor/saveversiondialog.cpp" line="61"/>
        <source>The plan has a version named “%1” already; choose another name.</source>
        <translation>Planen har alt ein versjon som heiter «%1»; vel eit anna namn.</translation>
    </message>
    <message>
        <location filename="../../src/editor/saveversiondialog.cpp" line="63"/>
        <source>A version&apos;s name is one line of text.</source>
        <translation>Namnet på ein versjon er éi linje tekst.</translation>
    </message>
</context>
<context>
    <name>planverk::ServerOpenDialog</name>
    <message>
        <location filename="../../src/editor/serveropendialog.cpp" line="21"/>
        <source>Open a plan from a server</source>
        <translation>Opna ein plan frå ein tenar</translation>
    </message>
    <message>
        <location filename="../../src/editor/serveropendialog.cpp" line="23"/>
        <source>A plan on the county&apos;s PostgreSQL server, which several planners can edit at once. Give the server as a URL, or fill in the fields.</source>
        <translation>Ein plan på PostgreSQL-tenaren til fylkeskommunen, som fleire planleggjarar kan redigera samstundes. Oppgje tenaren som ein URL, eller fyll ut felta.</translation>
    </message>
    <message>
        <location filename="../../src/editor/serveropendialog.cpp" line="31"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../src/editor/serveropendialog.cpp" line="34"/>
        <source>db.fylke.no, or a socket folder</source>
        <translation>db.fylke.no, eller ei socket-mappe</translation>
    </message>
    <message>
        <location filename="../../src/editor/serveropendialog.cpp" line="35"/>
        <source>&amp;Server:</source>
        <translation>&amp;Tenar:</translation>
    </message>
    <message>
        <location filename="../../src/editor/serveropendialog.cpp" line="39"/>
        <source>standard (5432)</source>
        <translation>standard (5432)</translation>
    </message>
    <message>
        <location filename="../../src/editor/serveropendialog.cpp" line="40"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../src/editor/serveropendialog.cpp" line="43"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../src/editor/serveropendialog.cpp" line="46"/>
        <source>U&amp;ser:</source>
        <translation>&amp;Brukar:</translation>
    </message>
    <message>
        <location filename="../../src/editor/serveropendialog.cpp" line="50"/>
        <source>not stored; empty: from ~/.pgpass</source>
        <translation>vert ikkje lagra; tomt: frå ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../../src/editor/serveropendialog.cpp" line="51"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;ord:</translation>
    </message>
    <message>
        <location filename="../../src/editor/serveropendialog.cpp" line="57"/>
        <source>&amp;List plans</source>
        <translation>&amp;Vis planar</translation>
    </message>
    <message>
        <location filename="../../src/editor/serveropendialog.cpp" line="61"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location filename="../../src/editor/serveropendialog.cpp" line="143"/>
        <source>The database holds no plans yet.</source>
        <translation>Databasen har ingen planar enno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editor/serveropendialog.cpp" line="143"/>
        <source>%n plan(s) in the database.</source>
        <translation><numerusform>%n plan i databasen.</numerusform><numerusform>%n planar i databasen.</numerusform></translation>
    </message>
</context>
<context>
    <name>planverk::ServerSession</name>
    <message>
        <location filename="../../src/editor/serversession.cpp" line="19"/>
        <source>Server</source>
        <translation>Tenar</translation>
    </message>
    <message>
        <location filename="../../src/editor/serversession.cpp" line="55"/>
        <source>%1, since %2</source>
        <translation>%1, sidan %2</translation>
    </message>
    <message>
        <location filename="../../src/editor/serversession.cpp" line="60"/>
        <source>Nobody else has the plan open</source>
        <translation>Ingen andre har planen open</translation>
    </message>
    <message>
        <location filename="../../src/editor/serversession.cpp" line="60"/>
        <source>Also open by: %1</source>
        <translation>Òg open hjå: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor/serversession.cpp" line="78"/>
        <source>Lost the connection to the server. Nothing can be changed until it is back; Planverk keeps trying. (%1)</source>
        <translation>Miste sambandet med tenaren. Ingenting kan endrast før det er tilbake; Planverk prøver igjen. (%1)</translation>
    </message>
    <message>
        <location filename="../../src/editor/serversession.cpp" line="85"/>
        <source>Open read-only: %1.</source>
        <translation>Opna skriveverna: %1.</translation>
    </message>
</context>
<context>
    <name>planverk::SpellFields</name>
    <message>
        <location filename="../../src/editor/spelling/spellfields.cpp" line="104"/>
        <source>(no suggestions)</source>
        <translation>(ingen framlegg)</translation>
    </message>
    <message>
        <location filename="../../src/editor/spelling/spellfields.cpp" line="109"/>
        <source>Add to my dictionary</source>
        <translation>Legg til i ordboka mi</translation>
    </message>
</context>
<context>
    <name>planverk::StartPage</name>
    <message>
        <location filename="../../src/editor/startpage.cpp" line="33"/>
        <source>&lt;h1&gt;Planverk&lt;/h1&gt;&lt;p&gt;Strategy plans for Norwegian counties: write the plan, and print it for the county council or publish it on the web.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Planverk&lt;/h1&gt;&lt;p&gt;Strategiplanar for fylkeskommunen: skriv planen, og skriv han ut til fylkestinget eller publiser han på nettet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/editor/startpage.cpp" line="38"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Ny plan …</translation>
    </message>
    <message>
        <location filename="../../src/editor/startpage.cpp" line="40"/>
        <source>&amp;Open…</source>
        <translation>&amp;Opna …</translation>
    </message>
    <message>
        <location filename="../../src/editor/startpage.cpp" line="42"/>
        <source>User &amp;guide</source>
        <translation>&amp;Brukarrettleiing</translation>
    </message>
    <message>
        <location filename="../../src/editor/startpage.cpp" line="55"/>
        <source>Recent plans</source>
        <translation>Nyleg brukte planar</translation>
    </message>
    <message>
        <location filename="../../src/editor/startpage.cpp" line="58"/>
        <source>Sample plans</source>
        <translation>Dømeplanar</translation>
    </message>
    <message>
        <location filename="../../src/editor/startpage.cpp" line="62"/>
        <source>A new plan that starts as a copy of this sample</source>
        <translation>Ein ny plan som byrjar som ein kopi av dette dømet</translation>
    </message>
    <message>
        <location filename="../../src/editor/startpage.cpp" line="79"/>
        <source>&amp;Recent plans</source>
        <translation>N&amp;yleg brukte planar</translation>
    </message>
    <message>
        <location filename="../../src/editor/startpage.cpp" line="80"/>
        <source>New plan from a &amp;sample</source>
        <translation>Ny plan frå eit &amp;døme</translation>
    </message>
    <message>
        <location filename="../../src/editor/startpage.cpp" line="106"/>
        <source>%1 is no longer there</source>
        <translation>%1 finst ikkje lenger</translation>
    </message>
    <message>
        <location filename="../../src/editor/startpage.cpp" line="110"/>
        <source>No plans yet: the plans you open are listed here.</source>
        <translation>Ingen planar enno: planane du opnar, blir viste her.</translation>
    </message>
</context>
<context>
    <name>planverk::StatusDelegate</name>
    <message>
        <location filename="../../src/editor/followup/reportdelegates.cpp" line="18"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>planverk::VersionWindow</name>
    <message>
        <location filename="../../src/editor/versionwindow.cpp" line="20"/>
        <source>%1 – version “%2” (read-only)</source>
        <translation>%1 – versjon «%2» (skriveverna)</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionwindow.cpp" line="23"/>
        <source>Version “%1”</source>
        <translation>Versjon «%1»</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionwindow.cpp" line="27"/>
        <source>Version “%1”, made %2. Read-only: restore it to edit it.</source>
        <translation>Versjon «%1», laga %2. Skriveverna: gjenopprett han for å redigere han.</translation>
    </message>
</context>
<context>
    <name>planverk::VersionsDialog</name>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="39"/>
        <source>Versions of the plan</source>
        <translation>Versjonar av planen</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="41"/>
        <source>Versions are kept in the plan file and never change. One is made each time the plan&apos;s status changes.</source>
        <translation>Versjonane ligg i planfila og vert aldri endra. Det vert laga ein ny kvar gong statusen til planen vert endra.</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="46"/>
        <source>Versions</source>
        <translation>Versjonar</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="48"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="48"/>
        <source>Made</source>
        <translation>Laga</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="48"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="54"/>
        <source>&amp;Open</source>
        <translation>&amp;Opna</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="56"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="59"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="59"/>
        <source>PDF/&amp;A for the archive…</source>
        <translation>PDF/&amp;A for arkivet …</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="60"/>
        <source>Acc&amp;essible PDF…</source>
        <translation>&amp;Tilgjengeleg PDF …</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="60"/>
        <source>&amp;HTML for the web…</source>
        <translation>&amp;HTML for nettsida …</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="61"/>
        <source>&amp;Word (DOCX)…</source>
        <translation>&amp;Word (DOCX) …</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="61"/>
        <source>&amp;ODT for a word processor…</source>
        <translation>&amp;ODT for tekstbehandlar …</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="62"/>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON …</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="66"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Gjenopprett …</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="68"/>
        <source>&amp;Save version…</source>
        <translation>&amp;Lagre versjon …</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="94"/>
        <source>Cannot save the version</source>
        <translation>Kan ikkje lagre versjonen</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="113"/>
        <source>Cannot read the versions</source>
        <translation>Kan ikkje lese versjonane</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="142"/>
        <source>Cannot read the version</source>
        <translation>Kan ikkje lese versjonen</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="167"/>
        <source>Restore version</source>
        <translation>Gjenopprett versjon</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="168"/>
        <source>Make “%1” the current plan? Everything in the plan becomes as it was in that version. Edit ▸ Undo puts back the plan as it is now.</source>
        <translation>Gjere «%1» til gjeldande plan? Alt i planen blir slik det var i den versjonen. Rediger ▸ Angre set planen tilbake slik han er no.</translation>
    </message>
    <message>
        <location filename="../../src/editor/versionsdialog.cpp" line="175"/>
        <source>Restore version “%1”</source>
        <translation>Gjenopprett versjon «%1»</translation>
    </message>
</context>
</TS>
