<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn">
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>Stop</source>
        <translation>Zaustavi</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Štampač nije mogao da se pokrene.</translation>
    </message>
    <message>
        <source>The printer did not take page %1.</source>
        <translation>Štampač nije primio stranicu %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Stranica %1 od %2</translation>
    </message>
    <message>
        <source>Printing was stopped.</source>
        <translation>Štampanje je zaustavljeno.</translation>
    </message>
    <message>
        <source>The printer could not finish the document.</source>
        <translation>Štampač nije mogao da dovrši dokument.</translation>
    </message>
    <message>
        <source>Vigil could not write %1 (%2). Choose a folder you can write to and try again.</source>
        <translation>Vigil nije mogao da upiše %1 (%2). Izaberite fasciklu u koju možete da upisujete i pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Vigil could not write %1: %2</source>
        <translation>Vigil nije mogao da upiše %1: %2</translation>
    </message>
    <message>
        <source>Vigil could not write %1 (%2). Choose a folder you can write to, with some free space, and try again.</source>
        <translation>Vigil nije mogao da upiše %1 (%2). Izaberite fasciklu u koju možete da upisujete i koja ima slobodnog prostora, pa pokušajte ponovo.</translation>
    </message>
</context>
<context>
    <name>HeadlessPrint</name>
    <message>
        <source>--print-pdf needs one of --open ID, --country CODE or --reading-list NAME.</source>
        <translation>--print-pdf zahteva jednu od opcija --open ID, --country CODE ili --reading-list NAME.</translation>
    </message>
    <message>
        <source>There is no citation style “%1”; `vigil-library styles --search WORD` lists the names you can give.</source>
        <translation>Ne postoji stil citiranja „%1“; `vigil-library styles --search WORD` ispisuje nazive koje možete da navedete.</translation>
    </message>
    <message>
        <source>The library could not be opened: %1</source>
        <translation>Biblioteka nije mogla da se otvori: %1</translation>
    </message>
    <message>
        <source>There is no article with id %1 in the library.</source>
        <translation>U biblioteci nema članka sa ID-om %1.</translation>
    </message>
    <message>
        <source>There is no country with code %1; use an ISO code such as RS.</source>
        <translation>Ne postoji zemlja sa kodom %1; koristite ISO kod, na primer RS.</translation>
    </message>
    <message>
        <source>Your reading lists could not be read: %1</source>
        <translation>Vaše liste za čitanje nisu mogle da se pročitaju: %1</translation>
    </message>
    <message>
        <source>There is no reading list named “%1”; your lists are: %2.</source>
        <translation>Ne postoji lista za čitanje pod nazivom „%1“; vaše liste su: %2.</translation>
    </message>
    <message>
        <source>The citations could not be formatted: %1</source>
        <translation>Citati nisu mogli da se formatiraju: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Zapisano u %1 (%n stranica).</numerusform>
            <numerusform>Zapisano u %1 (%n stranice).</numerusform>
            <numerusform>Zapisano u %1 (%n stranica).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::Core::ArticleListModel</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>from the archive</source>
        <translation>iz arhive</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>bez datuma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Izdavač</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Zemlje</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Teme</translation>
    </message>
</context>
<context>
    <name>Vigil::Core::ArticleRenderer</name>
    <message>
        <source> and </source>
        <comment>between the last two names of a list</comment>
        <translation> i </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Featured</source>
        <translation>Istaknuto</translation>
    </message>
    <message>
        <source>Link collection</source>
        <translation>Zbirka veza</translation>
    </message>
    <message>
        <source>The source is a PDF document</source>
        <translation>Izvor je PDF dokument</translation>
    </message>
    <message>
        <source>By</source>
        <comment>before the authors&apos; names</comment>
        <translation>Autori:</translation>
    </message>
    <message>
        <source>Countries and topics</source>
        <translation>Zemlje i teme</translation>
    </message>
    <message>
        <source>Access date unavailable</source>
        <translation>Datum pristupa nije poznat</translation>
    </message>
    <message>
        <source>Accessed %1</source>
        <translation>Pristupljeno %1</translation>
    </message>
    <message>
        <source>Notes on the source</source>
        <translation>Napomene o izvoru</translation>
    </message>
    <message>
        <source>An archived copy of this article may exist.</source>
        <translation>Možda postoji arhivirana kopija ovog članka.</translation>
    </message>
    <message>
        <source>The original web address of this source was lost when the page was saved. To read the whole source, search for its title.</source>
        <translation>Izvorna veb-adresa ovog izvora izgubljena je kada je stranica sačuvana. Da biste pročitali ceo izvor, potražite njegov naslov.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Veze</translation>
    </message>
    <message>
        <source>accessed %1</source>
        <translation>pristupljeno %1</translation>
    </message>
    <message>
        <source>Page %1 of the original document</source>
        <translation>Stranica %1 izvornog dokumenta</translation>
    </message>
    <message>
        <source>page %1</source>
        <comment>a page marker in the text</comment>
        <translation>stranica %1</translation>
    </message>
    <message>
        <source>Cite this article</source>
        <translation>Citirajte ovaj članak</translation>
    </message>
    <message>
        <source>The citation in the style you choose is under this pane, with a button to copy it.</source>
        <translation>Citat u stilu koji izaberete nalazi se ispod ovog okna, sa dugmetom za kopiranje.</translation>
    </message>
    <message>
        <source>Copy for a reference manager:</source>
        <translation>Kopiraj za program za bibliografije:</translation>
    </message>
    <message>
        <source>This entry is too long to show whole: parts of it end in “…”. The library keeps the whole text.</source>
        <translation>Ovaj unos je predugačak da bi se prikazao ceo: neki delovi se završavaju sa „…”. Biblioteka čuva ceo tekst.</translation>
    </message>
</context>
<context>
    <name>Vigil::Core::CountryTreeModel</name>
    <message>
        <source>All articles</source>
        <translation>Svi članci</translation>
    </message>
    <message>
        <source>Source pages</source>
        <translation>Izvorne stranice</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>My reading lists</source>
        <translation>Moje liste za čitanje</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Lista za čitanje</translation>
    </message>
    <message>
        <source>Every article in the library: %1</source>
        <translation>Svi članci u biblioteci (%1)</translation>
    </message>
    <message>
        <source>%1: %2 about its countries</source>
        <translation>%1 — o zemljama regiona (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Source page “%1”: %2</source>
        <translation>Izvorna stranica „%1“ (%2)</translation>
    </message>
    <message>
        <source>The articles you keep to read or to cite</source>
        <translation>Članci koje čuvate za čitanje ili citiranje</translation>
    </message>
    <message>
        <source>%1: %2 you added</source>
        <translation>%1 — članci koje ste dodali (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln članak</numerusform>
            <numerusform>%Ln članka</numerusform>
            <numerusform>%Ln članaka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) the library was built from</source>
        <translation>
            <numerusform>%n stranica od koje je biblioteka napravljena</numerusform>
            <numerusform>%n stranice od kojih je biblioteka napravljena</numerusform>
            <numerusform>%n stranica od kojih je biblioteka napravljena</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::Core::HandoutRenderer</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln članak</numerusform>
            <numerusform>%Ln članka</numerusform>
            <numerusform>%Ln članaka</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Lista za čitanje</translation>
    </message>
    <message>
        <source>Country dossier</source>
        <translation>Dosije zemlje</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Članak</translation>
    </message>
    <message>
        <source>Handout made with Vigil</source>
        <translation>Materijal je napravljen u programu Vigil</translation>
    </message>
    <message>
        <source>Handout made with Vigil on %1</source>
        <translation>Materijal je napravljen u programu Vigil, %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <comment>the authors&apos; names</comment>
        <translation>Autori: %1</translation>
    </message>
    <message>
        <source>[page %1]</source>
        <comment>a page marker in the text</comment>
        <translation>[str. %1]</translation>
    </message>
    <message>
        <source>%1 (accessed %2)</source>
        <translation>%1 (pristupljeno %2)</translation>
    </message>
    <message>
        <source>Reader’s note (not part of the source)</source>
        <translation>Beleška čitaoca (nije deo izvora)</translation>
    </message>
    <message>
        <source>[Untitled]</source>
        <translation>[Bez naslova]</translation>
    </message>
    <message>
        <source>The source is a PDF document.</source>
        <translation>Izvor je PDF dokument.</translation>
    </message>
    <message>
        <source>Access date unavailable.</source>
        <translation>Datum pristupa nije poznat.</translation>
    </message>
    <message>
        <source>Accessed %1.</source>
        <translation>Pristupljeno %1.</translation>
    </message>
    <message>
        <source>This entry is too long to print whole: parts of it end in “…”. The library keeps the whole text.</source>
        <translation>Ovaj unos je predugačak da bi se odštampao ceo: neki delovi se završavaju sa „…”. Biblioteka čuva ceo tekst.</translation>
    </message>
    <message>
        <source>Cite as:</source>
        <translation>Citirajte kao:</translation>
    </message>
    <message>
        <source>Cite as (%1):</source>
        <translation>Citirajte kao (%1):</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>Pomoć žrtvama</translation>
    </message>
    <message>
        <source>No hotline is known for %1.</source>
        <translation>Za zemlju %1 nije poznata nijedna linija za pomoć.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linija</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Broj</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Izvor</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stanje na dan</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Linija za pomoć</translation>
    </message>
    <message>
        <source>(not verified)</source>
        <translation>(nije provereno)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nije navedeno</translation>
    </message>
    <message>
        <source>“As of” is the date the source&apos;s reports run to (for a page, the end of its coverage), not a check of the number. A number can change: check it before you rely on it.</source>
        <translation>„Stanje na dan” je datum do kojeg sežu izveštaji izvora (za stranicu, kraj perioda koji pokriva), a ne provera broja. Broj se može promeniti: proverite ga pre nego što se na njega oslonite.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Caution.</source>
        <translation>Upozorenje.</translation>
    </message>
    <message>
        <source>For students and teachers</source>
        <translation>Za učenike i nastavnike</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Članci</translation>
    </message>
    <message>
        <source>The library has no articles about %1 yet.</source>
        <translation>Biblioteka još nema članaka o zemlji %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) about %1 follow, each on a page of its own.</source>
        <translation>
            <numerusform>Sledi %Ln članak o zemlji %1, na zasebnoj stranici.</numerusform>
            <numerusform>Slede %Ln članka o zemlji %1, svaki na zasebnoj stranici.</numerusform>
            <numerusform>Sledi %Ln članaka o zemlji %1, svaki na zasebnoj stranici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation>Bibliografija</translation>
    </message>
    <message>
        <source>Bibliography (%1)</source>
        <translation>Bibliografija (%1)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Izvori</translation>
    </message>
    <message>
        <source>Content notice: the reports and articles in this handout describe human trafficking: violence, sexual abuse and exploitation of adults and children. Some passages are distressing.</source>
        <translation>Upozorenje o sadržaju: izveštaji i članci u ovom materijalu opisuju trgovinu ljudima: nasilje, seksualno zlostavljanje i iskorišćavanje odraslih i dece. Neki delovi su uznemirujući.</translation>
    </message>
    <message>
        <source>Content notice: describes human trafficking and abuse</source>
        <translation>Upozorenje o sadržaju: opisuje trgovinu ljudima i zlostavljanje</translation>
    </message>
</context>
<context>
    <name>Vigil::Core::ProfileRenderer</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln članak</numerusform>
            <numerusform>%Ln članka</numerusform>
            <numerusform>%Ln članaka</numerusform>
        </translation>
    </message>
    <message>
        <source>Source, as you gave it: %1</source>
        <translation>Izvor, kako ste ga naveli: %1</translation>
    </message>
    <message>
        <source>its reports run to %1, which is not a check of the number</source>
        <translation>njeni izveštaji sežu do %1, što nije provera broja</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Linija za pomoć</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiraj</translation>
    </message>
    <message>
        <source>the number</source>
        <translation>broj</translation>
    </message>
    <message>
        <source>(not verified: not a valid telephone number as written)</source>
        <translation>(nije provereno: ovako napisan, ovo nije ispravan telefonski broj)</translation>
    </message>
    <message>
        <source>(added by you)</source>
        <translation>(vaš unos)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Radno vreme</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Jezici</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>Pomoć žrtvama</translation>
    </message>
    <message>
        <source>No hotline is known for %1.</source>
        <translation>Za zemlju %1 nije poznata nijedna linija za pomoć.</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>Članci u biblioteci</translation>
    </message>
    <message>
        <source>The library has no articles about %1 yet.</source>
        <translation>Biblioteka još nema članaka o zemlji %1.</translation>
    </message>
    <message>
        <source>%1 about %2.</source>
        <translation>%2: %1.</translation>
    </message>
    <message>
        <source>By year of publication</source>
        <translation>Po godini objavljivanja</translation>
    </message>
    <message>
        <source>(%1 without a date not shown)</source>
        <translation>(bez datuma, nije prikazano: %1)</translation>
    </message>
    <message>
        <source>Articles about %1 by year</source>
        <translation>Članci o zemlji %1 po godinama</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Po temama</translation>
    </message>
    <message>
        <source>Articles about %1 by topic</source>
        <translation>Članci o zemlji %1 po temama</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>Profil zemlje</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Upozorenje</translation>
    </message>
    <message>
        <source>Caution.</source>
        <translation>Upozorenje.</translation>
    </message>
    <message>
        <source>For students and teachers</source>
        <translation>Za učenike i nastavnike</translation>
    </message>
    <message>
        <source>No hotline is known.</source>
        <translation>Nije poznata nijedna linija za pomoć.</translation>
    </message>
    <message>
        <source>Country unknown</source>
        <translation>Zemlja nepoznata</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hotline(s)</source>
        <translation>
            <numerusform>%Ln linija za pomoć</numerusform>
            <numerusform>%Ln linije za pomoć</numerusform>
            <numerusform>%Ln linija za pomoć</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln country(s)</source>
        <translation>
            <numerusform>%Ln zemlja</numerusform>
            <numerusform>%Ln zemlje</numerusform>
            <numerusform>%Ln zemalja</numerusform>
        </translation>
    </message>
    <message>
        <source>Hotlines for victims of trafficking</source>
        <translation>Linije za pomoć žrtvama trgovine ljudima</translation>
    </message>
    <message>
        <source>Hotlines</source>
        <translation>Linije za pomoć</translation>
    </message>
    <message>
        <source>%1. Numbers change: check a number with its source before you rely on it.</source>
        <translation>%1. Brojevi se menjaju: proverite broj kod njegovog izvora pre nego što se na njega oslonite.</translation>
    </message>
</context>
<context>
    <name>Vigil::Core::RenderParts</name>
    <message>
        <source>Source:</source>
        <translation>Izvor:</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Osnovni podaci</translation>
    </message>
    <message>
        <source>Trafficking in Persons Report</source>
        <translation>Izveštaj o trgovini ljudima</translation>
    </message>
    <message>
        <source>Known to the year</source>
        <translation>Poznato do godine</translation>
    </message>
    <message>
        <source>Known to the month</source>
        <translation>Poznato do meseca</translation>
    </message>
    <message>
        <source>Known to the day</source>
        <translation>Poznato do dana</translation>
    </message>
    <message>
        <source>From the page %1 of %2.</source>
        <translation>Sa stranice %1 sajta %2.</translation>
    </message>
</context>
<context>
    <name>Vigil::Csl::CitationWorker</name>
    <message>
        <source>The style &quot;%1&quot; wrote nothing for this article.</source>
        <translation>Stil „%1“ nije ispisao ništa za ovaj članak.</translation>
    </message>
</context>
<context>
    <name>Vigil::Csl::CslEngine</name>
    <message>
        <source>The citation engine is missing from this build (%1). Reinstall Vigil.</source>
        <translation>Mehanizam za citiranje nedostaje u ovom izdanju programa (%1). Ponovo instalirajte Vigil.</translation>
    </message>
    <message>
        <source>The citation engine failed to start: %1. Reinstall Vigil.</source>
        <translation>Mehanizam za citiranje nije uspeo da se pokrene: %1. Ponovo instalirajte Vigil.</translation>
    </message>
    <message>
        <source>The citation style &quot;%1&quot; cannot be read: %2. Choose another style.</source>
        <translation>Stil citiranja „%1“ ne može da se pročita: %2. Izaberite drugi stil.</translation>
    </message>
    <message>
        <source>The citation style &quot;%1&quot; cannot be used: %2. Choose another style.</source>
        <translation>Stil citiranja „%1“ ne može da se koristi: %2. Izaberite drugi stil.</translation>
    </message>
    <message>
        <source>The citation style &quot;%1&quot; failed on these items: %2. Choose another style.</source>
        <translation>Stil citiranja „%1“ nije uspeo za ove stavke: %2. Izaberite drugi stil.</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::AboutDialog</name>
    <message>
        <source>About Vigil</source>
        <translation>O programu Vigil</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Vigil %1&lt;/h2&gt;&lt;p&gt;An offline reader of reports and articles on human trafficking and modern-day slavery, organised by country. Vigil makes no network request.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;h3&gt;Content&lt;/h3&gt;&lt;p&gt;The bundled content comes from Prof. Martin Patt&apos;s website &lt;i&gt;Human Trafficking &amp;amp; Modern-day Slavery&lt;/i&gt;, saved as text.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cite this webpage as:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Vigil %1&lt;/h2&gt;&lt;p&gt;Vanmrežni čitač izveštaja i članaka o trgovini ljudima i savremenom ropstvu, razvrstanih po zemljama. Vigil ne šalje nikakve zahteve na mrežu.&lt;/p&gt;&lt;p&gt;Licencirano pod uslovima licence GNU General Public License, verzije 3 ili novije.&lt;/p&gt;&lt;h3&gt;Sadržaj&lt;/h3&gt;&lt;p&gt;Sadržaj koji dolazi uz program potiče sa veb-sajta prof. Martina Pata (Martin Patt) &lt;i&gt;Human Trafficking &amp;amp; Modern-day Slavery&lt;/i&gt;, sačuvanog kao tekst.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Citirajte ovu veb-stranicu ovako:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::ArticleDelegate</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>arhiva</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::BibliographyJobs</name>
    <message>
        <source>Formatting citations</source>
        <translation>Formatiranje citata</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::CitationExportFormats</name>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <source>RIS (*.ris)</source>
        <translation>RIS (*.ris)</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json)</source>
        <translation>CSL-JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::CitationStrip</name>
    <message>
        <source>APA 7th</source>
        <translation>APA, 7. izd.</translation>
    </message>
    <message>
        <source>MLA 9th</source>
        <translation>MLA, 9. izd.</translation>
    </message>
    <message>
        <source>Chicago author-date</source>
        <translation>Chicago (autor–datum)</translation>
    </message>
    <message>
        <source>Chicago notes</source>
        <translation>Chicago (napomene)</translation>
    </message>
    <message>
        <source>Harvard</source>
        <translation>Harvard</translation>
    </message>
    <message>
        <source>Citation of this article</source>
        <translation>Citat ovog članka</translation>
    </message>
    <message>
        <source>Citation style</source>
        <translation>Stil citiranja</translation>
    </message>
    <message>
        <source>Copy the citation</source>
        <translation>Kopiraj citat</translation>
    </message>
    <message>
        <source>Copy the citation, formatted, for a word processor (Ctrl+Shift+C)</source>
        <translation>Kopiraj formatiran citat za program za obradu teksta (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>More styles…</source>
        <translation>Još stilova…</translation>
    </message>
    <message>
        <source>C&amp;ite as</source>
        <translation>&amp;Citiraj kao</translation>
    </message>
    <message>
        <source>Formatting the citation…</source>
        <translation>Formatiranje citata…</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>Kopi&amp;raj</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::DetailPane</name>
    <message>
        <source>Choose a country or an article to read it here.</source>
        <translation>Izaberite zemlju ili članak i ovde će se prikazati.</translation>
    </message>
    <message>
        <source>The reading pane could not start: its module was not found (%1). Reinstall Vigil.</source>
        <translation>Okno za čitanje nije moglo da se pokrene: njegov modul nije pronađen (%1). Ponovo instalirajte Vigil.</translation>
    </message>
    <message>
        <source>Opening the reading pane…</source>
        <translation>Otvaranje okna za čitanje…</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::DialogSeam</name>
    <message>
        <source>Open in your web browser?</source>
        <translation>Otvoriti u veb-pregledaču?</translation>
    </message>
    <message>
        <source>This link leads out of Vigil to the internet:

%1

Opening it contacts that website and may be seen on your network. Open it in your web browser?</source>
        <translation>Ova veza vodi iz programa Vigil na internet:

%1

Otvaranjem se uspostavlja veza sa tim veb-sajtom, što može biti vidljivo na vašoj mreži. Da li želite da je otvorite u veb-pregledaču?</translation>
    </message>
    <message>
        <source>Before you read</source>
        <translation>Pre čitanja</translation>
    </message>
    <message>
        <source>The reports and articles in Vigil describe human trafficking: violence, sexual abuse and exploitation of adults and children. Some passages are distressing.

The yellow bar at the top always shows a hotline for the selected country, and Quick exit (the red button, F12, Ctrl+Shift+Q, or Shift pressed three times) closes Vigil at once, from any window, this one included.</source>
        <translation>Izveštaji i članci u programu Vigil opisuju trgovinu ljudima: nasilje, seksualno zlostavljanje i eksploataciju odraslih i dece. Neki delovi su uznemirujući.

Žuta traka na vrhu uvek prikazuje liniju za pomoć za izabranu zemlju, a Brzi izlaz (crveno dugme, F12, Ctrl+Shift+Q ili tri pritiska na Shift) odmah zatvara Vigil iz bilo kog prozora, pa i iz ovog.</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Ne prikazuj ovo ponovo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>Delete the list?</source>
        <translation>Obrisati listu?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the list “%1”, which holds %Ln article(s)? The articles stay in the library.</source>
        <translation>
            <numerusform>Obrisati listu „%1”, koja sadrži %Ln članak? Članak ostaje u biblioteci.</numerusform>
            <numerusform>Obrisati listu „%1”, koja sadrži %Ln članka? Članci ostaju u biblioteci.</numerusform>
            <numerusform>Obrisati listu „%1”, koja sadrži %Ln članaka? Članci ostaju u biblioteci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Obriši listu</translation>
    </message>
    <message>
        <source>Clear my data?</source>
        <translation>Obrisati moje podatke?</translation>
    </message>
    <message>
        <source>This removes everything Vigil keeps about you on this computer: settings, window layout, remembered filters and caches, any reading lists, notes and hotlines you added, and the pages you imported. The library Vigil comes with stays.

%1

This cannot be undone.</source>
        <translation>Ovim se uklanja sve što Vigil čuva o vama na ovom računaru: podešavanja, raspored prozora, upamćeni filteri i keš, sve liste za čitanje, beleške i linije za pomoć koje ste dodali, kao i stranice koje ste uvezli. Biblioteka koja dolazi uz Vigil ostaje.

%1

Ovo ne može da se poništi.</translation>
    </message>
    <message>
        <source>Clear my data</source>
        <translation>Obriši moje podatke</translation>
    </message>
    <message>
        <source>Import lists and notes?</source>
        <translation>Uvesti liste i beleške?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Uvezi</translation>
    </message>
    <message>
        <source>Import pages</source>
        <translation>Uvezi stranice</translation>
    </message>
    <message>
        <source>Saved pages (*.txt *.html *.htm);;All files (*)</source>
        <translation>Sačuvane stranice (*.txt *.html *.htm);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Remove the page?</source>
        <translation>Ukloniti stranicu?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the page “%1” and its %Ln article(s) from your library?</source>
        <translation>
            <numerusform>Ukloniti stranicu „%1” i njen %Ln članak iz biblioteke?</numerusform>
            <numerusform>Ukloniti stranicu „%1” i njena %Ln članka iz biblioteke?</numerusform>
            <numerusform>Ukloniti stranicu „%1” i njenih %Ln članaka iz biblioteke?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reading lists and notes stay; an article of the page that is in a list comes back when you import the page again.</source>
        <translation>Vaše liste za čitanje i beleške ostaju; članak sa ove stranice koji je na nekoj listi vratiće se kada ponovo uvezete stranicu.</translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation>Ukloni stranicu</translation>
    </message>
    <message>
        <source>Remove the hotline?</source>
        <translation>Ukloniti liniju za pomoć?</translation>
    </message>
    <message>
        <source>Remove “%1” from your hotlines? Hotlines from the library&apos;s pages stay.</source>
        <translation>Ukloniti „%1“ iz vaših linija za pomoć? Linije za pomoć sa stranica biblioteke ostaju.</translation>
    </message>
    <message>
        <source>Remove hotline</source>
        <translation>Ukloni liniju</translation>
    </message>
    <message>
        <source>Open data pack</source>
        <translation>Otvori paket podataka</translation>
    </message>
    <message>
        <source>Data packs (*.vigilpack);;All files (*)</source>
        <translation>Paketi podataka (*.vigilpack);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>The reports and articles are shown in English, as they were published: only Vigil&apos;s own words are translated.</source>
        <translation>Izveštaji i članci prikazani su na engleskom, onako kako su objavljeni: prevedene su samo reči samog programa Vigil.</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::FilterBar</name>
    <message>
        <source>any year</source>
        <translation>bilo koja godina</translation>
    </message>
    <message>
        <source>&amp;PDF only</source>
        <translation>&amp;Samo PDF</translation>
    </message>
    <message>
        <source>Search titles, sources and text (Ctrl+F)</source>
        <translation>Pretraži naslove, izvore i tekst (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Pretraga članaka</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Od godine</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Do godine</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Izvor</translation>
    </message>
    <message>
        <source>Featured or archive</source>
        <translation>Istaknuti ili iz arhive</translation>
    </message>
    <message>
        <source>Featured only</source>
        <translation>Samo istaknuti</translation>
    </message>
    <message>
        <source>Archive only</source>
        <translation>Samo iz arhive</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Obriši filtere</translation>
    </message>
    <message>
        <source>Remove every filter (%1)</source>
        <translation>Ukloni sve filtere (%1)</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>&amp;Godine</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Sve teme</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Svi izvori</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Ukloni ovaj filter</translation>
    </message>
    <message>
        <source>Remove filter: %1</source>
        <translation>Ukloni filter: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Pretraga: %1</translation>
    </message>
    <message>
        <source>Years: %1–%2</source>
        <translation>Godine: %1–%2</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Izvor: %1</translation>
    </message>
    <message>
        <source>PDF only</source>
        <translation>Samo PDF</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Svi unosi</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::HelpDialog</name>
    <message>
        <source>Vigil Help</source>
        <translation>Pomoć za Vigil</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reading with Vigil&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Left:&lt;/b&gt; countries by region, with their article counts; “All articles”; the source pages. Choosing a country filters the list and shows its profile. “Show all countries” also lists countries without articles.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Middle:&lt;/b&gt; the search field, filters and the article list. Every active filter shows as a chip; click a chip to remove it, or “Clear filters”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Right:&lt;/b&gt; the article or country profile, and under it the citation in the style you choose. Topic and country links filter the list.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Top:&lt;/b&gt; the hotline of the selected country. It is always there.&lt;/p&gt;&lt;p&gt;&lt;b&gt;A smaller window&lt;/b&gt; keeps the article readable: the countries give way first, then the list moves above the article. View ▸ Countries pane and View ▸ Article list hide or show them; so does dragging the line between two panes shut.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Čitanje u programu Vigil&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Levo:&lt;/b&gt; zemlje po regionima, sa brojem članaka; „Svi članci“; izvorne stranice. Izbor zemlje filtrira listu i prikazuje profil zemlje. „Prikaži sve zemlje“ prikazuje i zemlje bez članaka.&lt;/p&gt;&lt;p&gt;&lt;b&gt;U sredini:&lt;/b&gt; polje za pretragu, filteri i lista članaka. Svaki aktivan filter prikazuje se kao oznaka; kliknite na oznaku da biste uklonili filter ili na „Obriši filtere“.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Desno:&lt;/b&gt; članak ili profil zemlje, a ispod njega citat u stilu koji izaberete. Veze ka temama i zemljama filtriraju listu.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gore:&lt;/b&gt; linija za pomoć izabrane zemlje. Uvek je tu.&lt;/p&gt;&lt;p&gt;&lt;b&gt;U manjem prozoru&lt;/b&gt; članak ostaje čitljiv: prvo se sklanjaju zemlje, a zatim se lista premešta iznad članka. Prikaz ▸ Okno zemalja i Prikaz ▸ Lista članaka ih sakrivaju ili prikazuju; isto se postiže i prevlačenjem linije između dva okna do kraja.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc (in the search field)&lt;/td&gt;&lt;td&gt;Clear the search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+Backspace&lt;/td&gt;&lt;td&gt;Clear all filters&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1, Ctrl+2, Ctrl+3&lt;/td&gt;&lt;td&gt;Go to countries, articles, reading pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, Shift+Tab&lt;/td&gt;&lt;td&gt;Next, previous control; in the reading pane, next and previous link&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Up, Down, Enter&lt;/td&gt;&lt;td&gt;Move in the article list; open the article&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Page Down, Space, Home, End&lt;/td&gt;&lt;td&gt;Scroll the reading pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt+Left, Alt+Right&lt;/td&gt;&lt;td&gt;Back, Forward: what the reading pane showed before (the mouse&apos;s back and forward buttons too)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt&lt;/td&gt;&lt;td&gt;The menus: File, Edit, View, Go, Help. Every command is there with its key; Help ▸ Keyboard shortcuts (Ctrl+/) lists them all&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl++, Ctrl+-, Ctrl+0&lt;/td&gt;&lt;td&gt;Larger, smaller, normal text in the reading pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+1, Ctrl+Shift+2&lt;/td&gt;&lt;td&gt;Hide or show the countries, the article list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+C&lt;/td&gt;&lt;td&gt;Copy the citation of the article being read&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+P, Ctrl+P, Ctrl+Shift+S&lt;/td&gt;&lt;td&gt;Print preview, print, save as PDF a handout of the article read, or of the reading list or country chosen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+H&lt;/td&gt;&lt;td&gt;All hotlines&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F12, Ctrl+Shift+Q, or Shift three times within two seconds&lt;/td&gt;&lt;td&gt;&lt;b&gt;Quick exit&lt;/b&gt;: hides every window of Vigil at once, blanks the reading pane, clears the clipboard if it holds what you copied from Vigil, and quits without a question. It works from every window and dialog, and the red Quick exit button is in each of them. The next start shows the start view, not what you were reading.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F1&lt;/td&gt;&lt;td&gt;This help&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Discreet mode&lt;/h3&gt;&lt;p&gt;On unless you turn it off (View ▸ Discreet mode). The window title, which the taskbar and window lists show, is only “Vigil”, never the article or country; and Vigil does not reopen the last country, article or filters at the next start. Vigil keeps no list of recent files, makes no thumbnails and leaves no browser history or cache: its reading pane keeps nothing on disk.&lt;/p&gt;&lt;h3&gt;One Vigil at a time&lt;/h3&gt;&lt;p&gt;Starting Vigil again brings the open window to the front, so quick exit always closes everything.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tastatura&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Pretraga&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc (u polju za pretragu)&lt;/td&gt;&lt;td&gt;Brisanje pretrage&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+Backspace&lt;/td&gt;&lt;td&gt;Brisanje svih filtera&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1, Ctrl+2, Ctrl+3&lt;/td&gt;&lt;td&gt;Prelazak na zemlje, članke, okno za čitanje&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, Shift+Tab&lt;/td&gt;&lt;td&gt;Sledeća, prethodna kontrola; u oknu za čitanje sledeća i prethodna veza&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strelice nagore i nadole, Enter&lt;/td&gt;&lt;td&gt;Kretanje kroz listu članaka; otvaranje članka&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Page Down, razmak, Home, End&lt;/td&gt;&lt;td&gt;Pomeranje sadržaja okna za čitanje&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt+strelica levo, Alt+strelica desno&lt;/td&gt;&lt;td&gt;Nazad, Napred: ono što je okno za čitanje ranije prikazivalo (to rade i dugmad za nazad i napred na mišu)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt&lt;/td&gt;&lt;td&gt;Meniji: Datoteka, Uređivanje, Prikaz, Idi, Pomoć. Svaka naredba je tu, sa svojim tasterom; Pomoć ▸ Tasterske prečice (Ctrl+/) ih prikazuje sve&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl++, Ctrl+-, Ctrl+0&lt;/td&gt;&lt;td&gt;Veći, manji, normalan tekst u oknu za čitanje&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+1, Ctrl+Shift+2&lt;/td&gt;&lt;td&gt;Sakrivanje ili prikazivanje zemalja, liste članaka&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+C&lt;/td&gt;&lt;td&gt;Kopiranje citata članka koji čitate&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+P, Ctrl+P, Ctrl+Shift+S&lt;/td&gt;&lt;td&gt;Pregled pre štampanja, štampanje i čuvanje u PDF-u materijala za podelu: za članak koji čitate ili za izabranu listu za čitanje ili zemlju&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+H&lt;/td&gt;&lt;td&gt;Sve linije za pomoć&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F12, Ctrl+Shift+Q ili tri puta Shift u roku od dve sekunde&lt;/td&gt;&lt;td&gt;&lt;b&gt;Brzi izlaz&lt;/b&gt;: odmah sakriva sve prozore programa Vigil, prazni okno za čitanje, briše ostavu (clipboard) ako sadrži ono što ste kopirali iz programa Vigil i zatvara program bez pitanja. Radi iz svakog prozora i dijaloga, a crveno dugme „Brzi izlaz“ nalazi se u svakom od njih. Pri sledećem pokretanju prikazuje se početni prikaz, a ne ono što ste čitali.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F1&lt;/td&gt;&lt;td&gt;Ova pomoć&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Diskretni režim&lt;/h3&gt;&lt;p&gt;Uključen je dok ga ne isključite (Prikaz ▸ Diskretni režim). Naslov prozora, koji se vidi na traci zadataka i u listama prozora, uvek je samo „Vigil“, nikada članak ili zemlja; pri sledećem pokretanju Vigil ne otvara ponovo poslednju zemlju, članak niti filtere. Vigil ne vodi listu nedavnih datoteka, ne pravi sličice i ne ostavlja istoriju pregledača niti keš: okno za čitanje ništa ne čuva na disku.&lt;/p&gt;&lt;h3&gt;Samo jedan Vigil istovremeno&lt;/h3&gt;&lt;p&gt;Ako ponovo pokrenete Vigil, već otvoreni prozor dolazi u prvi plan, tako da brzi izlaz uvek zatvara sve.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Searching&lt;/h3&gt;&lt;p&gt;Type words: articles containing all of them are listed, best match first. Capitals, accents and script do not matter: &lt;code&gt;pristina&lt;/code&gt; finds PRIŠTINA, &lt;code&gt;dakovica&lt;/code&gt; finds Đakovica, and &lt;code&gt;Приштина&lt;/code&gt; finds Priština. British and American spellings find each other: &lt;code&gt;labour&lt;/code&gt; finds labor, &lt;code&gt;organisation&lt;/code&gt; finds organization, &lt;code&gt;centre&lt;/code&gt; finds center. While you type, the last word also finds the words it begins (&lt;code&gt;traff&lt;/code&gt; finds trafficking); a space after it searches for the whole word.&lt;/p&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;forced labour&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Every word, in any order; the same as &lt;code&gt;forced AND labour&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;debt bondage&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;The words side by side, in this order&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;begging OR beggars&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;trafficking -sexual&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Leaves out the articles with a word; also &lt;code&gt;trafficking NOT sexual&lt;/code&gt;, or a phrase: &lt;code&gt;-&quot;sex work&quot;&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;exploit*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Every word that begins so: exploitation, exploited&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;country:serbia&lt;/code&gt; &lt;code&gt;country:XK&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Articles about a country, by name or two-letter code&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;topic:child-labour&lt;/code&gt; &lt;code&gt;topic:&quot;debt bondage&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Articles on a topic, by its name&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;publisher:amnesty&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Part of the publisher&apos;s name&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;author:smith&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Part of an author&apos;s name&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;year:2004&lt;/code&gt; &lt;code&gt;year:2004..2008&lt;/code&gt;&lt;/td&gt;&lt;td&gt;A year, or the years from one to another; &lt;code&gt;year:2010..&lt;/code&gt; from 2010 on&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:pdf&lt;/code&gt;&lt;/td&gt;&lt;td&gt;PDF documents&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:featured&lt;/code&gt; &lt;code&gt;is:archive&lt;/code&gt;&lt;/td&gt;&lt;td&gt;The articles above the source page&apos;s archive, or those in it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;note:interview&lt;/code&gt; &lt;code&gt;note:&quot;border crossing&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;The articles whose note (yours, under the article) holds these words; plain words find your notes too&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;They combine: &lt;code&gt;labour topic:child-labour year:2010..&lt;/code&gt;. A field cannot be left out with a minus. What the search cannot follow is searched as words, and a note under the article count says so.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pretraga&lt;/h3&gt;&lt;p&gt;Unesite reči: prikazuju se članci koji sadrže sve te reči, najbolji pogoci prvi. Velika i mala slova, dijakritički znaci i pismo nisu bitni: &lt;code&gt;pristina&lt;/code&gt; pronalazi PRIŠTINA, &lt;code&gt;dakovica&lt;/code&gt; pronalazi Đakovica, a &lt;code&gt;Priština&lt;/code&gt; pronalazi Priština. Britanski i američki pravopis pronalaze jedan drugog: &lt;code&gt;labour&lt;/code&gt; pronalazi labor, &lt;code&gt;organisation&lt;/code&gt; pronalazi organization, &lt;code&gt;centre&lt;/code&gt; pronalazi center. Dok kucate, poslednja reč pronalazi i reči koje njome počinju (&lt;code&gt;traff&lt;/code&gt; pronalazi trafficking); razmak iza nje traži celu reč.&lt;/p&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;forced labour&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Sve reči, bilo kojim redom; isto što i &lt;code&gt;forced AND labour&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;debt bondage&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Reči jedna do druge, ovim redom&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;begging OR beggars&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Bilo koja od dve reči&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;trafficking -sexual&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Izostavlja članke u kojima je neka reč; može i &lt;code&gt;trafficking NOT sexual&lt;/code&gt;, ili izraz: &lt;code&gt;-&quot;sex work&quot;&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;exploit*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Svaka reč koja tako počinje: exploitation, exploited&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;country:serbia&lt;/code&gt; &lt;code&gt;country:XK&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Članci o nekoj zemlji, po nazivu ili dvoslovnom kodu&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;topic:child-labour&lt;/code&gt; &lt;code&gt;topic:&quot;debt bondage&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Članci na neku temu, po njenom nazivu&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;publisher:amnesty&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Deo naziva izdavača&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;author:smith&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Deo imena autora&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;year:2004&lt;/code&gt; &lt;code&gt;year:2004..2008&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Godina ili godine od jedne do druge; &lt;code&gt;year:2010..&lt;/code&gt; od 2010. nadalje&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:pdf&lt;/code&gt;&lt;/td&gt;&lt;td&gt;PDF dokumenti&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:featured&lt;/code&gt; &lt;code&gt;is:archive&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Članci iznad arhive izvorne stranice, odnosno oni u arhivi&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;note:interview&lt;/code&gt; &lt;code&gt;note:&quot;border crossing&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Članci čija beleška (vaša, ispod članka) sadrži te reči; obične reči takođe pretražuju vaše beleške&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Mogu se kombinovati: &lt;code&gt;labour topic:child-labour year:2010..&lt;/code&gt;. Polje se ne može izostaviti znakom minus. Ono što pretraga ne ume da protumači traži se kao obične reči, a na to upozorava napomena ispod broja članaka.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::HotlinePanel</name>
    <message>
        <source>&amp;Copy number</source>
        <translation>&amp;Kopiraj broj</translation>
    </message>
    <message>
        <source>All hot&amp;lines</source>
        <translation>Sve &amp;linije</translation>
    </message>
    <message>
        <source>&amp;My hotlines…</source>
        <translation>&amp;Moje linije…</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translation>Linije za pomoć</translation>
    </message>
    <message>
        <source>Add, change or remove hotlines you know</source>
        <translation>Dodajte, izmenite ili uklonite linije za pomoć koje znate</translation>
    </message>
    <message>
        <source> &lt;a href=&quot;%1&quot; style=&quot;color:%2&quot;&gt;Add a hotline you know…&lt;/a&gt;</source>
        <translation> &lt;a href=&quot;%1&quot; style=&quot;color:%2&quot;&gt;Dodajte liniju za pomoć koju znate…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;HELP &amp;amp; HOTLINES: %1&lt;/b&gt; — no hotline is known for %1 in this library. In an emergency call the local emergency number. “All hotlines” lists every hotline the library has.</source>
        <translation>&lt;b&gt;LINIJE ZA POMOĆ: %1&lt;/b&gt; — za ovu zemlju (%1) u biblioteci nije poznata nijedna linija za pomoć. U hitnom slučaju pozovite lokalni broj za hitne slučajeve. „Sve linije“ prikazuje sve linije za pomoć iz biblioteke.</translation>
    </message>
    <message>
        <source>Help and hotlines: %1. No hotline is known for %1 in this library.</source>
        <translation>Linije za pomoć: %1. Za ovu zemlju (%1) u biblioteci nije poznata nijedna linija za pomoć.</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nije proverena</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>vaš unos</translation>
    </message>
    <message>
        <source>your source: %1</source>
        <translation>vaš izvor: %1</translation>
    </message>
    <message>
        <source>its reports run to %1; the number itself was not checked</source>
        <translation>izveštaji izvora sežu do %1; sam broj nije proveren</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;tel:%1&quot; style=&quot;color:%3&quot;&gt;&lt;b style=&quot;font-size:13pt&quot;&gt;%2&lt;/b&gt;&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;tel:%1&quot; style=&quot;color:%3&quot;&gt;&lt;b style=&quot;font-size:13pt&quot;&gt;%2&lt;/b&gt;&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-size:13pt&quot;&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;font-size:13pt&quot;&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopiraj %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;HELP &amp;amp; HOTLINES: %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;LINIJE ZA POMOĆ: %1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Help and hotlines: %1. %2</source>
        <translation>Linije za pomoć: %1. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;HELP &amp;amp; HOTLINES&lt;/b&gt; — choose a country to see its hotline, or open “All hotlines”. In an emergency call the local emergency number.</source>
        <translation>&lt;b&gt;LINIJE ZA POMOĆ&lt;/b&gt; — izaberite zemlju da biste videli njenu liniju za pomoć ili otvorite „Sve linije“. U hitnom slučaju pozovite lokalni broj za hitne slučajeve.</translation>
    </message>
    <message>
        <source>Help and hotlines: choose a country to see its hotline.</source>
        <translation>Linije za pomoć: izaberite zemlju da biste videli njenu liniju za pomoć.</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::MainWindow</name>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Kopirano: %1</translation>
    </message>
    <message>
        <source>Your note is not saved yet; Vigil tries again as you type. %1</source>
        <translation>Vaša beleška još nije sačuvana; Vigil pokušava ponovo dok kucate. %1</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Zemlje</translation>
    </message>
    <message>
        <source>Show &amp;all countries</source>
        <translation>Prikaži sve &amp;zemlje</translation>
    </message>
    <message>
        <source>Library problem</source>
        <translation>Problem sa bibliotekom</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Članci</translation>
    </message>
    <message>
        <source>%1 – Vigil</source>
        <translation>%1 – Vigil</translation>
    </message>
    <message>
        <source>Discreet mode is on: the title shows only “Vigil”, and the next start opens nothing you read.</source>
        <translation>Diskretni režim je uključen: naslov prikazuje samo „Vigil“, a pri sledećem pokretanju neće se otvoriti ništa od onoga što ste čitali.</translation>
    </message>
    <message>
        <source>Discreet mode is off: the title shows what you read, and the next start reopens it.</source>
        <translation>Diskretni režim je isključen: naslov prikazuje ono što čitate, a pri sledećem pokretanju to se ponovo otvara.</translation>
    </message>
    <message>
        <source>The library could not be read; see the message above the list.</source>
        <translation>Biblioteka nije mogla da se pročita; pogledajte poruku iznad liste.</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Sve zemlje</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pretraga…</translation>
    </message>
    <message>
        <source>&lt;p&gt;No article matches these filters.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Clear all filters&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nijedan članak ne odgovara ovim filterima.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Obriši sve filtere&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This library has no articles yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ova biblioteka još nema članaka.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quick e&amp;xit</source>
        <translation>&amp;Brzi izlaz</translation>
    </message>
    <message>
        <source>Hide and close Vigil at once (F12, Ctrl+Shift+Q, or Shift three times)</source>
        <translation>Odmah sakrij i zatvori Vigil (F12, Ctrl+Shift+Q ili tri puta Shift)</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>&amp;Otvori biblioteku…</translation>
    </message>
    <message>
        <source>Show another Vigil library file</source>
        <translation>Prikaži drugu datoteku biblioteke za Vigil</translation>
    </message>
    <message>
        <source>Open the &amp;bundled library</source>
        <translation>Otvori &amp;ugrađenu biblioteku</translation>
    </message>
    <message>
        <source>Show the library Vigil comes with, and the pages you imported</source>
        <translation>Prikaži biblioteku koja dolazi uz Vigil i stranice koje ste uvezli</translation>
    </message>
    <message>
        <source>Import p&amp;ages…</source>
        <translation>Uvezi &amp;stranice…</translation>
    </message>
    <message>
        <source>Add saved pages of the site (text or HTML) to your own library</source>
        <translation>Dodaj sačuvane stranice sajta (tekst ili HTML) u sopstvenu biblioteku</translation>
    </message>
    <message>
        <source>Open data pac&amp;k…</source>
        <translation>Otvori &amp;paket podataka…</translation>
    </message>
    <message>
        <source>Import a data pack of pages and hotlines that a team shares, after seeing who signed it and what it changes</source>
        <translation>Uvezi paket podataka sa stranicama i linijama za pomoć koji tim deli, pošto vidite ko ga je potpisao i šta menja</translation>
    </message>
    <message>
        <source>&amp;Trusted publishers…</source>
        <translation>Pou&amp;zdani izdavači…</translation>
    </message>
    <message>
        <source>The publishers whose signed data packs you trust: add or remove them</source>
        <translation>Izdavači čijim potpisanim paketima podataka verujete: dodajte ih ili uklonite</translation>
    </message>
    <message>
        <source>Export my &amp;lists and notes…</source>
        <translation>Izvezi moje &amp;liste i beleške…</translation>
    </message>
    <message>
        <source>Save your reading lists and notes to one file, to take to another computer</source>
        <translation>Sačuvaj svoje liste za čitanje i beleške u jednu datoteku, da biste ih preneli na drugi računar</translation>
    </message>
    <message>
        <source>&amp;Import lists and notes…</source>
        <translation>U&amp;vezi liste i beleške…</translation>
    </message>
    <message>
        <source>Add the reading lists and notes of an exported file to yours</source>
        <translation>Dodaj liste za čitanje i beleške iz izvezene datoteke svojima</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Sa&amp;čuvaj kao PDF…</translation>
    </message>
    <message>
        <source>Save a handout as PDF: of the article being read, or of the reading list or country chosen in the country tree</source>
        <translation>Sačuvaj materijal za podelu kao PDF: za članak koji čitate ili za listu za čitanje ili zemlju izabranu u stablu zemalja</translation>
    </message>
    <message>
        <source>&amp;Export citations…</source>
        <translation>Izvezi &amp;citate…</translation>
    </message>
    <message>
        <source>Save the citations of the articles the list shows as BibTeX, RIS or CSL-JSON</source>
        <translation>Sačuvaj citate članaka prikazanih u listi kao BibTeX, RIS ili CSL-JSON</translation>
    </message>
    <message>
        <source>Copy bibliograph&amp;y</source>
        <translation>Kopiraj bibliogra&amp;fiju</translation>
    </message>
    <message>
        <source>Copy the bibliography of the articles the list shows, in the style chosen under the reading pane, formatted for a word processor</source>
        <translation>Kopiraj bibliografiju članaka prikazanih u listi, u stilu izabranom ispod okna za čitanje, formatiranu za program za obradu teksta</translation>
    </message>
    <message>
        <source>Save biblio&amp;graphy…</source>
        <translation>Sačuvaj biblio&amp;grafiju…</translation>
    </message>
    <message>
        <source>Save the bibliography of the articles the list shows, in the style chosen under the reading pane, as text, HTML or RTF</source>
        <translation>Sačuvaj bibliografiju članaka prikazanih u listi, u stilu izabranom ispod okna za čitanje, kao tekst, HTML ili RTF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Štampaj…</translation>
    </message>
    <message>
        <source>Print a handout: of the article being read, or of the reading list or country chosen in the country tree</source>
        <translation>Odštampaj materijal za podelu: za članak koji čitate ili za listu za čitanje ili zemlju izabranu u stablu zemalja</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>P&amp;regled pre štampanja…</translation>
    </message>
    <message>
        <source>See a handout&apos;s pages before printing: of the article being read, or of the reading list or country chosen in the country tree</source>
        <translation>Pogledaj stranice materijala za podelu pre štampanja: za članak koji čitate ili za listu za čitanje ili zemlju izabranu u stablu zemalja</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izađi</translation>
    </message>
    <message>
        <source>Close Vigil, keeping your settings</source>
        <translation>Zatvori Vigil i zadrži podešavanja</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>Copy the text selected in the reading pane, or the chosen article&apos;s citation</source>
        <translation>Kopiraj tekst izabran u oknu za čitanje ili citat izabranog članka</translation>
    </message>
    <message>
        <source>Copy ci&amp;tation</source>
        <translation>Kopiraj &amp;citat</translation>
    </message>
    <message>
        <source>Copy the citation of the article being read, in the style chosen under it</source>
        <translation>Kopiraj citat članka koji čitate, u stilu izabranom ispod njega</translation>
    </message>
    <message>
        <source>Add to &amp;reading list</source>
        <translation>Dodaj na &amp;listu za čitanje</translation>
    </message>
    <message>
        <source>Add the article being read to your reading list, or take it out</source>
        <translation>Dodaj članak koji čitate na listu za čitanje ili ga ukloni sa nje</translation>
    </message>
    <message>
        <source>&amp;New reading list…</source>
        <translation>&amp;Nova lista za čitanje…</translation>
    </message>
    <message>
        <source>Make a reading list of your own, with a name</source>
        <translation>Napravi sopstvenu listu za čitanje, sa nazivom</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Pronađi…</translation>
    </message>
    <message>
        <source>Search the articles</source>
        <translation>Pretraži članke</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Obriši filtere</translation>
    </message>
    <message>
        <source>Show every article of every country</source>
        <translation>Prikaži sve članke svih zemalja</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Uvećaj</translation>
    </message>
    <message>
        <source>Larger text in the reading pane</source>
        <translation>Veći tekst u oknu za čitanje</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>U&amp;manji</translation>
    </message>
    <message>
        <source>Smaller text in the reading pane</source>
        <translation>Manji tekst u oknu za čitanje</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Normalna &amp;veličina</translation>
    </message>
    <message>
        <source>The reading pane&apos;s text at its normal size</source>
        <translation>Tekst okna za čitanje u normalnoj veličini</translation>
    </message>
    <message>
        <source>&amp;Countries pane</source>
        <translation>Okno &amp;zemalja</translation>
    </message>
    <message>
        <source>Show or hide the list of countries</source>
        <translation>Prikaži ili sakrij listu zemalja</translation>
    </message>
    <message>
        <source>&amp;Article list</source>
        <translation>&amp;Lista članaka</translation>
    </message>
    <message>
        <source>Show or hide the list of articles</source>
        <translation>Prikaži ili sakrij listu članaka</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Ceo ekran</translation>
    </message>
    <message>
        <source>Use the whole screen for Vigil</source>
        <translation>Koristi ceo ekran za Vigil</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>Sistemske &amp;boje</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Svetla</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tamna</translation>
    </message>
    <message>
        <source>Colours of the window and the reading pane</source>
        <translation>Boje prozora i okna za čitanje</translation>
    </message>
    <message>
        <source>D&amp;iscreet mode</source>
        <translation>&amp;Diskretni režim</translation>
    </message>
    <message>
        <source>The window title shows only “Vigil”, and the next start does not reopen what you read</source>
        <translation>Naslov prozora prikazuje samo „Vigil“, a sledeće pokretanje ne otvara ponovo ono što ste čitali</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Nazad</translation>
    </message>
    <message>
        <source>Show what the reading pane showed before</source>
        <translation>Prikaži ono što je okno za čitanje ranije prikazivalo</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Na&amp;pred</translation>
    </message>
    <message>
        <source>Show again what Back left</source>
        <translation>Ponovo prikaži ono što ste napustili komandom Nazad</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Zemlje</translation>
    </message>
    <message>
        <source>Move the keyboard to the countries</source>
        <translation>Premesti fokus tastature na zemlje</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Članci</translation>
    </message>
    <message>
        <source>Move the keyboard to the list of articles</source>
        <translation>Premesti fokus tastature na listu članaka</translation>
    </message>
    <message>
        <source>&amp;Reading pane</source>
        <translation>&amp;Okno za čitanje</translation>
    </message>
    <message>
        <source>Move the keyboard into the article, to scroll and follow links</source>
        <translation>Premesti fokus tastature u članak, radi pomeranja i praćenja veza</translation>
    </message>
    <message>
        <source>All &amp;hotlines</source>
        <translation>Sve &amp;linije za pomoć</translation>
    </message>
    <message>
        <source>Every hotline in the library, by country</source>
        <translation>Sve linije za pomoć u biblioteci, po zemljama</translation>
    </message>
    <message>
        <source>&amp;My hotlines…</source>
        <translation>&amp;Moje linije za pomoć…</translation>
    </message>
    <message>
        <source>Add, change or remove hotlines you know, for any country</source>
        <translation>Dodajte, izmenite ili uklonite linije za pomoć koje znate, za bilo koju zemlju</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>P&amp;omoć</translation>
    </message>
    <message>
        <source>How to use Vigil, and how to search</source>
        <translation>Kako se koristi Vigil i kako se pretražuje</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tasterske prečice</translation>
    </message>
    <message>
        <source>Every key Vigil answers to</source>
        <translation>Svi tasteri na koje Vigil reaguje</translation>
    </message>
    <message>
        <source>&amp;About Vigil</source>
        <translation>O &amp;programu Vigil</translation>
    </message>
    <message>
        <source>Version, licence and where the articles come from</source>
        <translation>Verzija, licenca i poreklo članaka</translation>
    </message>
    <message>
        <source>&amp;Clear my data…</source>
        <translation>Obriši &amp;moje podatke…</translation>
    </message>
    <message>
        <source>Remove your settings and saved data from this computer</source>
        <translation>Ukloni svoja podešavanja i sačuvane podatke sa ovog računara</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Glavna traka</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Uređivanje</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Prikaz</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Veličina teksta</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Idi</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>Copy &amp;title</source>
        <translation>Kopiraj &amp;naslov</translation>
    </message>
    <message>
        <source>Title copied</source>
        <translation>Naslov je kopiran</translation>
    </message>
    <message>
        <source>E&amp;xport citation…</source>
        <translation>&amp;Izvezi citat…</translation>
    </message>
    <message>
        <source>Show &amp;country: %1</source>
        <translation>Prikaži &amp;zemlju: %1</translation>
    </message>
    <message>
        <source>Show &amp;profile and articles</source>
        <translation>Prikaži &amp;profil i članke</translation>
    </message>
    <message>
        <source>&amp;Remove this page…</source>
        <translation>&amp;Ukloni ovu stranicu…</translation>
    </message>
    <message>
        <source>Remove this page… (only pages you imported)</source>
        <translation>Ukloni ovu stranicu… (samo stranice koje ste uvezli)</translation>
    </message>
    <message>
        <source>Co&amp;llapse</source>
        <translation>S&amp;kupi</translation>
    </message>
    <message>
        <source>&amp;Expand</source>
        <translation>&amp;Raširi</translation>
    </message>
    <message>
        <source>Expand &amp;all</source>
        <translation>Raširi &amp;sve</translation>
    </message>
    <message>
        <source>Collapse a&amp;ll</source>
        <translation>Skupi s&amp;ve</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Izaberi &amp;sve</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tasterske prečice</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Naredba</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasteri</translation>
    </message>
    <message>
        <source>F12, Ctrl+Shift+Q, or Shift three times</source>
        <translation>F12, Ctrl+Shift+Q ili tri puta Shift</translation>
    </message>
    <message>
        <source>Open the chosen article</source>
        <translation>Otvaranje izabranog članka</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Move between panes</source>
        <translation>Prelazak između okana</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Copied the selected text</source>
        <translation>Izabrani tekst je kopiran</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Otvori biblioteku</translation>
    </message>
    <message>
        <source>Vigil libraries (*.sqlite *.vigil *.db);;All files (*)</source>
        <translation>Biblioteke za Vigil (*.sqlite *.vigil *.db);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>%1 cannot be shown.

%2

The library shown now stays open.</source>
        <translation>%1 ne može da se prikaže.

%2

Biblioteka koja je sada prikazana ostaje otvorena.</translation>
    </message>
    <message>
        <source>Vigil could not format the bibliography: %1 Choose another style under the reading pane and try again.</source>
        <translation>Vigil nije mogao da formatira bibliografiju: %1 Izaberite drugi stil ispod okna za čitanje i pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Copy bibliography</source>
        <translation>Kopiraj bibliografiju</translation>
    </message>
    <message>
        <source>Save bibliography</source>
        <translation>Sačuvaj bibliografiju</translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation>Bibliografija</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Običan tekst (*.txt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Veb-stranica (*.html)</translation>
    </message>
    <message>
        <source>Rich text for word processors (*.rtf)</source>
        <translation>Obogaćeni tekst za programe za obradu teksta (*.rtf)</translation>
    </message>
    <message>
        <source>Formatting the citation…</source>
        <translation>Formatiranje citata…</translation>
    </message>
    <message>
        <source>Citation copied (%1)</source>
        <translation>Citat je kopiran (%1)</translation>
    </message>
    <message>
        <source>Vigil lists and notes (*.json);;All files (*)</source>
        <translation>Liste i beleške programa Vigil (*.json);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>stranica %1</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>članak %1</translation>
    </message>
    <message>
        <source>Export my lists and notes</source>
        <translation>Izvezi moje liste i beleške</translation>
    </message>
    <message>
        <source>Your lists and notes are not available in this session.</source>
        <translation>Vaše liste i beleške nisu dostupne u ovoj sesiji.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: you have no articles on a reading list, no lists of your own, no notes and no hotlines of your own.</source>
        <translation>Još nema šta da se izveze: nemate članke na listi za čitanje, sopstvene liste, beleške ni sopstvene linije za pomoć.</translation>
    </message>
    <message>
        <source>Exported %1, %2, %3 and %4 to %5</source>
        <translation>Izvezeno u %5 — %1, %2, %3, %4.</translation>
    </message>
    <message>
        <source>Import lists and notes</source>
        <translation>Uvezi liste i beleške</translation>
    </message>
    <message>
        <source>Everything in this file is already in your lists and notes.</source>
        <translation>Sve iz ove datoteke već postoji u vašim listama i beleškama.</translation>
    </message>
    <message>
        <source>Importing adds %1, %2 and %3.</source>
        <translation>Uvozom se dodaje — %1, %2, %3.</translation>
    </message>
    <message>
        <source>My hotlines: %1 and %2.</source>
        <translation>Moje linije za pomoć — %1; %2.</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; i još %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ništa nije uvezeno: %1</translation>
    </message>
    <message>
        <source>Imported %1, %2, %3 and %4; %5 merged with yours</source>
        <translation>Uvezeno — %1, %2, %3, %4; spojeno sa vašim beleškama: %5</translation>
    </message>
    <message>
        <source>The article list is empty, so there is nothing to export. Choose a country, a reading list or a search that finds articles, then export again.</source>
        <translation>Lista članaka je prazna, pa nema šta da se izveze. Izaberite zemlju, listu za čitanje ili pretragu koja pronalazi članke, pa ponovo izvezite.</translation>
    </message>
    <message>
        <source>Export citations</source>
        <translation>Izvezi citate</translation>
    </message>
    <message>
        <source>Vigil citations</source>
        <translation>Vigil – citati</translation>
    </message>
    <message>
        <source>Vigil could not write %1 (%2). Choose a folder you can write to, with some free space, and try again.</source>
        <translation>Vigil nije mogao da upiše %1 (%2). Izaberite fasciklu u koju možete da upisujete i koja ima slobodnog prostora, pa pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Hotlines cannot be saved</source>
        <translation>Linije za pomoć ne mogu da se sačuvaju</translation>
    </message>
    <message>
        <source>Vigil could not open the file where it keeps your own data, so a hotline you add would be lost. Restart Vigil; if this stays, check that your home folder has free space.</source>
        <translation>Vigil nije mogao da otvori datoteku u kojoj čuva vaše podatke, pa bi linija za pomoć koju dodate bila izgubljena. Ponovo pokrenite Vigil; ako se ovo ponovi, proverite da li u vašoj ličnoj fascikli ima slobodnog prostora.</translation>
    </message>
    <message>
        <source>Import pages</source>
        <translation>Uvezi stranice</translation>
    </message>
    <message>
        <source>Vigil cannot read its own country tables: %1</source>
        <translation>Vigil ne može da pročita sopstvene tabele zemalja: %1</translation>
    </message>
    <message>
        <source>Reading the pages…</source>
        <translation>Čitanje stranica…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Uvoz je otkazan: ništa nije uvezeno.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ništa nije uvezeno.</translation>
    </message>
    <message>
        <source>Importing the pages…</source>
        <translation>Uvoz stranica…</translation>
    </message>
    <message>
        <source>The pages were not imported: %1</source>
        <translation>Stranice nisu uvezene: %1</translation>
    </message>
    <message>
        <source>Removing the page…</source>
        <translation>Uklanjanje stranice…</translation>
    </message>
    <message>
        <source>Remove the page</source>
        <translation>Ukloni stranicu</translation>
    </message>
    <message>
        <source>The page was not removed: %1</source>
        <translation>Stranica nije uklonjena: %1</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Uklonjeno: „%1“.</translation>
    </message>
    <message>
        <source>The window is too narrow for the countries pane; make it wider to see it.</source>
        <translation>Prozor je preusk za okno zemalja; proširite ga da biste ga videli.</translation>
    </message>
    <message>
        <source>Your notes are not available in this session.</source>
        <translation>Vaše beleške nisu dostupne u ovoj sesiji.</translation>
    </message>
    <message>
        <source>Your reading lists are not available in this session.</source>
        <translation>Vaše liste za čitanje nisu dostupne u ovoj sesiji.</translation>
    </message>
    <message>
        <source>Open an article first, then add it to a reading list.</source>
        <translation>Prvo otvorite članak, pa ga dodajte na listu za čitanje.</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>Liste za čitanje</translation>
    </message>
    <message>
        <source>Added to “%1”</source>
        <translation>Dodato na listu „%1“</translation>
    </message>
    <message>
        <source>Removed from “%1”</source>
        <translation>Uklonjeno sa liste „%1“</translation>
    </message>
    <message>
        <source>New reading list</source>
        <translation>Nova lista za čitanje</translation>
    </message>
    <message>
        <source>Added to the new list “%1”</source>
        <translation>Dodato na novu listu „%1“</translation>
    </message>
    <message>
        <source>Made the list “%1”</source>
        <translation>Napravljena je lista „%1“</translation>
    </message>
    <message>
        <source>Rename reading list</source>
        <translation>Preimenuj listu za čitanje</translation>
    </message>
    <message>
        <source>Delete reading list</source>
        <translation>Obriši listu za čitanje</translation>
    </message>
    <message>
        <source>Add to &amp;list</source>
        <translation>Dodaj na &amp;drugu listu</translation>
    </message>
    <message>
        <source>&amp;New list…</source>
        <translation>&amp;Nova lista…</translation>
    </message>
    <message>
        <source>Re&amp;name list…</source>
        <translation>Pre&amp;imenuj listu…</translation>
    </message>
    <message>
        <source>&amp;Delete list…</source>
        <translation>&amp;Obriši listu…</translation>
    </message>
    <message>
        <source>Open data pack</source>
        <translation>Otvori paket podataka</translation>
    </message>
    <message>
        <source>No library is open to import the pack into.</source>
        <translation>Nije otvorena nijedna biblioteka u koju bi se paket uvezao.</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>Provera paketa…</translation>
    </message>
    <message>
        <source>“%1” was not opened. %2</source>
        <translation>Paket „%1“ nije otvoren. %2</translation>
    </message>
    <message>
        <source>“%1” was not opened: Vigil could not write its pages to a temporary folder (%2). Check that the disk has free space.</source>
        <translation>Paket „%1“ nije otvoren: Vigil nije mogao da upiše njegove stranice u privremenu fasciklu (%2). Proverite da li na disku ima slobodnog prostora.</translation>
    </message>
    <message>
        <source>Reading the pack&apos;s pages…</source>
        <translation>Čitanje stranica paketa…</translation>
    </message>
    <message>
        <source>“%1” was not imported: one of its pages cannot be read. %2</source>
        <translation>Paket „%1“ nije uvezen: jedna od njegovih stranica ne može da se pročita. %2</translation>
    </message>
    <message>
        <source>from a data pack signed by %1, fingerprint %2</source>
        <translation>iz paketa podataka koji je potpisao %1, otisak %2</translation>
    </message>
    <message>
        <source>from an unsigned data pack</source>
        <translation>iz nepotpisanog paketa podataka</translation>
    </message>
    <message>
        <source>The hotlines were not saved: %1</source>
        <translation>Linije za pomoć nisu sačuvane: %1</translation>
    </message>
    <message>
        <source>The pages were imported, but the hotlines were not saved: %1</source>
        <translation>Stranice su uvezene, ali linije za pomoć nisu sačuvane: %1</translation>
    </message>
    <message>
        <source>Imported the pack “%1”: %2 and %3.</source>
        <translation>Uvezen je paket „%1“: %2 i %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n stranica</numerusform>
            <numerusform>%n stranice</numerusform>
            <numerusform>%n stranica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hotline(s)</source>
        <translation>
            <numerusform>%n linija za pomoć</numerusform>
            <numerusform>%n linije za pomoć</numerusform>
            <numerusform>%n linija za pomoć</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an article, or choose a country or a reading list in the tree; then %1.</source>
        <translation>Otvorite članak ili izaberite zemlju ili listu za čitanje u stablu; zatim %1.</translation>
    </message>
    <message>
        <source>Formatting the handout’s citations…</source>
        <translation>Formatiranje citata za materijal…</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citati</translation>
    </message>
    <message>
        <source>Vigil could not format the citations: %1 Choose another style under the reading pane and try again.</source>
        <translation>Vigil nije mogao da formatira citate: %1 Izaberite drugi stil ispod okna za čitanje i pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Štampanje…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Štampaj</translation>
    </message>
    <message>
        <source>%1 Check the printer and try again.</source>
        <translation>%1 Proverite štampač i pokušajte ponovo.</translation>
    </message>
    <message>
        <source>preview its handout</source>
        <translation>pogledajte materijal pre štampanja</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Pregled pre štampanja</translation>
    </message>
    <message>
        <source>print its handout</source>
        <translation>odštampajte materijal</translation>
    </message>
    <message>
        <source>save its handout as PDF</source>
        <translation>sačuvajte materijal kao PDF</translation>
    </message>
    <message>
        <source>Vigil handout</source>
        <translation>Vigil – materijal</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Sačuvaj kao PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF datoteke (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Čuvanje: %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sačuvano: %1</translation>
    </message>
    <message>
        <source>Citation copied (BibTeX)</source>
        <translation>Citat je kopiran (BibTeX)</translation>
    </message>
    <message>
        <source>Citation copied (RIS)</source>
        <translation>Citat je kopiran (RIS)</translation>
    </message>
    <message>
        <source>All hotlines</source>
        <translation>Sve linije za pomoć</translation>
    </message>
    <message>
        <source>Clear my data</source>
        <translation>Obriši moje podatke</translation>
    </message>
    <message>
        <source>Your data was removed. Vigil will not save this session&apos;s settings.</source>
        <translation>Vaši podaci su uklonjeni. Vigil neće sačuvati podešavanja ove sesije.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln article(s)</source>
        <translation>
            <numerusform>%1 od %Ln članka</numerusform>
            <numerusform>%1 od %Ln članka</numerusform>
            <numerusform>%1 od %Ln članaka</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Jezik sistema</translation>
    </message>
    <message>
        <source>The language of your desktop, when Vigil speaks it; English otherwise</source>
        <translation>Jezik vašeg radnog okruženja, ako ga Vigil govori; inače engleski</translation>
    </message>
    <message>
        <source>Speak %1</source>
        <translation>Jezik: %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jezik</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>Vigil will speak %1 the next time it starts. Close Vigil and start it again.</source>
        <translation>Vigil će pri sledećem pokretanju govoriti jezik: %1. Zatvorite Vigil i ponovo ga pokrenite.</translation>
    </message>
    <message numerus="yes">
        <source>Formatting %n citation(s) in %1…</source>
        <translation>
            <numerusform>Formatiranje %n citata u stilu %1…</numerusform>
            <numerusform>Formatiranje %n citata u stilu %1…</numerusform>
            <numerusform>Formatiranje %n citata u stilu %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bibliography of %n article(s) copied (%1)</source>
        <translation>
            <numerusform>Bibliografija %n članka je kopirana (%1)</numerusform>
            <numerusform>Bibliografija %n članka je kopirana (%1)</numerusform>
            <numerusform>Bibliografija %n članaka je kopirana (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the bibliography of %n article(s) to %1</source>
        <translation>
            <numerusform>Bibliografija %n članka je sačuvana u %1</numerusform>
            <numerusform>Bibliografija %n članka je sačuvana u %1</numerusform>
            <numerusform>Bibliografija %n članaka je sačuvana u %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s)</source>
        <translation>
            <numerusform>%n lista</numerusform>
            <numerusform>%n liste</numerusform>
            <numerusform>%n lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n unos</numerusform>
            <numerusform>%n unosa</numerusform>
            <numerusform>%n unosa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n beleška</numerusform>
            <numerusform>%n beleške</numerusform>
            <numerusform>%n beleški</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new list(s)</source>
        <translation>
            <numerusform>%n nova lista</numerusform>
            <numerusform>%n nove liste</numerusform>
            <numerusform>%n novih lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) to your lists</source>
        <translation>
            <numerusform>%n unos u vaše liste</numerusform>
            <numerusform>%n unosa u vaše liste</numerusform>
            <numerusform>%n unosa u vaše liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) differ from yours: each keeps your text, with the imported text under it.</source>
        <translation>
            <numerusform>%n beleška se razlikuje od vaše: zadržava vaš tekst, a uvezeni tekst je ispod njega.</numerusform>
            <numerusform>%n beleške se razlikuju od vaših: svaka zadržava vaš tekst, a uvezeni tekst je ispod njega.</numerusform>
            <numerusform>%n beleški se razlikuje od vaših: svaka zadržava vaš tekst, a uvezeni tekst je ispod njega.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n dodata</numerusform>
            <numerusform>%n dodate</numerusform>
            <numerusform>%n dodatih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of yours changed to the file&apos;s (the same country and service)</source>
        <translation>
            <numerusform>%n vaša promenjena prema datoteci (ista zemlja i služba)</numerusform>
            <numerusform>%n vaše promenjene prema datoteci (ista zemlja i služba)</numerusform>
            <numerusform>%n vaših promenjeno prema datoteci (ista zemlja i služba)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already here, left as they are.</source>
        <translation>
            <numerusform>%n beleška je već ovde i ostaje kakva jeste.</numerusform>
            <numerusform>%n beleške su već ovde i ostaju kakve jesu.</numerusform>
            <numerusform>%n beleški je već ovde i ostaju kakve jesu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) not in this library; their entries and notes are kept, and show when a library has them:</source>
        <translation>
            <numerusform>%n članak nije u ovoj biblioteci; njegovi unosi i beleške se čuvaju i pojaviće se kada ga biblioteka bude imala:</numerusform>
            <numerusform>%n članka nisu u ovoj biblioteci; njihovi unosi i beleške se čuvaju i pojaviće se kada ih biblioteka bude imala:</numerusform>
            <numerusform>%n članaka nije u ovoj biblioteci; njihovi unosi i beleške se čuvaju i pojaviće se kada ih biblioteka bude imala:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n citation(s)</source>
        <translation>
            <numerusform>Izvezi %n citat</numerusform>
            <numerusform>Izvezi %n citata</numerusform>
            <numerusform>Izvezi %n citata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n citation(s) to %1</source>
        <translation>
            <numerusform>%n citat je izvezen u %1</numerusform>
            <numerusform>%n citata su izvezena u %1</numerusform>
            <numerusform>%n citata je izvezeno u %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1”: %n article(s).</source>
        <translation>
            <numerusform>Uvezeno „%1”: %n članak.</numerusform>
            <numerusform>Uvezeno „%1”: %n članka.</numerusform>
            <numerusform>Uvezeno „%1”: %n članaka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>Uvezeno: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n članak</numerusform>
            <numerusform>%n članka</numerusform>
            <numerusform>%n članaka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln article(s). Choose one in the list to read it.</source>
        <translation>
            <numerusform>%1: %Ln članak. Izaberite ga u listi da biste ga pročitali.</numerusform>
            <numerusform>%1: %Ln članka. Izaberite jedan u listi da biste ga pročitali.</numerusform>
            <numerusform>%1: %Ln članaka. Izaberite jedan u listi da biste ga pročitali.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add this article to your reading list, or take it out (Ctrl+D); the arrow chooses another list</source>
        <translation>Dodajte ovaj članak na listu za čitanje ili ga uklonite sa nje (Ctrl+D); strelica bira drugu listu</translation>
    </message>
    <message>
        <source>This article is on your reading list; press to take it off</source>
        <translation>Ovaj članak je na vašoj listi za čitanje; pritisnite da ga uklonite</translation>
    </message>
    <message>
        <source>Press to add this article to your reading list</source>
        <translation>Pritisnite da dodate ovaj članak na listu za čitanje</translation>
    </message>
    <message>
        <source>On your list</source>
        <translation>Na listi</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Na listu</translation>
    </message>
    <message>
        <source>Open an article or a source page first, then copy its citation.</source>
        <translation>Prvo otvorite članak ili izvornu stranicu, pa kopirajte citat.</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::MyHotlineEditor</name>
    <message>
        <source>Service name</source>
        <translation>Naziv službe</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Broj</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Radno vreme</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Jezici</translation>
    </message>
    <message>
        <source>Where the number comes from</source>
        <translation>Odakle potiče broj</translation>
    </message>
    <message>
        <source>Edit hotline</source>
        <translation>Izmeni liniju za pomoć</translation>
    </message>
    <message>
        <source>Add a hotline</source>
        <translation>Dodaj liniju za pomoć</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Zemlja</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
    <message>
        <source>As you would dial it in the country, or with its country code (+…)</source>
        <translation>Onako kako biste ga birali u toj zemlji ili sa pozivnim brojem zemlje (+…)</translation>
    </message>
    <message>
        <source>Where you got the number, so others can check it</source>
        <translation>Gde ste dobili broj, da bi drugi mogli da ga provere</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Zemlja:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Služba:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>Br&amp;oj:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Radno vreme:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Jezici:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Napomene:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Izvor:</translation>
    </message>
    <message>
        <source>Choose the country the hotline is for.</source>
        <translation>Izaberite zemlju za koju važi linija za pomoć.</translation>
    </message>
    <message>
        <source>Give the service&apos;s name, for example the organisation that answers.</source>
        <translation>Unesite naziv službe, na primer organizacije koja odgovara na pozive.</translation>
    </message>
    <message>
        <source>Give the number.</source>
        <translation>Unesite broj.</translation>
    </message>
    <message>
        <source>“%1” is not a valid telephone number for %2. Check the digits, or write the number with its country code (+%3 …).</source>
        <translation>„%1“ nije ispravan telefonski broj za zemlju %2. Proverite cifre ili upišite broj sa pozivnim brojem zemlje (+%3 …).</translation>
    </message>
    <message>
        <source>“%1” is a number of %2, not of %3. Choose %2 as the country, or check the number.</source>
        <translation>„%1“ je broj za zemlju %2, a ne za zemlju %3. Izaberite zemlju %2 ili proverite broj.</translation>
    </message>
    <message>
        <source>Say where the number comes from (a leaflet, an organisation&apos;s site, a colleague), so that whoever reads it can check it.</source>
        <translation>Navedite odakle potiče broj (letak, sajt organizacije, kolega), da bi svako ko ga čita mogao da ga proveri.</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::MyHotlinesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Izmeni…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ukloni</translation>
    </message>
    <message>
        <source>My hotlines</source>
        <translation>Moje linije za pomoć</translation>
    </message>
    <message>
        <source>Hotlines you added. They are kept on this computer only, shown in the yellow bar marked “added by you”, and removed by “Clear my data”.</source>
        <translation>Linije za pomoć koje ste dodali. Čuvaju se samo na ovom računaru, prikazuju se u žutoj traci sa oznakom „vaš unos“ i brišu se komandom „Obriši moje podatke“.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Zemlja</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Služba</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Broj</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Izvor</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (nije proveren)</translation>
    </message>
    <message>
        <source>Hotline not saved</source>
        <translation>Linija za pomoć nije sačuvana</translation>
    </message>
    <message>
        <source>The hotline could not be saved: %1</source>
        <translation>Linija za pomoć nije mogla da se sačuva: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Izmena nije mogla da se sačuva: %1</translation>
    </message>
    <message>
        <source>Hotline not removed</source>
        <translation>Linija za pomoć nije uklonjena</translation>
    </message>
    <message>
        <source>The hotline could not be removed: %1</source>
        <translation>Linija za pomoć nije mogla da se ukloni: %1</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::NotePanel</name>
    <message>
        <source>My &amp;note</source>
        <translation>Moja &amp;beleška</translation>
    </message>
    <message>
        <source>My note on this article</source>
        <translation>Moja beleška o ovom članku</translation>
    </message>
    <message>
        <source>Write a note on this article; it is saved as you type.</source>
        <translation>Napišite belešku o ovom članku; čuva se dok kucate.</translation>
    </message>
    <message>
        <source>Open an article to write a note on it.</source>
        <translation>Otvorite članak da biste napisali belešku o njemu.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Još nije sačuvano</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sačuvano</translation>
    </message>
    <message>
        <source>Notes cannot be saved in this session.</source>
        <translation>Beleške ne mogu da se čuvaju u ovoj sesiji.</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::PackImportDialog</name>
    <message>
        <source>Signed by %1, a publisher you trust (fingerprint %2).</source>
        <translation>Potpisao ga je %1, izdavač kome verujete (otisak %2).</translation>
    </message>
    <message>
        <source>Signed by a key you do not trust yet, which calls itself “%1” (fingerprint %2). Anyone can give a key any name: compare the fingerprint with the one its publisher gave you in person or by phone.</source>
        <translation>Potpisan je ključem kome još ne verujete, a koji sebe naziva „%1“ (otisak %2). Svako može ključu dati bilo koje ime: uporedite otisak sa onim koji vam je izdavač dao lično ili telefonom.</translation>
    </message>
    <message>
        <source>Not signed: anyone could have made or changed this pack. Import it only if you know where it comes from.</source>
        <translation>Nije potpisan: bilo ko je mogao da napravi ili izmeni ovaj paket. Uvezite ga samo ako znate odakle potiče.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>New hotline: %1: %2</source>
        <translation>Nova linija za pomoć: %1: %2</translation>
    </message>
    <message>
        <source>Changed hotline: %1: %2 → %3</source>
        <translation>Izmenjena linija za pomoć: %1: %2 → %3</translation>
    </message>
    <message>
        <source>Removed hotline: %1: %2</source>
        <translation>Uklonjena linija za pomoć: %1: %2</translation>
    </message>
    <message>
        <source>Unchanged hotline: %1: %2</source>
        <translation>Nepromenjena linija za pomoć: %1: %2</translation>
    </message>
    <message>
        <source>Open data pack</source>
        <translation>Otvori paket podataka</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import. Pages go into your own library and hotlines into My hotlines; the library Vigil comes with is not changed.</source>
        <translation>Ništa se ne upisuje dok ne izaberete „Uvezi“. Stranice idu u vašu sopstvenu biblioteku, a linije za pomoć u Moje linije za pomoć; biblioteka koja dolazi uz Vigil se ne menja.</translation>
    </message>
    <message>
        <source>What the pack changes</source>
        <translation>Šta paket menja</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Stranice</translation>
    </message>
    <message numerus="yes">
        <source>Replaces the page “%1” (%n entries)</source>
        <translation>
            <numerusform>Zamenjuje stranicu „%1“ (%n stavka)</numerusform>
            <numerusform>Zamenjuje stranicu „%1“ (%n stavke)</numerusform>
            <numerusform>Zamenjuje stranicu „%1“ (%n stavki)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds the page “%1” (%n entries)</source>
        <translation>
            <numerusform>Dodaje stranicu „%1“ (%n stavka)</numerusform>
            <numerusform>Dodaje stranicu „%1“ (%n stavke)</numerusform>
            <numerusform>Dodaje stranicu „%1“ (%n stavki)</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nema</translation>
    </message>
    <message>
        <source>Hotlines</source>
        <translation>Linije za pomoć</translation>
    </message>
    <message>
        <source>No hotline changes</source>
        <translation>Nema izmena linija za pomoć</translation>
    </message>
    <message>
        <source>I &amp;know who sent this pack, and I want to import it</source>
        <translation>&amp;Znam ko je poslao ovaj paket i želim da ga uvezem</translation>
    </message>
    <message>
        <source>&amp;Trust this key for the packs it signs from now on</source>
        <translation>Od sada &amp;veruj ovom ključu za pakete koje potpisuje</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Uvezi</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::PageImportDialog</name>
    <message>
        <source>Import pages</source>
        <translation>Uvezi stranice</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import. The pages go into your own library; the library Vigil comes with is not changed.</source>
        <translation>Ništa se ne upisuje dok ne izaberete „Uvezi“. Stranice idu u vašu sopstvenu biblioteku; biblioteka koja dolazi uz Vigil se ne menja.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Datoteke za uvoz</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Stranica</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Stavke</translation>
    </message>
    <message>
        <source>The pictures and styles of a page saved as “complete”; left out</source>
        <translation>Slike i stilovi stranice sačuvane kao „kompletna“; izostavljeni</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Uvezi</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Ne može da se uveze</translation>
    </message>
    <message>
        <source>Topic page</source>
        <translation>Tematska stranica</translation>
    </message>
    <message>
        <source>Country page</source>
        <translation>Stranica zemlje</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>(replaces the page of the same name)</source>
        <translation>(zamenjuje istoimenu stranicu)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Red %1: %2</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::PageImportPreview</name>
    <message>
        <source>Nothing can be imported: none of the files is a saved page of the site.</source>
        <translation>Ništa ne može da se uveze: nijedna datoteka nije sačuvana stranica sajta.</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <translation>%1 — %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) to import</source>
        <translation>
            <numerusform>%n stranica za uvoz</numerusform>
            <numerusform>%n stranice za uvoz</numerusform>
            <numerusform>%n stranica za uvoz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(s)</source>
        <translation>
            <numerusform>%n zemlja</numerusform>
            <numerusform>%n zemlje</numerusform>
            <numerusform>%n zemalja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n unos</numerusform>
            <numerusform>%n unosa</numerusform>
            <numerusform>%n unosa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n upozorenje</numerusform>
            <numerusform>%n upozorenja</numerusform>
            <numerusform>%n upozorenja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported and will be left out.</source>
        <translation>
            <numerusform>%n datoteka ne može da se uveze i biće izostavljena.</numerusform>
            <numerusform>%n datoteke ne mogu da se uvezu i biće izostavljene.</numerusform>
            <numerusform>%n datoteka ne može da se uveze i biće izostavljeno.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::StyleChooserDialog</name>
    <message>
        <source>Citation styles</source>
        <translation>Stilovi citiranja</translation>
    </message>
    <message>
        <source>%1 (bundled with Vigil)</source>
        <translation>%1 (dolazi uz Vigil)</translation>
    </message>
    <message>
        <source>Search the citation styles</source>
        <translation>Pretraži stilove citiranja</translation>
    </message>
    <message numerus="yes">
        <source>Search %n style(s) by name</source>
        <translation>
            <numerusform>Pretražite %n stil po nazivu</numerusform>
            <numerusform>Pretražite %n stila po nazivu</numerusform>
            <numerusform>Pretražite %n stilova po nazivu</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find a style:</source>
        <translation>&amp;Pronađi stil:</translation>
    </message>
    <message>
        <source>Use this style</source>
        <translation>Koristi ovaj stil</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::TrustedPublishersDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ukloni</translation>
    </message>
    <message>
        <source>Trusted publishers</source>
        <translation>Pouzdani izdavači</translation>
    </message>
    <message>
        <source>Data packs signed by these publishers open without asking whether you know who sent them. Add a publisher only with a key file or a fingerprint you had from them in person, by phone or through someone you trust.</source>
        <translation>Paketi podataka koje su potpisali ovi izdavači otvaraju se bez pitanja da li znate ko ih je poslao. Dodajte izdavača samo pomoću datoteke ključa ili otiska koji ste od njega dobili lično, telefonom ili preko nekoga kome verujete.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Otisak</translation>
    </message>
    <message>
        <source>Add from a &amp;key file…</source>
        <translation>Dodaj iz datoteke &amp;ključa…</translation>
    </message>
    <message>
        <source>40 hexadecimal digits, as vigil-library keygen prints them</source>
        <translation>40 heksadecimalnih cifara, onako kako ih ispisuje vigil-library keygen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Otisak:</translation>
    </message>
    <message>
        <source>&amp;Add by fingerprint</source>
        <translation>&amp;Dodaj po otisku</translation>
    </message>
    <message>
        <source>Add a publisher</source>
        <translation>Dodaj izdavača</translation>
    </message>
    <message>
        <source>The publisher was not added: %1. A publisher&apos;s key file ends in .public.</source>
        <translation>Izdavač nije dodat: %1. Datoteka ključa izdavača ima nastavak .public.</translation>
    </message>
    <message>
        <source>Add a publisher from a key file</source>
        <translation>Dodaj izdavača iz datoteke ključa</translation>
    </message>
    <message>
        <source>Public keys (*.public)</source>
        <translation>Javni ključevi (*.public)</translation>
    </message>
    <message>
        <source>That is not a fingerprint: it has 40 hexadecimal digits (0-9 and a-f), with or without spaces.</source>
        <translation>To nije otisak: otisak ima 40 heksadecimalnih cifara (0-9 i a-f), sa razmacima ili bez njih.</translation>
    </message>
    <message>
        <source>Give the publisher a name, so that you know it again.</source>
        <translation>Dajte izdavaču naziv, da biste ga kasnije prepoznali.</translation>
    </message>
    <message>
        <source>No publisher is trusted yet: every data pack asks before it is imported, and shows who signed it.</source>
        <translation>Još nijedan izdavač nije pouzdan: svaki paket podataka pita pre uvoza i pokazuje ko ga je potpisao.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Adding your imported pages to the updated library…</source>
        <translation>Dodavanje uvezenih stranica u ažuriranu biblioteku…</translation>
    </message>
    <message>
        <source>Offline reader of reports on human trafficking and modern-day slavery.

Quick exit: F12, Ctrl+Shift+Q or Shift pressed three times hides and closes Vigil at once.</source>
        <translation>Vanmrežni čitač izveštaja o trgovini ljudima i savremenom ropstvu.

Brzi izlaz: F12, Ctrl+Shift+Q ili tri pritiska na Shift odmah sakrivaju i zatvaraju Vigil.</translation>
    </message>
    <message>
        <source>Open this library file.</source>
        <translation>Otvori ovu datoteku biblioteke.</translation>
    </message>
    <message>
        <source>Show the article with this id.</source>
        <translation>Prikaži članak sa ovim ID-om.</translation>
    </message>
    <message>
        <source>Select this country (ISO code, e.g. RS).</source>
        <translation>Izaberi ovu zemlju (ISO kod, npr. RS).</translation>
    </message>
    <message>
        <source>Print first-paint-ms: N (since process start) and quit.</source>
        <translation>Ispiši first-paint-ms: N (od pokretanja procesa) i izađi.</translation>
    </message>
    <message>
        <source>Print first-article-ms: N (since process start) when the first document (the first article, or what the start shows) has loaded, and quit.</source>
        <translation>Ispiši first-article-ms: N (od pokretanja procesa) kada se učita prvi dokument (prvi članak ili ono što prikazuje početni prikaz), i izađi.</translation>
    </message>
    <message>
        <source>Test aid: open every article and country profile, run 100 searches, print a summary and quit.</source>
        <translation>Pomoć pri testiranju: otvori svaki članak i profil zemlje, izvrši 100 pretraga, ispiši rezime i izađi.</translation>
    </message>
    <message>
        <source>Write the handout of --open (an article), --country (a country dossier) or --reading-list to this PDF file and quit, without showing the window.</source>
        <translation>Upiši materijal za --open (članak), --country (dosije zemlje) ili --reading-list u ovu PDF datoteku i izađi, bez prikazivanja prozora.</translation>
    </message>
    <message>
        <source>With --print-pdf: the reading list with this name.</source>
        <translation>Uz --print-pdf: lista za čitanje sa ovim nazivom.</translation>
    </message>
    <message>
        <source>With --print-pdf: cite in this citation style (apa when not given; vigil-library styles lists them).</source>
        <translation>Uz --print-pdf: citiraj u ovom stilu citiranja (apa ako nije naveden; vigil-library styles ispisuje stilove).</translation>
    </message>
    <message>
        <source>Your imported pages are left out: %1</source>
        <translation>Vaše uvezene stranice su izostavljene: %1</translation>
    </message>
    <message>
        <source>The library could not be opened.

%1

Choose another one with File ▸ Open library, or reinstall Vigil.</source>
        <translation>Biblioteka nije mogla da se otvori.

%1

Izaberite drugu preko Datoteka ▸ Otvori biblioteku ili ponovo instalirajte Vigil.</translation>
    </message>
    <message>
        <source>Your reading lists are not available: %1</source>
        <translation>Vaše liste za čitanje nisu dostupne: %1</translation>
    </message>
    <message>
        <source>Vigil is already open with another library. Open %1 with File ▸ Open library.</source>
        <translation>Vigil je već otvoren sa drugom bibliotekom. Otvorite %1 preko Datoteka ▸ Otvori biblioteku.</translation>
    </message>
</context>
</TS>
