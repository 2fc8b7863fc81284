<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq">
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>Stop</source>
        <translation>Ndalo</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printeri nuk mund të nisej.</translation>
    </message>
    <message>
        <source>The printer did not take page %1.</source>
        <translation>Printeri nuk e pranoi faqen %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Faqja %1 nga %2</translation>
    </message>
    <message>
        <source>Printing was stopped.</source>
        <translation>Printimi u ndal.</translation>
    </message>
    <message>
        <source>The printer could not finish the document.</source>
        <translation>Printeri nuk mundi ta përfundonte dokumentin.</translation>
    </message>
    <message>
        <source>Vigil could not write %1 (%2). Choose a folder you can write to and try again.</source>
        <translation>Vigil-i nuk mundi të shkruante %1 (%2). Zgjidhni një dosje ku mund të shkruani dhe provoni përsëri.</translation>
    </message>
    <message>
        <source>Vigil could not write %1: %2</source>
        <translation>Vigil-i nuk mundi të shkruante %1: %2</translation>
    </message>
    <message>
        <source>Vigil could not write %1 (%2). Choose a folder you can write to, with some free space, and try again.</source>
        <translation>Vigil-i nuk mundi të shkruante %1 (%2). Zgjidhni një dosje ku mund të shkruani, me pak hapësirë të lirë, dhe provoni përsëri.</translation>
    </message>
</context>
<context>
    <name>HeadlessPrint</name>
    <message>
        <source>--print-pdf needs one of --open ID, --country CODE or --reading-list NAME.</source>
        <translation>--print-pdf kërkon një nga --open ID, --country CODE ose --reading-list NAME.</translation>
    </message>
    <message>
        <source>There is no citation style “%1”; `vigil-library styles --search WORD` lists the names you can give.</source>
        <translation>Nuk ka stil citimi “%1”; `vigil-library styles --search FJALË` liston emrat që mund të jepni.</translation>
    </message>
    <message>
        <source>The library could not be opened: %1</source>
        <translation>Biblioteka nuk mund të hapej: %1</translation>
    </message>
    <message>
        <source>There is no article with id %1 in the library.</source>
        <translation>Në bibliotekë nuk ka artikull me id %1.</translation>
    </message>
    <message>
        <source>There is no country with code %1; use an ISO code such as RS.</source>
        <translation>Nuk ka vend me kodin %1; përdorni një kod ISO si RS.</translation>
    </message>
    <message>
        <source>Your reading lists could not be read: %1</source>
        <translation>Listat tuaja të leximit nuk mund të lexoheshin: %1</translation>
    </message>
    <message>
        <source>There is no reading list named “%1”; your lists are: %2.</source>
        <translation>Nuk ka listë leximi me emrin “%1”; listat tuaja janë: %2.</translation>
    </message>
    <message>
        <source>The citations could not be formatted: %1</source>
        <translation>Citimet nuk mund të formatoheshin: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>U shkrua %1 (%n faqe).</numerusform>
            <numerusform>U shkrua %1 (%n faqe).</numerusform>
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
        <translation>nga arkivi</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pa datë</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Botuesi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Vendet</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temat</translation>
    </message>
</context>
<context>
    <name>Vigil::Core::ArticleRenderer</name>
    <message>
        <source> and </source>
        <comment>between the last two names of a list</comment>
        <translation> dhe </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Featured</source>
        <translation>I veçuar</translation>
    </message>
    <message>
        <source>Link collection</source>
        <translation>Përmbledhje lidhjesh</translation>
    </message>
    <message>
        <source>The source is a PDF document</source>
        <translation>Burimi është dokument PDF</translation>
    </message>
    <message>
        <source>By</source>
        <comment>before the authors&apos; names</comment>
        <translation>Nga</translation>
    </message>
    <message>
        <source>Countries and topics</source>
        <translation>Vendet dhe temat</translation>
    </message>
    <message>
        <source>Access date unavailable</source>
        <translation>Data e konsultimit nuk dihet</translation>
    </message>
    <message>
        <source>Accessed %1</source>
        <translation>Konsultuar më %1</translation>
    </message>
    <message>
        <source>Notes on the source</source>
        <translation>Shënime për burimin</translation>
    </message>
    <message>
        <source>An archived copy of this article may exist.</source>
        <translation>Mund të ekzistojë një kopje e arkivuar e këtij artikulli.</translation>
    </message>
    <message>
        <source>The original web address of this source was lost when the page was saved. To read the whole source, search for its title.</source>
        <translation>Adresa origjinale e uebit e këtij burimi humbi kur u ruajt faqja. Për ta lexuar burimin të plotë, kërkoni titullin e tij.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Lidhje</translation>
    </message>
    <message>
        <source>accessed %1</source>
        <translation>konsultuar më %1</translation>
    </message>
    <message>
        <source>Page %1 of the original document</source>
        <translation>Faqja %1 e dokumentit origjinal</translation>
    </message>
    <message>
        <source>page %1</source>
        <comment>a page marker in the text</comment>
        <translation>faqja %1</translation>
    </message>
    <message>
        <source>Cite this article</source>
        <translation>Citoni këtë artikull</translation>
    </message>
    <message>
        <source>The citation in the style you choose is under this pane, with a button to copy it.</source>
        <translation>Citimi në stilin që zgjidhni është nën këtë panel, me një buton për ta kopjuar.</translation>
    </message>
    <message>
        <source>Copy for a reference manager:</source>
        <translation>Kopjo për një menaxhues referencash:</translation>
    </message>
    <message>
        <source>This entry is too long to show whole: parts of it end in “…”. The library keeps the whole text.</source>
        <translation>Ky zë është shumë i gjatë për t’u shfaqur i tëri: disa pjesë mbarojnë me “…”. Biblioteka e ruan tekstin e plotë.</translation>
    </message>
</context>
<context>
    <name>Vigil::Core::CountryTreeModel</name>
    <message>
        <source>All articles</source>
        <translation>Të gjithë artikujt</translation>
    </message>
    <message>
        <source>Source pages</source>
        <translation>Faqet burimore</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>My reading lists</source>
        <translation>Listat e mia të leximit</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Lista e leximit</translation>
    </message>
    <message>
        <source>Every article in the library: %1</source>
        <translation>Të gjithë artikujt në bibliotekë: %1</translation>
    </message>
    <message>
        <source>%1: %2 about its countries</source>
        <translation>%1: %2 për vendet e rajonit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source page “%1”: %2</source>
        <translation>Faqja burimore “%1”: %2</translation>
    </message>
    <message>
        <source>The articles you keep to read or to cite</source>
        <translation>Artikujt që ruani për t&apos;i lexuar ose për t&apos;i cituar</translation>
    </message>
    <message>
        <source>%1: %2 you added</source>
        <translation>%1: %2 që keni shtuar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artikull</numerusform>
            <numerusform>%Ln artikuj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) the library was built from</source>
        <translation>
            <numerusform>%n faqja nga e cila u ndërtua biblioteka</numerusform>
            <numerusform>%n faqet nga të cilat u ndërtua biblioteka</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::Core::HandoutRenderer</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artikull</numerusform>
            <numerusform>%Ln artikuj</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Lista e leximit</translation>
    </message>
    <message>
        <source>Country dossier</source>
        <translation>Dosja e vendit</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikull</translation>
    </message>
    <message>
        <source>Handout made with Vigil</source>
        <translation>Fletushkë e bërë me Vigil</translation>
    </message>
    <message>
        <source>Handout made with Vigil on %1</source>
        <translation>Fletushkë e bërë me Vigil më %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <comment>the authors&apos; names</comment>
        <translation>Nga %1</translation>
    </message>
    <message>
        <source>[page %1]</source>
        <comment>a page marker in the text</comment>
        <translation>[faqe %1]</translation>
    </message>
    <message>
        <source>%1 (accessed %2)</source>
        <translation>%1 (konsultuar më %2)</translation>
    </message>
    <message>
        <source>Reader’s note (not part of the source)</source>
        <translation>Shënimi i lexuesit (nuk është pjesë e burimit)</translation>
    </message>
    <message>
        <source>[Untitled]</source>
        <translation>[Pa titull]</translation>
    </message>
    <message>
        <source>The source is a PDF document.</source>
        <translation>Burimi është dokument PDF.</translation>
    </message>
    <message>
        <source>Access date unavailable.</source>
        <translation>Data e konsultimit nuk dihet.</translation>
    </message>
    <message>
        <source>Accessed %1.</source>
        <translation>Konsultuar më %1.</translation>
    </message>
    <message>
        <source>This entry is too long to print whole: parts of it end in “…”. The library keeps the whole text.</source>
        <translation>Ky zë është shumë i gjatë për t’u printuar i tëri: disa pjesë mbarojnë me “…”. Biblioteka e ruan tekstin e plotë.</translation>
    </message>
    <message>
        <source>Cite as:</source>
        <translation>Citoni si:</translation>
    </message>
    <message>
        <source>Cite as (%1):</source>
        <translation>Citoni si (%1):</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>Ndihmë për viktimat</translation>
    </message>
    <message>
        <source>No hotline is known for %1.</source>
        <translation>Nuk njihet asnjë linjë ndihme për %1.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linja</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numri</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Burimi</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Gjendja më</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Linjë ndihme</translation>
    </message>
    <message>
        <source>(not verified)</source>
        <translation>(i paverifikuar)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nuk thuhet</translation>
    </message>
    <message>
        <source>“As of” is the date the source&apos;s reports run to (for a page, the end of its coverage), not a check of the number. A number can change: check it before you rely on it.</source>
        <translation>“Gjendja më” është data deri ku arrijnë raportet e burimit (për një faqe, fundi i periudhës që mbulon), jo verifikim i numrit. Një numër mund të ndryshojë: verifikojeni para se të mbështeteni tek ai.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profili</translation>
    </message>
    <message>
        <source>Caution.</source>
        <translation>Kujdes.</translation>
    </message>
    <message>
        <source>For students and teachers</source>
        <translation>Për nxënësit dhe mësuesit</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikujt</translation>
    </message>
    <message>
        <source>The library has no articles about %1 yet.</source>
        <translation>Biblioteka ende nuk ka artikuj për %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) about %1 follow, each on a page of its own.</source>
        <translation>
            <numerusform>Vijon %Ln artikull për %1, në një faqe më vete.</numerusform>
            <numerusform>Vijojnë %Ln artikuj për %1, secili në një faqe më vete.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation>Bibliografia</translation>
    </message>
    <message>
        <source>Bibliography (%1)</source>
        <translation>Bibliografia (%1)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Burimet</translation>
    </message>
    <message>
        <source>Content notice: the reports and articles in this handout describe human trafficking: violence, sexual abuse and exploitation of adults and children. Some passages are distressing.</source>
        <translation>Paralajmërim për përmbajtjen: raportet dhe artikujt në këtë fletushkë përshkruajnë trafikimin e qenieve njerëzore: dhunë, abuzim seksual dhe shfrytëzim të të rriturve dhe fëmijëve. Disa pjesë janë shqetësuese.</translation>
    </message>
    <message>
        <source>Content notice: describes human trafficking and abuse</source>
        <translation>Paralajmërim për përmbajtjen: përshkruan trafikimin e qenieve njerëzore dhe abuzimin</translation>
    </message>
</context>
<context>
    <name>Vigil::Core::ProfileRenderer</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artikull</numerusform>
            <numerusform>%Ln artikuj</numerusform>
        </translation>
    </message>
    <message>
        <source>Source, as you gave it: %1</source>
        <translation>Burimi, siç e dhatë ju: %1</translation>
    </message>
    <message>
        <source>its reports run to %1, which is not a check of the number</source>
        <translation>raportet e saj arrijnë deri në %1, gjë që nuk është verifikim i numrit</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Linjë ndihme</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopjo</translation>
    </message>
    <message>
        <source>the number</source>
        <translation>numrin</translation>
    </message>
    <message>
        <source>(not verified: not a valid telephone number as written)</source>
        <translation>(i paverifikuar: siç është shkruar, nuk është numër telefoni i vlefshëm)</translation>
    </message>
    <message>
        <source>(added by you)</source>
        <translation>(shtuar nga ju)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Orari</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Gjuhët</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Shënime</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>Ndihmë për viktimat</translation>
    </message>
    <message>
        <source>No hotline is known for %1.</source>
        <translation>Nuk njihet asnjë linjë ndihme për %1.</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>Artikujt në bibliotekë</translation>
    </message>
    <message>
        <source>The library has no articles about %1 yet.</source>
        <translation>Biblioteka ende nuk ka artikuj për %1.</translation>
    </message>
    <message>
        <source>%1 about %2.</source>
        <translation>%1 për %2.</translation>
    </message>
    <message>
        <source>By year of publication</source>
        <translation>Sipas vitit të botimit</translation>
    </message>
    <message>
        <source>(%1 without a date not shown)</source>
        <translation>(%1 pa datë nuk shfaqen)</translation>
    </message>
    <message>
        <source>Articles about %1 by year</source>
        <translation>Artikuj për %1 sipas vitit</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Sipas temës</translation>
    </message>
    <message>
        <source>Articles about %1 by topic</source>
        <translation>Artikuj për %1 sipas temës</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>Profili i vendit</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Kujdes</translation>
    </message>
    <message>
        <source>Caution.</source>
        <translation>Kujdes.</translation>
    </message>
    <message>
        <source>For students and teachers</source>
        <translation>Për nxënësit dhe mësuesit</translation>
    </message>
    <message>
        <source>No hotline is known.</source>
        <translation>Nuk njihet asnjë linjë ndihme.</translation>
    </message>
    <message>
        <source>Country unknown</source>
        <translation>Vend i panjohur</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 në %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hotline(s)</source>
        <translation>
            <numerusform>%Ln linjë ndihme</numerusform>
            <numerusform>%Ln linja ndihme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln country(s)</source>
        <translation>
            <numerusform>%Ln vend</numerusform>
            <numerusform>%Ln vende</numerusform>
        </translation>
    </message>
    <message>
        <source>Hotlines for victims of trafficking</source>
        <translation>Linja ndihme për viktimat e trafikimit</translation>
    </message>
    <message>
        <source>Hotlines</source>
        <translation>Linjat e ndihmës</translation>
    </message>
    <message>
        <source>%1. Numbers change: check a number with its source before you rely on it.</source>
        <translation>%1. Numrat ndryshojnë: verifikojeni numrin te burimi i tij para se të mbështeteni tek ai.</translation>
    </message>
</context>
<context>
    <name>Vigil::Core::RenderParts</name>
    <message>
        <source>Source:</source>
        <translation>Burimi:</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Të dhëna të përgjithshme</translation>
    </message>
    <message>
        <source>Trafficking in Persons Report</source>
        <translation>Raporti për trafikimin e personave</translation>
    </message>
    <message>
        <source>Known to the year</source>
        <translation>I njohur deri në vit</translation>
    </message>
    <message>
        <source>Known to the month</source>
        <translation>I njohur deri në muaj</translation>
    </message>
    <message>
        <source>Known to the day</source>
        <translation>I njohur deri në ditë</translation>
    </message>
    <message>
        <source>From the page %1 of %2.</source>
        <translation>Nga faqja %1 e %2.</translation>
    </message>
</context>
<context>
    <name>Vigil::Csl::CitationWorker</name>
    <message>
        <source>The style &quot;%1&quot; wrote nothing for this article.</source>
        <translation>Stili “%1” nuk shkroi asgjë për këtë artikull.</translation>
    </message>
</context>
<context>
    <name>Vigil::Csl::CslEngine</name>
    <message>
        <source>The citation engine is missing from this build (%1). Reinstall Vigil.</source>
        <translation>Motori i citimeve mungon në këtë version (%1). Riinstaloni Vigil-in.</translation>
    </message>
    <message>
        <source>The citation engine failed to start: %1. Reinstall Vigil.</source>
        <translation>Motori i citimeve nuk arriti të nisej: %1. Riinstaloni Vigil-in.</translation>
    </message>
    <message>
        <source>The citation style &quot;%1&quot; cannot be read: %2. Choose another style.</source>
        <translation>Stili i citimit “%1” nuk mund të lexohet: %2. Zgjidhni një stil tjetër.</translation>
    </message>
    <message>
        <source>The citation style &quot;%1&quot; cannot be used: %2. Choose another style.</source>
        <translation>Stili i citimit “%1” nuk mund të përdoret: %2. Zgjidhni një stil tjetër.</translation>
    </message>
    <message>
        <source>The citation style &quot;%1&quot; failed on these items: %2. Choose another style.</source>
        <translation>Stili i citimit “%1” dështoi për këta zëra: %2. Zgjidhni një stil tjetër.</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::AboutDialog</name>
    <message>
        <source>About Vigil</source>
        <translation>Rreth Vigil-it</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Vigil %1&lt;/h2&gt;&lt;p&gt;An offline reader of reports and articles on human trafficking and modern-day slavery, organised by country. Vigil makes no network request.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;h3&gt;Content&lt;/h3&gt;&lt;p&gt;The bundled content comes from Prof. Martin Patt&apos;s website &lt;i&gt;Human Trafficking &amp;amp; Modern-day Slavery&lt;/i&gt;, saved as text.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cite this webpage as:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Vigil %1&lt;/h2&gt;&lt;p&gt;Lexues jashtë linje i raporteve dhe artikujve mbi trafikimin e qenieve njerëzore dhe skllavërinë moderne, të renditur sipas vendeve. Vigil-i nuk bën asnjë kërkesë në rrjet.&lt;/p&gt;&lt;p&gt;I licencuar sipas GNU General Public License, versioni 3 ose më i ri.&lt;/p&gt;&lt;h3&gt;Përmbajtja&lt;/h3&gt;&lt;p&gt;Përmbajtja e përfshirë vjen nga faqja e internetit e Prof. Martin Patt &lt;i&gt;Human Trafficking &amp;amp; Modern-day Slavery&lt;/i&gt;, e ruajtur si tekst.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Citojeni këtë faqe interneti si:&lt;/b&gt; %3&lt;/p&gt;</translation>
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
        <translation>arkiv</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::BibliographyJobs</name>
    <message>
        <source>Formatting citations</source>
        <translation>Po formatohen citimet</translation>
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
        <translation>APA 7</translation>
    </message>
    <message>
        <source>MLA 9th</source>
        <translation>MLA 9</translation>
    </message>
    <message>
        <source>Chicago author-date</source>
        <translation>Chicago autor-datë</translation>
    </message>
    <message>
        <source>Chicago notes</source>
        <translation>Chicago me shënime</translation>
    </message>
    <message>
        <source>Harvard</source>
        <translation>Harvard</translation>
    </message>
    <message>
        <source>Citation of this article</source>
        <translation>Citimi i këtij artikulli</translation>
    </message>
    <message>
        <source>Citation style</source>
        <translation>Stili i citimit</translation>
    </message>
    <message>
        <source>Copy the citation</source>
        <translation>Kopjo citimin</translation>
    </message>
    <message>
        <source>Copy the citation, formatted, for a word processor (Ctrl+Shift+C)</source>
        <translation>Kopjo citimin, të formatuar, për një përpunues teksti (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>More styles…</source>
        <translation>Më shumë stile…</translation>
    </message>
    <message>
        <source>C&amp;ite as</source>
        <translation>Ci&amp;to si</translation>
    </message>
    <message>
        <source>Formatting the citation…</source>
        <translation>Po formatohet citimi…</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opjo</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::DetailPane</name>
    <message>
        <source>Choose a country or an article to read it here.</source>
        <translation>Zgjidhni një vend ose një artikull për ta lexuar këtu.</translation>
    </message>
    <message>
        <source>The reading pane could not start: its module was not found (%1). Reinstall Vigil.</source>
        <translation>Paneli i leximit nuk mundi të nisej: moduli i tij nuk u gjet (%1). Riinstaloni Vigil-in.</translation>
    </message>
    <message>
        <source>Opening the reading pane…</source>
        <translation>Po hapet paneli i leximit…</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::DialogSeam</name>
    <message>
        <source>Open in your web browser?</source>
        <translation>Të hapet në shfletuesin tuaj të uebit?</translation>
    </message>
    <message>
        <source>This link leads out of Vigil to the internet:

%1

Opening it contacts that website and may be seen on your network. Open it in your web browser?</source>
        <translation>Kjo lidhje të çon jashtë Vigil-it, në internet:

%1

Hapja e saj kontakton atë sajt dhe mund të shihet në rrjetin tuaj. Të hapet në shfletuesin tuaj të uebit?</translation>
    </message>
    <message>
        <source>Before you read</source>
        <translation>Para se të lexoni</translation>
    </message>
    <message>
        <source>The reports and articles in Vigil describe human trafficking: violence, sexual abuse and exploitation of adults and children. Some passages are distressing.

The yellow bar at the top always shows a hotline for the selected country, and Quick exit (the red button, F12, Ctrl+Shift+Q, or Shift pressed three times) closes Vigil at once, from any window, this one included.</source>
        <translation>Raportet dhe artikujt në Vigil përshkruajnë trafikimin e qenieve njerëzore: dhunë, abuzim seksual dhe shfrytëzim të të rriturve dhe të fëmijëve. Disa pjesë janë tronditëse.

Shiriti i verdhë në krye tregon gjithmonë një linjë ndihme për vendin e zgjedhur, dhe Dalja e shpejtë (butoni i kuq, F12, Ctrl+Shift+Q ose shtypja e Shift tri herë) e mbyll Vigil-in menjëherë, nga çdo dritare, përfshirë edhe këtë.</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Mos e shfaq më</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Emri:</translation>
    </message>
    <message>
        <source>Delete the list?</source>
        <translation>Të fshihet lista?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the list “%1”, which holds %Ln article(s)? The articles stay in the library.</source>
        <translation>
            <numerusform>Të fshihet lista “%1”, që përmban %Ln artikull? Artikulli mbetet në bibliotekë.</numerusform>
            <numerusform>Të fshihet lista “%1”, që përmban %Ln artikuj? Artikujt mbeten në bibliotekë.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Fshi listën</translation>
    </message>
    <message>
        <source>Clear my data?</source>
        <translation>Të fshihen të dhënat e mia?</translation>
    </message>
    <message>
        <source>This removes everything Vigil keeps about you on this computer: settings, window layout, remembered filters and caches, any reading lists, notes and hotlines you added, and the pages you imported. The library Vigil comes with stays.

%1

This cannot be undone.</source>
        <translation>Kjo heq gjithçka që Vigil-i ruan për ju në këtë kompjuter: cilësimet, rregullimin e dritares, filtrat e mbajtur mend dhe memorien e përkohshme, çdo listë leximi, shënim dhe linjë ndihme që keni shtuar, si dhe faqet që keni importuar. Biblioteka që vjen me Vigil-in mbetet.

%1

Kjo nuk mund të zhbëhet.</translation>
    </message>
    <message>
        <source>Clear my data</source>
        <translation>Fshi të dhënat e mia</translation>
    </message>
    <message>
        <source>Import lists and notes?</source>
        <translation>Të importohen listat dhe shënimet?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importo</translation>
    </message>
    <message>
        <source>Import pages</source>
        <translation>Importo faqe</translation>
    </message>
    <message>
        <source>Saved pages (*.txt *.html *.htm);;All files (*)</source>
        <translation>Faqe të ruajtura (*.txt *.html *.htm);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Remove the page?</source>
        <translation>Të hiqet faqja?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the page “%1” and its %Ln article(s) from your library?</source>
        <translation>
            <numerusform>Të hiqet faqja “%1” dhe %Ln artikulli i saj nga biblioteka juaj?</numerusform>
            <numerusform>Të hiqet faqja “%1” dhe %Ln artikujt e saj nga biblioteka juaj?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reading lists and notes stay; an article of the page that is in a list comes back when you import the page again.</source>
        <translation>Listat tuaja të leximit dhe shënimet mbeten; një artikull i faqes që është në një listë rikthehet kur e importoni sërish faqen.</translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation>Hiq faqen</translation>
    </message>
    <message>
        <source>Remove the hotline?</source>
        <translation>Të hiqet linja e ndihmës?</translation>
    </message>
    <message>
        <source>Remove “%1” from your hotlines? Hotlines from the library&apos;s pages stay.</source>
        <translation>Të hiqet “%1” nga linjat tuaja të ndihmës? Linjat e ndihmës nga faqet e bibliotekës mbeten.</translation>
    </message>
    <message>
        <source>Remove hotline</source>
        <translation>Hiq linjën e ndihmës</translation>
    </message>
    <message>
        <source>Open data pack</source>
        <translation>Hap paketë të dhënash</translation>
    </message>
    <message>
        <source>Data packs (*.vigilpack);;All files (*)</source>
        <translation>Paketa të dhënash (*.vigilpack);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>The reports and articles are shown in English, as they were published: only Vigil&apos;s own words are translated.</source>
        <translation>Raportet dhe artikujt shfaqen në anglisht, ashtu siç u botuan: përkthehen vetëm fjalët e vetë Vigil-it.</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::FilterBar</name>
    <message>
        <source>any year</source>
        <translation>çdo vit</translation>
    </message>
    <message>
        <source>&amp;PDF only</source>
        <translation>Vetëm P&amp;DF</translation>
    </message>
    <message>
        <source>Search titles, sources and text (Ctrl+F)</source>
        <translation>Kërkoni në tituj, burime dhe tekst (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Kërko artikuj</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Nga viti</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Deri në vitin</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Burimi</translation>
    </message>
    <message>
        <source>Featured or archive</source>
        <translation>Të veçuara ose arkivi</translation>
    </message>
    <message>
        <source>Featured only</source>
        <translation>Vetëm të veçuarat</translation>
    </message>
    <message>
        <source>Archive only</source>
        <translation>Vetëm arkivi</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hiq filtrat</translation>
    </message>
    <message>
        <source>Remove every filter (%1)</source>
        <translation>Hiq të gjithë filtrat (%1)</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>&amp;Vitet</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Të gjitha temat</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Të gjitha burimet</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Hiq këtë filtër</translation>
    </message>
    <message>
        <source>Remove filter: %1</source>
        <translation>Hiq filtrin: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Kërkimi: %1</translation>
    </message>
    <message>
        <source>Years: %1–%2</source>
        <translation>Vitet: %1–%2</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Burimi: %1</translation>
    </message>
    <message>
        <source>PDF only</source>
        <translation>Vetëm PDF</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Të gjithë zërat</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::HelpDialog</name>
    <message>
        <source>Vigil Help</source>
        <translation>Ndihma e Vigil-it</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reading with Vigil&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Left:&lt;/b&gt; countries by region, with their article counts; “All articles”; the source pages. Choosing a country filters the list and shows its profile. “Show all countries” also lists countries without articles.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Middle:&lt;/b&gt; the search field, filters and the article list. Every active filter shows as a chip; click a chip to remove it, or “Clear filters”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Right:&lt;/b&gt; the article or country profile, and under it the citation in the style you choose. Topic and country links filter the list.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Top:&lt;/b&gt; the hotline of the selected country. It is always there.&lt;/p&gt;&lt;p&gt;&lt;b&gt;A smaller window&lt;/b&gt; keeps the article readable: the countries give way first, then the list moves above the article. View ▸ Countries pane and View ▸ Article list hide or show them; so does dragging the line between two panes shut.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Leximi me Vigil&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Majtas:&lt;/b&gt; vendet sipas rajoneve, me numrin e artikujve të tyre; “Të gjithë artikujt”; faqet burimore. Zgjedhja e një vendi filtron listën dhe shfaq profilin e tij. “Shfaq të gjitha vendet” liston edhe vendet pa artikuj.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Në mes:&lt;/b&gt; fusha e kërkimit, filtrat dhe lista e artikujve. Çdo filtër aktiv shfaqet si etiketë; klikoni një etiketë për ta hequr, ose “Hiq filtrat”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Djathtas:&lt;/b&gt; artikulli ose profili i vendit, dhe poshtë tij citimi në stilin që zgjidhni. Lidhjet e temave dhe të vendeve filtrojnë listën.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lart:&lt;/b&gt; linja e ndihmës e vendit të zgjedhur. Ajo është gjithmonë aty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Një dritare më e vogël&lt;/b&gt; e mban artikullin të lexueshëm: së pari fshihet paneli i vendeve, pastaj lista zhvendoset mbi artikullin. Pamja ▸ Paneli i vendeve dhe Pamja ▸ Lista e artikujve i fshehin ose i shfaqin; po ashtu edhe tërheqja e vijës midis dy paneleve derisa njëri të mbyllet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc (in the search field)&lt;/td&gt;&lt;td&gt;Clear the search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+Backspace&lt;/td&gt;&lt;td&gt;Clear all filters&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1, Ctrl+2, Ctrl+3&lt;/td&gt;&lt;td&gt;Go to countries, articles, reading pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, Shift+Tab&lt;/td&gt;&lt;td&gt;Next, previous control; in the reading pane, next and previous link&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Up, Down, Enter&lt;/td&gt;&lt;td&gt;Move in the article list; open the article&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Page Down, Space, Home, End&lt;/td&gt;&lt;td&gt;Scroll the reading pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt+Left, Alt+Right&lt;/td&gt;&lt;td&gt;Back, Forward: what the reading pane showed before (the mouse&apos;s back and forward buttons too)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt&lt;/td&gt;&lt;td&gt;The menus: File, Edit, View, Go, Help. Every command is there with its key; Help ▸ Keyboard shortcuts (Ctrl+/) lists them all&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl++, Ctrl+-, Ctrl+0&lt;/td&gt;&lt;td&gt;Larger, smaller, normal text in the reading pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+1, Ctrl+Shift+2&lt;/td&gt;&lt;td&gt;Hide or show the countries, the article list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+C&lt;/td&gt;&lt;td&gt;Copy the citation of the article being read&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+P, Ctrl+P, Ctrl+Shift+S&lt;/td&gt;&lt;td&gt;Print preview, print, save as PDF a handout of the article read, or of the reading list or country chosen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+H&lt;/td&gt;&lt;td&gt;All hotlines&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F12, Ctrl+Shift+Q, or Shift three times within two seconds&lt;/td&gt;&lt;td&gt;&lt;b&gt;Quick exit&lt;/b&gt;: hides every window of Vigil at once, blanks the reading pane, clears the clipboard if it holds what you copied from Vigil, and quits without a question. It works from every window and dialog, and the red Quick exit button is in each of them. The next start shows the start view, not what you were reading.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F1&lt;/td&gt;&lt;td&gt;This help&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Discreet mode&lt;/h3&gt;&lt;p&gt;On unless you turn it off (View ▸ Discreet mode). The window title, which the taskbar and window lists show, is only “Vigil”, never the article or country; and Vigil does not reopen the last country, article or filters at the next start. Vigil keeps no list of recent files, makes no thumbnails and leaves no browser history or cache: its reading pane keeps nothing on disk.&lt;/p&gt;&lt;h3&gt;One Vigil at a time&lt;/h3&gt;&lt;p&gt;Starting Vigil again brings the open window to the front, so quick exit always closes everything.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tastiera&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Kërko&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc (në fushën e kërkimit)&lt;/td&gt;&lt;td&gt;Pastro kërkimin&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+Backspace&lt;/td&gt;&lt;td&gt;Hiq të gjithë filtrat&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1, Ctrl+2, Ctrl+3&lt;/td&gt;&lt;td&gt;Kalo te vendet, te artikujt, te paneli i leximit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, Shift+Tab&lt;/td&gt;&lt;td&gt;Kontrolli pasues, i mëparshëm; në panelin e leximit, lidhja pasuese dhe e mëparshme&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;↑, ↓, Enter&lt;/td&gt;&lt;td&gt;Lëviz në listën e artikujve; hap artikullin&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Page Down, Space, Home, End&lt;/td&gt;&lt;td&gt;Lëviz nëpër panelin e leximit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt+Left, Alt+Right&lt;/td&gt;&lt;td&gt;Prapa, Përpara: ajo që tregonte më parë paneli i leximit (edhe me butonat prapa dhe përpara të miut)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt&lt;/td&gt;&lt;td&gt;Menytë: Skedari, Përpunimi, Pamja, Kalo, Ndihmë. Çdo komandë është aty me tastin e saj; Ndihmë ▸ Shkurtoret e tastierës (Ctrl+/) i liston të gjitha&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl++, Ctrl+-, Ctrl+0&lt;/td&gt;&lt;td&gt;Tekst më i madh, më i vogël, normal në panelin e leximit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+1, Ctrl+Shift+2&lt;/td&gt;&lt;td&gt;Fshih ose shfaq vendet, listën e artikujve&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+C&lt;/td&gt;&lt;td&gt;Kopjo citimin e artikullit që po lexohet&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+P, Ctrl+P, Ctrl+Shift+S&lt;/td&gt;&lt;td&gt;Paraparja e printimit, printimi, ruajtja si PDF e një fletushke të artikullit që lexohet, ose të listës së leximit apo të vendit të zgjedhur&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+H&lt;/td&gt;&lt;td&gt;Të gjitha linjat e ndihmës&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F12, Ctrl+Shift+Q ose Shift tri herë brenda dy sekondash&lt;/td&gt;&lt;td&gt;&lt;b&gt;Dalja e shpejtë&lt;/b&gt;: fsheh menjëherë çdo dritare të Vigil-it, zbraz panelin e leximit, pastron kujtesën e kopjimit nëse mban atë që keni kopjuar nga Vigil-i, dhe mbyllet pa asnjë pyetje. Funksionon nga çdo dritare dhe dialog, dhe butoni i kuq “Dalje e shpejtë” ndodhet në secilin prej tyre. Nisja e ardhshme tregon pamjen fillestare, jo atë që po lexonit.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F1&lt;/td&gt;&lt;td&gt;Kjo ndihmë&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Modaliteti diskret&lt;/h3&gt;&lt;p&gt;Aktiv, përveç nëse e çaktivizoni (Pamja ▸ Modaliteti diskret). Titulli i dritares, që e tregojnë shiriti i detyrave dhe listat e dritareve, është vetëm “Vigil”, kurrë artikulli apo vendi; dhe në nisjen e ardhshme Vigil-i nuk rihap vendin, artikullin apo filtrat e fundit. Vigil-i nuk mban listë të skedarëve të fundit, nuk krijon miniatura dhe nuk lë histori apo memorie të përkohshme shfletuesi: paneli i tij i leximit nuk ruan asgjë në disk.&lt;/p&gt;&lt;h3&gt;Vetëm një Vigil njëherësh&lt;/h3&gt;&lt;p&gt;Nëse e nisni sërish Vigil-in, dritarja e hapur del përpara, kështu që dalja e shpejtë mbyll gjithmonë gjithçka.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Searching&lt;/h3&gt;&lt;p&gt;Type words: articles containing all of them are listed, best match first. Capitals, accents and script do not matter: &lt;code&gt;pristina&lt;/code&gt; finds PRIŠTINA, &lt;code&gt;dakovica&lt;/code&gt; finds Đakovica, and &lt;code&gt;Приштина&lt;/code&gt; finds Priština. British and American spellings find each other: &lt;code&gt;labour&lt;/code&gt; finds labor, &lt;code&gt;organisation&lt;/code&gt; finds organization, &lt;code&gt;centre&lt;/code&gt; finds center. While you type, the last word also finds the words it begins (&lt;code&gt;traff&lt;/code&gt; finds trafficking); a space after it searches for the whole word.&lt;/p&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;forced labour&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Every word, in any order; the same as &lt;code&gt;forced AND labour&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;debt bondage&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;The words side by side, in this order&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;begging OR beggars&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;trafficking -sexual&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Leaves out the articles with a word; also &lt;code&gt;trafficking NOT sexual&lt;/code&gt;, or a phrase: &lt;code&gt;-&quot;sex work&quot;&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;exploit*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Every word that begins so: exploitation, exploited&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;country:serbia&lt;/code&gt; &lt;code&gt;country:XK&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Articles about a country, by name or two-letter code&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;topic:child-labour&lt;/code&gt; &lt;code&gt;topic:&quot;debt bondage&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Articles on a topic, by its name&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;publisher:amnesty&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Part of the publisher&apos;s name&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;author:smith&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Part of an author&apos;s name&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;year:2004&lt;/code&gt; &lt;code&gt;year:2004..2008&lt;/code&gt;&lt;/td&gt;&lt;td&gt;A year, or the years from one to another; &lt;code&gt;year:2010..&lt;/code&gt; from 2010 on&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:pdf&lt;/code&gt;&lt;/td&gt;&lt;td&gt;PDF documents&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:featured&lt;/code&gt; &lt;code&gt;is:archive&lt;/code&gt;&lt;/td&gt;&lt;td&gt;The articles above the source page&apos;s archive, or those in it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;note:interview&lt;/code&gt; &lt;code&gt;note:&quot;border crossing&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;The articles whose note (yours, under the article) holds these words; plain words find your notes too&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;They combine: &lt;code&gt;labour topic:child-labour year:2010..&lt;/code&gt;. A field cannot be left out with a minus. What the search cannot follow is searched as words, and a note under the article count says so.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kërkimi&lt;/h3&gt;&lt;p&gt;Shkruani fjalë: listohen artikujt që i përmbajnë të gjitha, së pari ata që përputhen më mirë. Shkronjat e mëdha, theksat dhe alfabeti nuk kanë rëndësi: &lt;code&gt;pristina&lt;/code&gt; gjen PRIŠTINA, &lt;code&gt;dakovica&lt;/code&gt; gjen Đakovica, dhe &lt;code&gt;Приштина&lt;/code&gt; gjen Priština. Drejtshkrimi britanik dhe ai amerikan gjejnë njëri-tjetrin: &lt;code&gt;labour&lt;/code&gt; gjen labor, &lt;code&gt;organisation&lt;/code&gt; gjen organization, &lt;code&gt;centre&lt;/code&gt; gjen center. Ndërsa shkruani, fjala e fundit gjen edhe fjalët që fillojnë me të (&lt;code&gt;traff&lt;/code&gt; gjen trafficking); një hapësirë pas saj kërkon fjalën e plotë.&lt;/p&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;forced labour&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Çdo fjalë, në çfarëdo radhe; njësoj si &lt;code&gt;forced AND labour&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;debt bondage&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Fjalët njëra pas tjetrës, në këtë radhë&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;begging OR beggars&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Njëra nga fjalët&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;trafficking -sexual&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Lë jashtë artikujt që kanë një fjalë; gjithashtu &lt;code&gt;trafficking NOT sexual&lt;/code&gt;, ose një frazë: &lt;code&gt;-&quot;sex work&quot;&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;exploit*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Çdo fjalë që fillon kështu: exploitation, exploited&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;country:serbia&lt;/code&gt; &lt;code&gt;country:XK&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Artikuj për një vend, sipas emrit ose kodit me dy shkronja&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;topic:child-labour&lt;/code&gt; &lt;code&gt;topic:&quot;debt bondage&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Artikuj për një temë, sipas emrit të saj&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;publisher:amnesty&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Pjesë e emrit të botuesit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;author:smith&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Pjesë e emrit të një autori&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;year:2004&lt;/code&gt; &lt;code&gt;year:2004..2008&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Një vit, ose vitet nga njëri te tjetri; &lt;code&gt;year:2010..&lt;/code&gt; nga viti 2010 e tutje&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:pdf&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Dokumente PDF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:featured&lt;/code&gt; &lt;code&gt;is:archive&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Artikujt mbi arkivin e faqes burimore, ose ata në arkiv&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;note:interview&lt;/code&gt; &lt;code&gt;note:&quot;border crossing&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Artikujt, shënimi i të cilëve (i juaji, poshtë artikullit) përmban këto fjalë; edhe fjalët e thjeshta i gjejnë shënimet tuaja&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Ato mund të kombinohen: &lt;code&gt;labour topic:child-labour year:2010..&lt;/code&gt;. Një fushë nuk mund të përjashtohet me minus. Atë që kërkimi nuk e kupton, e kërkon si fjalë, dhe një shënim poshtë numrit të artikujve e tregon këtë.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::HotlinePanel</name>
    <message>
        <source>&amp;Copy number</source>
        <translation>Kopjo n&amp;umrin</translation>
    </message>
    <message>
        <source>All hot&amp;lines</source>
        <translation>Të gjitha &amp;linjat</translation>
    </message>
    <message>
        <source>&amp;My hotlines…</source>
        <translation>Linjat e &amp;mia…</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translation>Ndihmë dhe linja ndihme</translation>
    </message>
    <message>
        <source>Add, change or remove hotlines you know</source>
        <translation>Shtoni, ndryshoni ose hiqni linja ndihme që njihni</translation>
    </message>
    <message>
        <source> &lt;a href=&quot;%1&quot; style=&quot;color:%2&quot;&gt;Add a hotline you know…&lt;/a&gt;</source>
        <translation> &lt;a href=&quot;%1&quot; style=&quot;color:%2&quot;&gt;Shtoni një linjë ndihme që njihni…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;HELP &amp;amp; HOTLINES: %1&lt;/b&gt; — no hotline is known for %1 in this library. In an emergency call the local emergency number. “All hotlines” lists every hotline the library has.</source>
        <translation>&lt;b&gt;NDIHMË DHE LINJA NDIHME: %1&lt;/b&gt; — në këtë bibliotekë nuk njihet asnjë linjë ndihme për vendin %1. Në rast urgjence, telefononi numrin vendor të urgjencës. “Të gjitha linjat” liston çdo linjë ndihme që ka biblioteka.</translation>
    </message>
    <message>
        <source>Help and hotlines: %1. No hotline is known for %1 in this library.</source>
        <translation>Ndihmë dhe linja ndihme: %1. Në këtë bibliotekë nuk njihet asnjë linjë ndihme për vendin %1.</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>e paverifikuar</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>shtuar nga ju</translation>
    </message>
    <message>
        <source>your source: %1</source>
        <translation>burimi juaj: %1</translation>
    </message>
    <message>
        <source>its reports run to %1; the number itself was not checked</source>
        <translation>raportet e saj shkojnë deri më %1; vetë numri nuk është kontrolluar</translation>
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
        <translation>Kopjo %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;HELP &amp;amp; HOTLINES: %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;NDIHMË DHE LINJA NDIHME: %1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Help and hotlines: %1. %2</source>
        <translation>Ndihmë dhe linja ndihme: %1. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;HELP &amp;amp; HOTLINES&lt;/b&gt; — choose a country to see its hotline, or open “All hotlines”. In an emergency call the local emergency number.</source>
        <translation>&lt;b&gt;NDIHMË DHE LINJA NDIHME&lt;/b&gt; — zgjidhni një vend për të parë linjën e tij të ndihmës, ose hapni “Të gjitha linjat”. Në rast urgjence, telefononi numrin vendor të urgjencës.</translation>
    </message>
    <message>
        <source>Help and hotlines: choose a country to see its hotline.</source>
        <translation>Ndihmë dhe linja ndihme: zgjidhni një vend për të parë linjën e tij të ndihmës.</translation>
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
        <translation>U kopjua %1</translation>
    </message>
    <message>
        <source>Your note is not saved yet; Vigil tries again as you type. %1</source>
        <translation>Shënimi juaj nuk është ruajtur ende; Vigil-i provon përsëri ndërsa shkruani. %1</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Vendet</translation>
    </message>
    <message>
        <source>Show &amp;all countries</source>
        <translation>Shfaq të &amp;gjitha vendet</translation>
    </message>
    <message>
        <source>Library problem</source>
        <translation>Problem me bibliotekën</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikujt</translation>
    </message>
    <message>
        <source>%1 – Vigil</source>
        <translation>%1 – Vigil</translation>
    </message>
    <message>
        <source>Discreet mode is on: the title shows only “Vigil”, and the next start opens nothing you read.</source>
        <translation>Modaliteti diskret është aktiv: titulli tregon vetëm “Vigil”, dhe nisja e ardhshme nuk hap asgjë nga ato që keni lexuar.</translation>
    </message>
    <message>
        <source>Discreet mode is off: the title shows what you read, and the next start reopens it.</source>
        <translation>Modaliteti diskret është joaktiv: titulli tregon atë që lexoni, dhe nisja e ardhshme e rihap atë.</translation>
    </message>
    <message>
        <source>The library could not be read; see the message above the list.</source>
        <translation>Biblioteka nuk mund të lexohej; shihni mesazhin mbi listë.</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Të gjitha vendet</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Po kërkohet…</translation>
    </message>
    <message>
        <source>&lt;p&gt;No article matches these filters.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Clear all filters&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Asnjë artikull nuk përputhet me këta filtra.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Hiq të gjithë filtrat&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This library has no articles yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kjo bibliotekë nuk ka ende artikuj.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quick e&amp;xit</source>
        <translation>&amp;Dalje e shpejtë</translation>
    </message>
    <message>
        <source>Hide and close Vigil at once (F12, Ctrl+Shift+Q, or Shift three times)</source>
        <translation>Fshih dhe mbyll Vigil-in menjëherë (F12, Ctrl+Shift+Q ose Shift tri herë)</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>&amp;Hap bibliotekë…</translation>
    </message>
    <message>
        <source>Show another Vigil library file</source>
        <translation>Shfaq një skedar tjetër biblioteke të Vigil-it</translation>
    </message>
    <message>
        <source>Open the &amp;bundled library</source>
        <translation>Hap bibliotekën e përf&amp;shirë</translation>
    </message>
    <message>
        <source>Show the library Vigil comes with, and the pages you imported</source>
        <translation>Shfaq bibliotekën që vjen me Vigil-in dhe faqet që keni importuar</translation>
    </message>
    <message>
        <source>Import p&amp;ages…</source>
        <translation>&amp;Importo faqe…</translation>
    </message>
    <message>
        <source>Add saved pages of the site (text or HTML) to your own library</source>
        <translation>Shtoni në bibliotekën tuaj faqe të ruajtura të sajtit (tekst ose HTML)</translation>
    </message>
    <message>
        <source>Open data pac&amp;k…</source>
        <translation>Hap paketë të dhë&amp;nash…</translation>
    </message>
    <message>
        <source>Import a data pack of pages and hotlines that a team shares, after seeing who signed it and what it changes</source>
        <translation>Importoni një paketë të dhënash me faqe dhe linja ndihme që ndan një ekip, pasi të shihni kush e ka nënshkruar dhe çfarë ndryshon</translation>
    </message>
    <message>
        <source>&amp;Trusted publishers…</source>
        <translation>&amp;Botues të besuar…</translation>
    </message>
    <message>
        <source>The publishers whose signed data packs you trust: add or remove them</source>
        <translation>Botuesit që u besoni për paketat e nënshkruara të të dhënave: shtoni ose hiqni</translation>
    </message>
    <message>
        <source>Export my &amp;lists and notes…</source>
        <translation>&amp;Eksporto listat dhe shënimet…</translation>
    </message>
    <message>
        <source>Save your reading lists and notes to one file, to take to another computer</source>
        <translation>Ruani listat tuaja të leximit dhe shënimet në një skedar, për t&apos;i çuar në një kompjuter tjetër</translation>
    </message>
    <message>
        <source>&amp;Import lists and notes…</source>
        <translation>Importo &amp;listat dhe shënimet…</translation>
    </message>
    <message>
        <source>Add the reading lists and notes of an exported file to yours</source>
        <translation>Shtoni te tuajat listat e leximit dhe shënimet e një skedari të eksportuar</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Ruaj si PD&amp;F…</translation>
    </message>
    <message>
        <source>Save a handout as PDF: of the article being read, or of the reading list or country chosen in the country tree</source>
        <translation>Ruani si PDF një fletushkë: të artikullit që po lexoni, ose të listës së leximit apo të vendit të zgjedhur në pemën e vendeve</translation>
    </message>
    <message>
        <source>&amp;Export citations…</source>
        <translation>Eksporto &amp;citimet…</translation>
    </message>
    <message>
        <source>Save the citations of the articles the list shows as BibTeX, RIS or CSL-JSON</source>
        <translation>Ruani citimet e artikujve që tregon lista si BibTeX, RIS ose CSL-JSON</translation>
    </message>
    <message>
        <source>Copy bibliograph&amp;y</source>
        <translation>K&amp;opjo bibliografinë</translation>
    </message>
    <message>
        <source>Copy the bibliography of the articles the list shows, in the style chosen under the reading pane, formatted for a word processor</source>
        <translation>Kopjoni bibliografinë e artikujve që tregon lista, në stilin e zgjedhur poshtë panelit të leximit, të formatuar për një përpunues teksti</translation>
    </message>
    <message>
        <source>Save biblio&amp;graphy…</source>
        <translation>R&amp;uaj bibliografinë…</translation>
    </message>
    <message>
        <source>Save the bibliography of the articles the list shows, in the style chosen under the reading pane, as text, HTML or RTF</source>
        <translation>Ruani bibliografinë e artikujve që tregon lista, në stilin e zgjedhur poshtë panelit të leximit, si tekst, HTML ose RTF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Prin&amp;to…</translation>
    </message>
    <message>
        <source>Print a handout: of the article being read, or of the reading list or country chosen in the country tree</source>
        <translation>Printoni një fletushkë: të artikullit që po lexoni, ose të listës së leximit apo të vendit të zgjedhur në pemën e vendeve</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Pa&amp;raparja e printimit…</translation>
    </message>
    <message>
        <source>See a handout&apos;s pages before printing: of the article being read, or of the reading list or country chosen in the country tree</source>
        <translation>Shihni faqet e një fletushke para printimit: të artikullit që po lexoni, ose të listës së leximit apo të vendit të zgjedhur në pemën e vendeve</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Mbyll</translation>
    </message>
    <message>
        <source>Close Vigil, keeping your settings</source>
        <translation>Mbyll Vigil-in, duke ruajtur cilësimet tuaja</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopjo</translation>
    </message>
    <message>
        <source>Copy the text selected in the reading pane, or the chosen article&apos;s citation</source>
        <translation>Kopjoni tekstin e përzgjedhur në panelin e leximit, ose citimin e artikullit të zgjedhur</translation>
    </message>
    <message>
        <source>Copy ci&amp;tation</source>
        <translation>Kopjo &amp;citimin</translation>
    </message>
    <message>
        <source>Copy the citation of the article being read, in the style chosen under it</source>
        <translation>Kopjoni citimin e artikullit që po lexoni, në stilin e zgjedhur poshtë tij</translation>
    </message>
    <message>
        <source>Add to &amp;reading list</source>
        <translation>Shto në listën e &amp;leximit</translation>
    </message>
    <message>
        <source>Add the article being read to your reading list, or take it out</source>
        <translation>Shtoni artikullin që po lexoni në listën tuaj të leximit, ose hiqeni prej saj</translation>
    </message>
    <message>
        <source>&amp;New reading list…</source>
        <translation>Listë e &amp;re leximi…</translation>
    </message>
    <message>
        <source>Make a reading list of your own, with a name</source>
        <translation>Krijoni një listë leximi tuajën, me një emër</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Gjej…</translation>
    </message>
    <message>
        <source>Search the articles</source>
        <translation>Kërkoni në artikuj</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Hiq filtrat</translation>
    </message>
    <message>
        <source>Show every article of every country</source>
        <translation>Shfaq çdo artikull të çdo vendi</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Z&amp;madho</translation>
    </message>
    <message>
        <source>Larger text in the reading pane</source>
        <translation>Tekst më i madh në panelin e leximit</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Z&amp;vogëlo</translation>
    </message>
    <message>
        <source>Smaller text in the reading pane</source>
        <translation>Tekst më i vogël në panelin e leximit</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Madhësia &amp;normale</translation>
    </message>
    <message>
        <source>The reading pane&apos;s text at its normal size</source>
        <translation>Teksti i panelit të leximit në madhësinë normale</translation>
    </message>
    <message>
        <source>&amp;Countries pane</source>
        <translation>Paneli i &amp;vendeve</translation>
    </message>
    <message>
        <source>Show or hide the list of countries</source>
        <translation>Shfaq ose fshih listën e vendeve</translation>
    </message>
    <message>
        <source>&amp;Article list</source>
        <translation>Lista e &amp;artikujve</translation>
    </message>
    <message>
        <source>Show or hide the list of articles</source>
        <translation>Shfaq ose fshih listën e artikujve</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Ekran i &amp;plotë</translation>
    </message>
    <message>
        <source>Use the whole screen for Vigil</source>
        <translation>Përdor gjithë ekranin për Vigil-in</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>Ngjyrat e &amp;sistemit</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>E &amp;çelët</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>E &amp;errët</translation>
    </message>
    <message>
        <source>Colours of the window and the reading pane</source>
        <translation>Ngjyrat e dritares dhe të panelit të leximit</translation>
    </message>
    <message>
        <source>D&amp;iscreet mode</source>
        <translation>Modaliteti &amp;diskret</translation>
    </message>
    <message>
        <source>The window title shows only “Vigil”, and the next start does not reopen what you read</source>
        <translation>Titulli i dritares tregon vetëm “Vigil”, dhe nisja e ardhshme nuk rihap atë që keni lexuar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Prapa</translation>
    </message>
    <message>
        <source>Show what the reading pane showed before</source>
        <translation>Shfaq atë që tregonte më parë paneli i leximit</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Përpa&amp;ra</translation>
    </message>
    <message>
        <source>Show again what Back left</source>
        <translation>Shfaq sërish atë që u la me “Prapa”</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Vendet</translation>
    </message>
    <message>
        <source>Move the keyboard to the countries</source>
        <translation>Kalo tastierën te vendet</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Artikujt</translation>
    </message>
    <message>
        <source>Move the keyboard to the list of articles</source>
        <translation>Kalo tastierën te lista e artikujve</translation>
    </message>
    <message>
        <source>&amp;Reading pane</source>
        <translation>Paneli i &amp;leximit</translation>
    </message>
    <message>
        <source>Move the keyboard into the article, to scroll and follow links</source>
        <translation>Kalo tastierën brenda artikullit, për të lëvizur nëpër të dhe për të ndjekur lidhjet</translation>
    </message>
    <message>
        <source>All &amp;hotlines</source>
        <translation>&amp;Të gjitha linjat e ndihmës</translation>
    </message>
    <message>
        <source>Every hotline in the library, by country</source>
        <translation>Çdo linjë ndihme në bibliotekë, sipas vendeve</translation>
    </message>
    <message>
        <source>&amp;My hotlines…</source>
        <translation>Linjat e &amp;mia të ndihmës…</translation>
    </message>
    <message>
        <source>Add, change or remove hotlines you know, for any country</source>
        <translation>Shtoni, ndryshoni ose hiqni linja ndihme që njihni, për çdo vend</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ndihmë</translation>
    </message>
    <message>
        <source>How to use Vigil, and how to search</source>
        <translation>Si të përdorni Vigil-in dhe si të kërkoni</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Shkurtoret e tastierës</translation>
    </message>
    <message>
        <source>Every key Vigil answers to</source>
        <translation>Çdo tast të cilit i përgjigjet Vigil-i</translation>
    </message>
    <message>
        <source>&amp;About Vigil</source>
        <translation>&amp;Rreth Vigil-it</translation>
    </message>
    <message>
        <source>Version, licence and where the articles come from</source>
        <translation>Versioni, licenca dhe nga vijnë artikujt</translation>
    </message>
    <message>
        <source>&amp;Clear my data…</source>
        <translation>&amp;Fshi të dhënat e mia…</translation>
    </message>
    <message>
        <source>Remove your settings and saved data from this computer</source>
        <translation>Hiqni cilësimet dhe të dhënat tuaja të ruajtura nga ky kompjuter</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Kryesore</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Skedari</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Përpunimi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>P&amp;amja</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Madhësia e tekstit</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Ngjyrat</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Kalo</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Hap</translation>
    </message>
    <message>
        <source>Copy &amp;title</source>
        <translation>Kopjo &amp;titullin</translation>
    </message>
    <message>
        <source>Title copied</source>
        <translation>Titulli u kopjua</translation>
    </message>
    <message>
        <source>E&amp;xport citation…</source>
        <translation>&amp;Eksporto citimin…</translation>
    </message>
    <message>
        <source>Show &amp;country: %1</source>
        <translation>Shfaq &amp;vendin: %1</translation>
    </message>
    <message>
        <source>Show &amp;profile and articles</source>
        <translation>Shfaq &amp;profilin dhe artikujt</translation>
    </message>
    <message>
        <source>&amp;Remove this page…</source>
        <translation>&amp;Hiq këtë faqe…</translation>
    </message>
    <message>
        <source>Remove this page… (only pages you imported)</source>
        <translation>Hiq këtë faqe… (vetëm faqet që keni importuar)</translation>
    </message>
    <message>
        <source>Co&amp;llapse</source>
        <translation>&amp;Mbyll</translation>
    </message>
    <message>
        <source>&amp;Expand</source>
        <translation>&amp;Zgjero</translation>
    </message>
    <message>
        <source>Expand &amp;all</source>
        <translation>Zgjero &amp;të gjitha</translation>
    </message>
    <message>
        <source>Collapse a&amp;ll</source>
        <translation>Mbyll të gjith&amp;a</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Përzgjidh &amp;gjithçka</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Shkurtoret e tastierës</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tastet</translation>
    </message>
    <message>
        <source>F12, Ctrl+Shift+Q, or Shift three times</source>
        <translation>F12, Ctrl+Shift+Q ose Shift tri herë</translation>
    </message>
    <message>
        <source>Open the chosen article</source>
        <translation>Hap artikullin e zgjedhur</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Move between panes</source>
        <translation>Lëviz ndërmjet paneleve</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Copied the selected text</source>
        <translation>U kopjua teksti i përzgjedhur</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Hap bibliotekë</translation>
    </message>
    <message>
        <source>Vigil libraries (*.sqlite *.vigil *.db);;All files (*)</source>
        <translation>Biblioteka Vigil (*.sqlite *.vigil *.db);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>%1 cannot be shown.

%2

The library shown now stays open.</source>
        <translation>%1 nuk mund të shfaqet.

%2

Biblioteka që shfaqet tani mbetet e hapur.</translation>
    </message>
    <message>
        <source>Vigil could not format the bibliography: %1 Choose another style under the reading pane and try again.</source>
        <translation>Vigil-i nuk mundi ta formatonte bibliografinë: %1 Zgjidhni një stil tjetër poshtë panelit të leximit dhe provoni përsëri.</translation>
    </message>
    <message>
        <source>Copy bibliography</source>
        <translation>Kopjo bibliografinë</translation>
    </message>
    <message>
        <source>Save bibliography</source>
        <translation>Ruaj bibliografinë</translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation>Bibliografia</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Tekst i thjeshtë (*.txt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Faqe interneti (*.html)</translation>
    </message>
    <message>
        <source>Rich text for word processors (*.rtf)</source>
        <translation>Tekst i pasur për përpunues teksti (*.rtf)</translation>
    </message>
    <message>
        <source>Formatting the citation…</source>
        <translation>Po formatohet citimi…</translation>
    </message>
    <message>
        <source>Citation copied (%1)</source>
        <translation>Citimi u kopjua (%1)</translation>
    </message>
    <message>
        <source>Vigil lists and notes (*.json);;All files (*)</source>
        <translation>Lista dhe shënime të Vigil-it (*.json);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>faqja %1</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>artikulli %1</translation>
    </message>
    <message>
        <source>Export my lists and notes</source>
        <translation>Eksporto listat dhe shënimet e mia</translation>
    </message>
    <message>
        <source>Your lists and notes are not available in this session.</source>
        <translation>Listat dhe shënimet tuaja nuk janë të disponueshme në këtë seancë.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: you have no articles on a reading list, no lists of your own, no notes and no hotlines of your own.</source>
        <translation>Nuk ka ende asgjë për t&apos;u eksportuar: nuk keni artikuj në ndonjë listë leximi, as lista tuajat, as shënime, as linja ndihme tuajat.</translation>
    </message>
    <message>
        <source>Exported %1, %2, %3 and %4 to %5</source>
        <translation>U eksportuan %1, %2, %3 dhe %4 në %5</translation>
    </message>
    <message>
        <source>Import lists and notes</source>
        <translation>Importo listat dhe shënimet</translation>
    </message>
    <message>
        <source>Everything in this file is already in your lists and notes.</source>
        <translation>Gjithçka në këtë skedar gjendet tashmë në listat dhe shënimet tuaja.</translation>
    </message>
    <message>
        <source>Importing adds %1, %2 and %3.</source>
        <translation>Importimi shton %1, %2 dhe %3.</translation>
    </message>
    <message>
        <source>My hotlines: %1 and %2.</source>
        <translation>Linjat e mia të ndihmës: %1 dhe %2.</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; dhe %1 të tjerë</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nuk u importua asgjë: %1</translation>
    </message>
    <message>
        <source>Imported %1, %2, %3 and %4; %5 merged with yours</source>
        <translation>U importuan %1, %2, %3 dhe %4; %5 u bashkuan me tuajat</translation>
    </message>
    <message>
        <source>The article list is empty, so there is nothing to export. Choose a country, a reading list or a search that finds articles, then export again.</source>
        <translation>Lista e artikujve është bosh, prandaj nuk ka asgjë për t&apos;u eksportuar. Zgjidhni një vend, një listë leximi ose një kërkim që gjen artikuj, pastaj eksportoni përsëri.</translation>
    </message>
    <message>
        <source>Export citations</source>
        <translation>Eksporto citimet</translation>
    </message>
    <message>
        <source>Vigil citations</source>
        <translation>Citime Vigil</translation>
    </message>
    <message>
        <source>Vigil could not write %1 (%2). Choose a folder you can write to, with some free space, and try again.</source>
        <translation>Vigil-i nuk mundi të shkruante %1 (%2). Zgjidhni një dosje ku mund të shkruani, me pak hapësirë të lirë, dhe provoni përsëri.</translation>
    </message>
    <message>
        <source>Hotlines cannot be saved</source>
        <translation>Linjat e ndihmës nuk mund të ruhen</translation>
    </message>
    <message>
        <source>Vigil could not open the file where it keeps your own data, so a hotline you add would be lost. Restart Vigil; if this stays, check that your home folder has free space.</source>
        <translation>Vigil-i nuk mundi të hapte skedarin ku ruan të dhënat tuaja, prandaj një linjë ndihme që shtoni do të humbiste. Rinisni Vigil-in; nëse problemi vazhdon, kontrolloni që dosja juaj personale të ketë hapësirë të lirë.</translation>
    </message>
    <message>
        <source>Import pages</source>
        <translation>Importo faqe</translation>
    </message>
    <message>
        <source>Vigil cannot read its own country tables: %1</source>
        <translation>Vigil-i nuk mund të lexojë tabelat e veta të vendeve: %1</translation>
    </message>
    <message>
        <source>Reading the pages…</source>
        <translation>Po lexohen faqet…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importimi u anulua: nuk u importua asgjë.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nuk u importua asgjë.</translation>
    </message>
    <message>
        <source>Importing the pages…</source>
        <translation>Po importohen faqet…</translation>
    </message>
    <message>
        <source>The pages were not imported: %1</source>
        <translation>Faqet nuk u importuan: %1</translation>
    </message>
    <message>
        <source>Removing the page…</source>
        <translation>Po hiqet faqja…</translation>
    </message>
    <message>
        <source>Remove the page</source>
        <translation>Hiq faqen</translation>
    </message>
    <message>
        <source>The page was not removed: %1</source>
        <translation>Faqja nuk u hoq: %1</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>U hoq “%1”.</translation>
    </message>
    <message>
        <source>The window is too narrow for the countries pane; make it wider to see it.</source>
        <translation>Dritarja është shumë e ngushtë për panelin e vendeve; zgjerojeni për ta parë.</translation>
    </message>
    <message>
        <source>Your notes are not available in this session.</source>
        <translation>Shënimet tuaja nuk janë të disponueshme në këtë seancë.</translation>
    </message>
    <message>
        <source>Your reading lists are not available in this session.</source>
        <translation>Listat tuaja të leximit nuk janë të disponueshme në këtë seancë.</translation>
    </message>
    <message>
        <source>Open an article first, then add it to a reading list.</source>
        <translation>Hapni fillimisht një artikull, pastaj shtojeni në një listë leximi.</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>Listat e leximit</translation>
    </message>
    <message>
        <source>Added to “%1”</source>
        <translation>U shtua në “%1”</translation>
    </message>
    <message>
        <source>Removed from “%1”</source>
        <translation>U hoq nga “%1”</translation>
    </message>
    <message>
        <source>New reading list</source>
        <translation>Listë e re leximi</translation>
    </message>
    <message>
        <source>Added to the new list “%1”</source>
        <translation>U shtua në listën e re “%1”</translation>
    </message>
    <message>
        <source>Made the list “%1”</source>
        <translation>U krijua lista “%1”</translation>
    </message>
    <message>
        <source>Rename reading list</source>
        <translation>Riemërto listën e leximit</translation>
    </message>
    <message>
        <source>Delete reading list</source>
        <translation>Fshi listën e leximit</translation>
    </message>
    <message>
        <source>Add to &amp;list</source>
        <translation>Shto në një li&amp;stë</translation>
    </message>
    <message>
        <source>&amp;New list…</source>
        <translation>Listë e &amp;re…</translation>
    </message>
    <message>
        <source>Re&amp;name list…</source>
        <translation>Ri&amp;emërto listën…</translation>
    </message>
    <message>
        <source>&amp;Delete list…</source>
        <translation>&amp;Fshi listën…</translation>
    </message>
    <message>
        <source>Open data pack</source>
        <translation>Hap paketë të dhënash</translation>
    </message>
    <message>
        <source>No library is open to import the pack into.</source>
        <translation>Nuk është hapur asnjë bibliotekë ku të importohet paketa.</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>Po kontrollohet paketa…</translation>
    </message>
    <message>
        <source>“%1” was not opened. %2</source>
        <translation>“%1” nuk u hap. %2</translation>
    </message>
    <message>
        <source>“%1” was not opened: Vigil could not write its pages to a temporary folder (%2). Check that the disk has free space.</source>
        <translation>“%1” nuk u hap: Vigil-i nuk mundi t&apos;i shkruante faqet e saj në një dosje të përkohshme (%2). Kontrolloni që disku të ketë hapësirë të lirë.</translation>
    </message>
    <message>
        <source>Reading the pack&apos;s pages…</source>
        <translation>Po lexohen faqet e paketës…</translation>
    </message>
    <message>
        <source>“%1” was not imported: one of its pages cannot be read. %2</source>
        <translation>“%1” nuk u importua: një nga faqet e saj nuk mund të lexohet. %2</translation>
    </message>
    <message>
        <source>from a data pack signed by %1, fingerprint %2</source>
        <translation>nga një paketë të dhënash e nënshkruar nga %1, shenja gishtash %2</translation>
    </message>
    <message>
        <source>from an unsigned data pack</source>
        <translation>nga një paketë të dhënash e panënshkruar</translation>
    </message>
    <message>
        <source>The hotlines were not saved: %1</source>
        <translation>Linjat e ndihmës nuk u ruajtën: %1</translation>
    </message>
    <message>
        <source>The pages were imported, but the hotlines were not saved: %1</source>
        <translation>Faqet u importuan, por linjat e ndihmës nuk u ruajtën: %1</translation>
    </message>
    <message>
        <source>Imported the pack “%1”: %2 and %3.</source>
        <translation>U importua paketa “%1”: %2 dhe %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n faqe</numerusform>
            <numerusform>%n faqe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hotline(s)</source>
        <translation>
            <numerusform>%n linjë ndihme</numerusform>
            <numerusform>%n linja ndihme</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an article, or choose a country or a reading list in the tree; then %1.</source>
        <translation>Hapni një artikull, ose zgjidhni një vend apo një listë leximi në pemë; pastaj %1.</translation>
    </message>
    <message>
        <source>Formatting the handout’s citations…</source>
        <translation>Po formatohen citimet e fletushkës…</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citimet</translation>
    </message>
    <message>
        <source>Vigil could not format the citations: %1 Choose another style under the reading pane and try again.</source>
        <translation>Vigil-i nuk mundi t&apos;i formatonte citimet: %1 Zgjidhni një stil tjetër poshtë panelit të leximit dhe provoni përsëri.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Po printohet…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Printimi</translation>
    </message>
    <message>
        <source>%1 Check the printer and try again.</source>
        <translation>%1 Kontrolloni printerin dhe provoni përsëri.</translation>
    </message>
    <message>
        <source>preview its handout</source>
        <translation>shikoni paraprakisht fletushkën</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Paraparja e printimit</translation>
    </message>
    <message>
        <source>print its handout</source>
        <translation>printoni fletushkën</translation>
    </message>
    <message>
        <source>save its handout as PDF</source>
        <translation>ruani fletushkën si PDF</translation>
    </message>
    <message>
        <source>Vigil handout</source>
        <translation>Fletushkë Vigil</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Ruaj si PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Skedarë PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Po ruhet %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>U ruajt %1</translation>
    </message>
    <message>
        <source>Citation copied (BibTeX)</source>
        <translation>Citimi u kopjua (BibTeX)</translation>
    </message>
    <message>
        <source>Citation copied (RIS)</source>
        <translation>Citimi u kopjua (RIS)</translation>
    </message>
    <message>
        <source>All hotlines</source>
        <translation>Të gjitha linjat e ndihmës</translation>
    </message>
    <message>
        <source>Clear my data</source>
        <translation>Fshi të dhënat e mia</translation>
    </message>
    <message>
        <source>Your data was removed. Vigil will not save this session&apos;s settings.</source>
        <translation>Të dhënat tuaja u hoqën. Vigil-i nuk do t&apos;i ruajë cilësimet e kësaj seance.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln article(s)</source>
        <translation>
            <numerusform>%1 nga %Ln artikull</numerusform>
            <numerusform>%1 nga %Ln artikuj</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Gjuha e sistemit</translation>
    </message>
    <message>
        <source>The language of your desktop, when Vigil speaks it; English otherwise</source>
        <translation>Gjuha e desktopit tuaj, kur Vigil-i e flet; përndryshe anglisht</translation>
    </message>
    <message>
        <source>Speak %1</source>
        <translation>Gjuha: %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Gjuha</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Gjuha</translation>
    </message>
    <message>
        <source>Vigil will speak %1 the next time it starts. Close Vigil and start it again.</source>
        <translation>Vigil-i do të flasë %1 herën tjetër që niset. Mbyllni Vigil-in dhe niseni përsëri.</translation>
    </message>
    <message numerus="yes">
        <source>Formatting %n citation(s) in %1…</source>
        <translation>
            <numerusform>Po formatohet %n citim në %1…</numerusform>
            <numerusform>Po formatohen %n citime në %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bibliography of %n article(s) copied (%1)</source>
        <translation>
            <numerusform>Bibliografia e %n artikulli u kopjua (%1)</numerusform>
            <numerusform>Bibliografia e %n artikujve u kopjua (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the bibliography of %n article(s) to %1</source>
        <translation>
            <numerusform>Bibliografia e %n artikulli u ruajt në %1</numerusform>
            <numerusform>Bibliografia e %n artikujve u ruajt në %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s)</source>
        <translation>
            <numerusform>%n listë</numerusform>
            <numerusform>%n lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n zë</numerusform>
            <numerusform>%n zëra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n shënim</numerusform>
            <numerusform>%n shënime</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new list(s)</source>
        <translation>
            <numerusform>%n listë e re</numerusform>
            <numerusform>%n lista të reja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) to your lists</source>
        <translation>
            <numerusform>%n zë në listat tuaja</numerusform>
            <numerusform>%n zëra në listat tuaja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) differ from yours: each keeps your text, with the imported text under it.</source>
        <translation>
            <numerusform>%n shënim ndryshon nga i juaji: mban tekstin tuaj, me tekstin e importuar poshtë tij.</numerusform>
            <numerusform>%n shënime ndryshojnë nga tuajat: secili mban tekstin tuaj, me tekstin e importuar poshtë tij.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n e shtuar</numerusform>
            <numerusform>%n të shtuara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of yours changed to the file&apos;s (the same country and service)</source>
        <translation>
            <numerusform>%n e juaja u ndryshua sipas skedarit (i njëjti vend dhe shërbim)</numerusform>
            <numerusform>%n tuajat u ndryshuan sipas skedarit (i njëjti vend dhe shërbim)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already here, left as they are.</source>
        <translation>
            <numerusform>%n shënim është tashmë këtu dhe mbetet siç është.</numerusform>
            <numerusform>%n shënime janë tashmë këtu dhe mbeten siç janë.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) not in this library; their entries and notes are kept, and show when a library has them:</source>
        <translation>
            <numerusform>%n artikull nuk është në këtë bibliotekë; zërat dhe shënimet e tij ruhen dhe shfaqen kur një bibliotekë e ka:</numerusform>
            <numerusform>%n artikuj nuk janë në këtë bibliotekë; zërat dhe shënimet e tyre ruhen dhe shfaqen kur një bibliotekë i ka:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n citation(s)</source>
        <translation>
            <numerusform>Eksporto %n citim</numerusform>
            <numerusform>Eksporto %n citime</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n citation(s) to %1</source>
        <translation>
            <numerusform>U eksportua %n citim në %1</numerusform>
            <numerusform>U eksportuan %n citime në %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1”: %n article(s).</source>
        <translation>
            <numerusform>U importua “%1”: %n artikull.</numerusform>
            <numerusform>U importua “%1”: %n artikuj.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>U importuan %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artikull</numerusform>
            <numerusform>%n artikuj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln article(s). Choose one in the list to read it.</source>
        <translation>
            <numerusform>%1: %Ln artikull. Zgjidheni në listë për ta lexuar.</numerusform>
            <numerusform>%1: %Ln artikuj. Zgjidhni një në listë për ta lexuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add this article to your reading list, or take it out (Ctrl+D); the arrow chooses another list</source>
        <translation>Shtojeni këtë artikull në listën e leximit ose hiqeni prej saj (Ctrl+D); shigjeta zgjedh një listë tjetër</translation>
    </message>
    <message>
        <source>This article is on your reading list; press to take it off</source>
        <translation>Ky artikull është në listën tuaj të leximit; shtypni për ta hequr</translation>
    </message>
    <message>
        <source>Press to add this article to your reading list</source>
        <translation>Shtypni për ta shtuar këtë artikull në listën tuaj të leximit</translation>
    </message>
    <message>
        <source>On your list</source>
        <translation>Në listën tuaj</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Shto në listë</translation>
    </message>
    <message>
        <source>Open an article or a source page first, then copy its citation.</source>
        <translation>Hapni fillimisht një artikull ose një faqe burimi, pastaj kopjoni citimin e tij.</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::MyHotlineEditor</name>
    <message>
        <source>Service name</source>
        <translation>Emri i shërbimit</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numri</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Orari</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Gjuhët</translation>
    </message>
    <message>
        <source>Where the number comes from</source>
        <translation>Nga vjen numri</translation>
    </message>
    <message>
        <source>Edit hotline</source>
        <translation>Ndrysho linjën e ndihmës</translation>
    </message>
    <message>
        <source>Add a hotline</source>
        <translation>Shto një linjë ndihme</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Vendi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Shënime</translation>
    </message>
    <message>
        <source>As you would dial it in the country, or with its country code (+…)</source>
        <translation>Siç e formoni brenda vendit, ose me kodin e vendit (+…)</translation>
    </message>
    <message>
        <source>Where you got the number, so others can check it</source>
        <translation>Ku e morët numrin, që të tjerët ta kontrollojnë</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Vendi:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Shërbimi:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numri:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Orari:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Gjuhët:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Shënim&amp;e:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Burimi:</translation>
    </message>
    <message>
        <source>Choose the country the hotline is for.</source>
        <translation>Zgjidhni vendin për të cilin është linja e ndihmës.</translation>
    </message>
    <message>
        <source>Give the service&apos;s name, for example the organisation that answers.</source>
        <translation>Jepni emrin e shërbimit, për shembull organizatën që përgjigjet.</translation>
    </message>
    <message>
        <source>Give the number.</source>
        <translation>Jepni numrin.</translation>
    </message>
    <message>
        <source>“%1” is not a valid telephone number for %2. Check the digits, or write the number with its country code (+%3 …).</source>
        <translation>“%1” nuk është numër telefoni i vlefshëm për vendin %2. Kontrolloni shifrat, ose shkruajeni numrin me kodin e vendit (+%3 …).</translation>
    </message>
    <message>
        <source>“%1” is a number of %2, not of %3. Choose %2 as the country, or check the number.</source>
        <translation>“%1” është numër nga %2, jo nga %3. Zgjidhni %2 si vend, ose kontrolloni numrin.</translation>
    </message>
    <message>
        <source>Say where the number comes from (a leaflet, an organisation&apos;s site, a colleague), so that whoever reads it can check it.</source>
        <translation>Shkruani nga vjen numri (një fletëpalosje, faqja e një organizate, një koleg), që kushdo që e lexon ta kontrollojë.</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::MyHotlinesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Shto…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ndrysho…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hiq</translation>
    </message>
    <message>
        <source>My hotlines</source>
        <translation>Linjat e mia të ndihmës</translation>
    </message>
    <message>
        <source>Hotlines you added. They are kept on this computer only, shown in the yellow bar marked “added by you”, and removed by “Clear my data”.</source>
        <translation>Linjat e ndihmës që keni shtuar. Ruhen vetëm në këtë kompjuter, shfaqen në shiritin e verdhë me shënimin “shtuar nga ju” dhe hiqen me “Fshi të dhënat e mia”.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Vendi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Shërbimi</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numri</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Burimi</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (e paverifikuar)</translation>
    </message>
    <message>
        <source>Hotline not saved</source>
        <translation>Linja e ndihmës nuk u ruajt</translation>
    </message>
    <message>
        <source>The hotline could not be saved: %1</source>
        <translation>Linja e ndihmës nuk mund të ruhej: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Ndryshimi nuk mund të ruhej: %1</translation>
    </message>
    <message>
        <source>Hotline not removed</source>
        <translation>Linja e ndihmës nuk u hoq</translation>
    </message>
    <message>
        <source>The hotline could not be removed: %1</source>
        <translation>Linja e ndihmës nuk mund të hiqej: %1</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::NotePanel</name>
    <message>
        <source>My &amp;note</source>
        <translation>Shënimi &amp;im</translation>
    </message>
    <message>
        <source>My note on this article</source>
        <translation>Shënimi im për këtë artikull</translation>
    </message>
    <message>
        <source>Write a note on this article; it is saved as you type.</source>
        <translation>Shkruani një shënim për këtë artikull; ai ruhet ndërsa shkruani.</translation>
    </message>
    <message>
        <source>Open an article to write a note on it.</source>
        <translation>Hapni një artikull për të shkruar një shënim për të.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ende i paruajtur</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>U ruajt</translation>
    </message>
    <message>
        <source>Notes cannot be saved in this session.</source>
        <translation>Shënimet nuk mund të ruhen në këtë seancë.</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::PackImportDialog</name>
    <message>
        <source>Signed by %1, a publisher you trust (fingerprint %2).</source>
        <translation>Nënshkruar nga %1, një botues që i besoni (shenja gishtash %2).</translation>
    </message>
    <message>
        <source>Signed by a key you do not trust yet, which calls itself “%1” (fingerprint %2). Anyone can give a key any name: compare the fingerprint with the one its publisher gave you in person or by phone.</source>
        <translation>Nënshkruar me një çelës të cilit ende nuk i besoni, që e quan veten “%1” (shenja gishtash %2). Kushdo mund t&apos;i japë një çelësi çfarëdo emri: krahasojeni këtë shenjë gishtash me atë që ju dha botuesi i saj personalisht ose me telefon.</translation>
    </message>
    <message>
        <source>Not signed: anyone could have made or changed this pack. Import it only if you know where it comes from.</source>
        <translation>E panënshkruar: kushdo mund ta ketë krijuar ose ndryshuar këtë paketë. Importojeni vetëm nëse e dini nga vjen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>New hotline: %1: %2</source>
        <translation>Linjë e re ndihme: %1: %2</translation>
    </message>
    <message>
        <source>Changed hotline: %1: %2 → %3</source>
        <translation>Linjë ndihme e ndryshuar: %1: %2 → %3</translation>
    </message>
    <message>
        <source>Removed hotline: %1: %2</source>
        <translation>Linjë ndihme e hequr: %1: %2</translation>
    </message>
    <message>
        <source>Unchanged hotline: %1: %2</source>
        <translation>Linjë ndihme e pandryshuar: %1: %2</translation>
    </message>
    <message>
        <source>Open data pack</source>
        <translation>Hap paketë të dhënash</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import. Pages go into your own library and hotlines into My hotlines; the library Vigil comes with is not changed.</source>
        <translation>Asgjë nuk shkruhet derisa të zgjidhni “Importo”. Faqet shkojnë në bibliotekën tuaj dhe linjat e ndihmës te “Linjat e mia të ndihmës”; biblioteka që vjen me Vigil-in nuk ndryshon.</translation>
    </message>
    <message>
        <source>What the pack changes</source>
        <translation>Çfarë ndryshon paketa</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Faqet</translation>
    </message>
    <message numerus="yes">
        <source>Replaces the page “%1” (%n entries)</source>
        <translation>
            <numerusform>Zëvendëson faqen “%1” (%n zë)</numerusform>
            <numerusform>Zëvendëson faqen “%1” (%n zëra)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds the page “%1” (%n entries)</source>
        <translation>
            <numerusform>Shton faqen “%1” (%n zë)</numerusform>
            <numerusform>Shton faqen “%1” (%n zëra)</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Asnjë</translation>
    </message>
    <message>
        <source>Hotlines</source>
        <translation>Linjat e ndihmës</translation>
    </message>
    <message>
        <source>No hotline changes</source>
        <translation>Asnjë ndryshim në linjat e ndihmës</translation>
    </message>
    <message>
        <source>I &amp;know who sent this pack, and I want to import it</source>
        <translation>&amp;E di kush e dërgoi këtë paketë dhe dua ta importoj</translation>
    </message>
    <message>
        <source>&amp;Trust this key for the packs it signs from now on</source>
        <translation>&amp;Besoji këtij çelësi për paketat që nënshkruan nga tani e tutje</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importo</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::PageImportDialog</name>
    <message>
        <source>Import pages</source>
        <translation>Importo faqe</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import. The pages go into your own library; the library Vigil comes with is not changed.</source>
        <translation>Asgjë nuk shkruhet derisa të zgjidhni “Importo”. Faqet shkojnë në bibliotekën tuaj; biblioteka që vjen me Vigil-in nuk ndryshon.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Skedarët për t&apos;u importuar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Skedari</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Faqja</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Zërat</translation>
    </message>
    <message>
        <source>The pictures and styles of a page saved as “complete”; left out</source>
        <translation>Figurat dhe stilet e një faqeje të ruajtur si “e plotë”; lihen jashtë</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importo</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Nuk mund të importohet</translation>
    </message>
    <message>
        <source>Topic page</source>
        <translation>Faqe teme</translation>
    </message>
    <message>
        <source>Country page</source>
        <translation>Faqe vendi</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>(replaces the page of the same name)</source>
        <translation>(zëvendëson faqen me të njëjtin emër)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rreshti %1: %2</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::PageImportPreview</name>
    <message>
        <source>Nothing can be imported: none of the files is a saved page of the site.</source>
        <translation>Asgjë nuk mund të importohet: asnjë nga skedarët nuk është faqe e ruajtur e sajtit.</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <translation>%1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) to import</source>
        <translation>
            <numerusform>%n faqe për import</numerusform>
            <numerusform>%n faqe për import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(s)</source>
        <translation>
            <numerusform>%n vend</numerusform>
            <numerusform>%n vende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n zë</numerusform>
            <numerusform>%n zëra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n paralajmërim</numerusform>
            <numerusform>%n paralajmërime</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported and will be left out.</source>
        <translation>
            <numerusform>%n skedar nuk mund të importohet dhe do të lihet jashtë.</numerusform>
            <numerusform>%n skedarë nuk mund të importohen dhe do të lihen jashtë.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::StyleChooserDialog</name>
    <message>
        <source>Citation styles</source>
        <translation>Stilet e citimit</translation>
    </message>
    <message>
        <source>%1 (bundled with Vigil)</source>
        <translation>%1 (përfshirë në Vigil)</translation>
    </message>
    <message>
        <source>Search the citation styles</source>
        <translation>Kërko në stilet e citimit</translation>
    </message>
    <message numerus="yes">
        <source>Search %n style(s) by name</source>
        <translation>
            <numerusform>Kërkoni sipas emrit në %n stil</numerusform>
            <numerusform>Kërkoni sipas emrit në %n stile</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find a style:</source>
        <translation>&amp;Gjej një stil:</translation>
    </message>
    <message>
        <source>Use this style</source>
        <translation>Përdor këtë stil</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::TrustedPublishersDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hiq</translation>
    </message>
    <message>
        <source>Trusted publishers</source>
        <translation>Botues të besuar</translation>
    </message>
    <message>
        <source>Data packs signed by these publishers open without asking whether you know who sent them. Add a publisher only with a key file or a fingerprint you had from them in person, by phone or through someone you trust.</source>
        <translation>Paketat e të dhënave të nënshkruara nga këta botues hapen pa ju pyetur nëse e dini kush i dërgoi. Shtoni një botues vetëm me një skedar çelësi ose një shenjë gishtash që e keni marrë prej tij personalisht, me telefon ose nëpërmjet dikujt që i besoni.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Shenja gishtash</translation>
    </message>
    <message>
        <source>Add from a &amp;key file…</source>
        <translation>Shto nga s&amp;kedar çelësi…</translation>
    </message>
    <message>
        <source>40 hexadecimal digits, as vigil-library keygen prints them</source>
        <translation>40 shifra heksadecimale, siç i nxjerr vigil-library keygen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Emri:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>Shenja &amp;gishtash:</translation>
    </message>
    <message>
        <source>&amp;Add by fingerprint</source>
        <translation>&amp;Shto me shenjë gishtash</translation>
    </message>
    <message>
        <source>Add a publisher</source>
        <translation>Shto një botues</translation>
    </message>
    <message>
        <source>The publisher was not added: %1. A publisher&apos;s key file ends in .public.</source>
        <translation>Botuesi nuk u shtua: %1. Skedari i çelësit të një botuesi mbaron me .public.</translation>
    </message>
    <message>
        <source>Add a publisher from a key file</source>
        <translation>Shto një botues nga një skedar çelësi</translation>
    </message>
    <message>
        <source>Public keys (*.public)</source>
        <translation>Çelësa publikë (*.public)</translation>
    </message>
    <message>
        <source>That is not a fingerprint: it has 40 hexadecimal digits (0-9 and a-f), with or without spaces.</source>
        <translation>Kjo nuk është shenjë gishtash: ajo ka 40 shifra heksadecimale (0-9 dhe a-f), me ose pa hapësira.</translation>
    </message>
    <message>
        <source>Give the publisher a name, so that you know it again.</source>
        <translation>Jepini botuesit një emër, që ta njihni përsëri.</translation>
    </message>
    <message>
        <source>No publisher is trusted yet: every data pack asks before it is imported, and shows who signed it.</source>
        <translation>Ende asnjë botues nuk është i besuar: çdo paketë të dhënash pyet para se të importohet dhe tregon kush e ka nënshkruar.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Adding your imported pages to the updated library…</source>
        <translation>Po shtohen faqet tuaja të importuara në bibliotekën e përditësuar…</translation>
    </message>
    <message>
        <source>Offline reader of reports on human trafficking and modern-day slavery.

Quick exit: F12, Ctrl+Shift+Q or Shift pressed three times hides and closes Vigil at once.</source>
        <translation>Lexues jashtë linje i raporteve mbi trafikimin e qenieve njerëzore dhe skllavërinë moderne.

Dalja e shpejtë: F12, Ctrl+Shift+Q ose shtypja e Shift tri herë e fsheh dhe e mbyll Vigil-in menjëherë.</translation>
    </message>
    <message>
        <source>Open this library file.</source>
        <translation>Hap këtë skedar biblioteke.</translation>
    </message>
    <message>
        <source>Show the article with this id.</source>
        <translation>Shfaq artikullin me këtë id.</translation>
    </message>
    <message>
        <source>Select this country (ISO code, e.g. RS).</source>
        <translation>Zgjidh këtë vend (kodi ISO, p.sh. RS).</translation>
    </message>
    <message>
        <source>Print first-paint-ms: N (since process start) and quit.</source>
        <translation>Nxirr first-paint-ms: N (që nga nisja e procesit) dhe mbyll.</translation>
    </message>
    <message>
        <source>Print first-article-ms: N (since process start) when the first document (the first article, or what the start shows) has loaded, and quit.</source>
        <translation>Nxirr first-article-ms: N (që nga nisja e procesit) kur të jetë ngarkuar dokumenti i parë (artikulli i parë, ose ajo që tregon nisja), dhe mbyll.</translation>
    </message>
    <message>
        <source>Test aid: open every article and country profile, run 100 searches, print a summary and quit.</source>
        <translation>Ndihmë për testim: hap çdo artikull dhe profil vendi, kryej 100 kërkime, nxirr një përmbledhje dhe mbyll.</translation>
    </message>
    <message>
        <source>Write the handout of --open (an article), --country (a country dossier) or --reading-list to this PDF file and quit, without showing the window.</source>
        <translation>Shkruaj fletushkën e --open (një artikull), --country (një dosje vendi) ose --reading-list në këtë skedar PDF dhe mbyll, pa shfaqur dritaren.</translation>
    </message>
    <message>
        <source>With --print-pdf: the reading list with this name.</source>
        <translation>Me --print-pdf: lista e leximit me këtë emër.</translation>
    </message>
    <message>
        <source>With --print-pdf: cite in this citation style (apa when not given; vigil-library styles lists them).</source>
        <translation>Me --print-pdf: cito në këtë stil citimi (apa kur nuk jepet; vigil-library styles i liston).</translation>
    </message>
    <message>
        <source>Your imported pages are left out: %1</source>
        <translation>Faqet tuaja të importuara lihen jashtë: %1</translation>
    </message>
    <message>
        <source>The library could not be opened.

%1

Choose another one with File ▸ Open library, or reinstall Vigil.</source>
        <translation>Biblioteka nuk mund të hapej.

%1

Zgjidhni një tjetër me Skedari ▸ Hap bibliotekë, ose riinstaloni Vigil-in.</translation>
    </message>
    <message>
        <source>Your reading lists are not available: %1</source>
        <translation>Listat tuaja të leximit nuk janë të disponueshme: %1</translation>
    </message>
    <message>
        <source>Vigil is already open with another library. Open %1 with File ▸ Open library.</source>
        <translation>Vigil-i është tashmë i hapur me një bibliotekë tjetër. Hapeni %1 me Skedari ▸ Hap bibliotekë.</translation>
    </message>
</context>
</TS>
