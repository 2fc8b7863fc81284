<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr">
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>Stop</source>
        <translation>Заустави</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Штампач није могао да се покрене.</translation>
    </message>
    <message>
        <source>The printer did not take page %1.</source>
        <translation>Штампач није примио страницу %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 од %2</translation>
    </message>
    <message>
        <source>Printing was stopped.</source>
        <translation>Штампање је заустављено.</translation>
    </message>
    <message>
        <source>The printer could not finish the document.</source>
        <translation>Штампач није могао да доврши документ.</translation>
    </message>
    <message>
        <source>Vigil could not write %1 (%2). Choose a folder you can write to and try again.</source>
        <translation>Vigil није могао да упише %1 (%2). Изаберите фасциклу у коју можете да уписујете и покушајте поново.</translation>
    </message>
    <message>
        <source>Vigil could not write %1: %2</source>
        <translation>Vigil није могао да упише %1: %2</translation>
    </message>
    <message>
        <source>Vigil could not write %1 (%2). Choose a folder you can write to, with some free space, and try again.</source>
        <translation>Vigil није могао да упише %1 (%2). Изаберите фасциклу у коју можете да уписујете и која има слободног простора, па покушајте поново.</translation>
    </message>
</context>
<context>
    <name>HeadlessPrint</name>
    <message>
        <source>--print-pdf needs one of --open ID, --country CODE or --reading-list NAME.</source>
        <translation>--print-pdf захтева једну од опција --open ID, --country CODE или --reading-list NAME.</translation>
    </message>
    <message>
        <source>There is no citation style “%1”; `vigil-library styles --search WORD` lists the names you can give.</source>
        <translation>Не постоји стил цитирања „%1“; `vigil-library styles --search WORD` исписује називе које можете да наведете.</translation>
    </message>
    <message>
        <source>The library could not be opened: %1</source>
        <translation>Библиотека није могла да се отвори: %1</translation>
    </message>
    <message>
        <source>There is no article with id %1 in the library.</source>
        <translation>У библиотеци нема чланка са ИД-ом %1.</translation>
    </message>
    <message>
        <source>There is no country with code %1; use an ISO code such as RS.</source>
        <translation>Не постоји земља са кодом %1; користите ISO код, на пример RS.</translation>
    </message>
    <message>
        <source>Your reading lists could not be read: %1</source>
        <translation>Ваше листе за читање нису могле да се прочитају: %1</translation>
    </message>
    <message>
        <source>There is no reading list named “%1”; your lists are: %2.</source>
        <translation>Не постоји листа за читање под називом „%1“; ваше листе су: %2.</translation>
    </message>
    <message>
        <source>The citations could not be formatted: %1</source>
        <translation>Цитати нису могли да се форматирају: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Записано у %1 (%n страница).</numerusform>
            <numerusform>Записано у %1 (%n странице).</numerusform>
            <numerusform>Записано у %1 (%n страница).</numerusform>
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
        <translation>из архиве</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без датума</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наслов</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издавач</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датум</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Земље</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теме</translation>
    </message>
</context>
<context>
    <name>Vigil::Core::ArticleRenderer</name>
    <message>
        <source> and </source>
        <comment>between the last two names of a list</comment>
        <translation> и </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Featured</source>
        <translation>Истакнуто</translation>
    </message>
    <message>
        <source>Link collection</source>
        <translation>Збирка веза</translation>
    </message>
    <message>
        <source>The source is a PDF document</source>
        <translation>Извор је PDF документ</translation>
    </message>
    <message>
        <source>By</source>
        <comment>before the authors&apos; names</comment>
        <translation>Аутори:</translation>
    </message>
    <message>
        <source>Countries and topics</source>
        <translation>Земље и теме</translation>
    </message>
    <message>
        <source>Access date unavailable</source>
        <translation>Датум приступа није познат</translation>
    </message>
    <message>
        <source>Accessed %1</source>
        <translation>Приступљено %1</translation>
    </message>
    <message>
        <source>Notes on the source</source>
        <translation>Напомене о извору</translation>
    </message>
    <message>
        <source>An archived copy of this article may exist.</source>
        <translation>Можда постоји архивирана копија овог чланка.</translation>
    </message>
    <message>
        <source>The original web address of this source was lost when the page was saved. To read the whole source, search for its title.</source>
        <translation>Изворна веб-адреса овог извора изгубљена је када је страница сачувана. Да бисте прочитали цео извор, потражите његов наслов.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Везе</translation>
    </message>
    <message>
        <source>accessed %1</source>
        <translation>приступљено %1</translation>
    </message>
    <message>
        <source>Page %1 of the original document</source>
        <translation>Страница %1 изворног документа</translation>
    </message>
    <message>
        <source>page %1</source>
        <comment>a page marker in the text</comment>
        <translation>страница %1</translation>
    </message>
    <message>
        <source>Cite this article</source>
        <translation>Цитирајте овај чланак</translation>
    </message>
    <message>
        <source>The citation in the style you choose is under this pane, with a button to copy it.</source>
        <translation>Цитат у стилу који изаберете налази се испод овог окна, са дугметом за копирање.</translation>
    </message>
    <message>
        <source>Copy for a reference manager:</source>
        <translation>Копирај за програм за библиографије:</translation>
    </message>
    <message>
        <source>This entry is too long to show whole: parts of it end in “…”. The library keeps the whole text.</source>
        <translation>Овај унос је предугачак да би се приказао цео: неки делови се завршавају са „…”. Библиотека чува цео текст.</translation>
    </message>
</context>
<context>
    <name>Vigil::Core::CountryTreeModel</name>
    <message>
        <source>All articles</source>
        <translation>Сви чланци</translation>
    </message>
    <message>
        <source>Source pages</source>
        <translation>Изворне странице</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>My reading lists</source>
        <translation>Моје листе за читање</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Листа за читање</translation>
    </message>
    <message>
        <source>Every article in the library: %1</source>
        <translation>Сви чланци у библиотеци (%1)</translation>
    </message>
    <message>
        <source>%1: %2 about its countries</source>
        <translation>%1 — о земљама региона (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Source page “%1”: %2</source>
        <translation>Изворна страница „%1“ (%2)</translation>
    </message>
    <message>
        <source>The articles you keep to read or to cite</source>
        <translation>Чланци које чувате за читање или цитирање</translation>
    </message>
    <message>
        <source>%1: %2 you added</source>
        <translation>%1 — чланци које сте додали (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln чланак</numerusform>
            <numerusform>%Ln чланка</numerusform>
            <numerusform>%Ln чланака</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) the library was built from</source>
        <translation>
            <numerusform>%n страница од које је библиотека направљена</numerusform>
            <numerusform>%n странице од којих је библиотека направљена</numerusform>
            <numerusform>%n страница од којих је библиотека направљена</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::Core::HandoutRenderer</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln чланак</numerusform>
            <numerusform>%Ln чланка</numerusform>
            <numerusform>%Ln чланака</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Листа за читање</translation>
    </message>
    <message>
        <source>Country dossier</source>
        <translation>Досије земље</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Чланак</translation>
    </message>
    <message>
        <source>Handout made with Vigil</source>
        <translation>Материјал је направљен у програму Vigil</translation>
    </message>
    <message>
        <source>Handout made with Vigil on %1</source>
        <translation>Материјал је направљен у програму Vigil, %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <comment>the authors&apos; names</comment>
        <translation>Аутори: %1</translation>
    </message>
    <message>
        <source>[page %1]</source>
        <comment>a page marker in the text</comment>
        <translation>[стр. %1]</translation>
    </message>
    <message>
        <source>%1 (accessed %2)</source>
        <translation>%1 (приступљено %2)</translation>
    </message>
    <message>
        <source>Reader’s note (not part of the source)</source>
        <translation>Белешка читаоца (није део извора)</translation>
    </message>
    <message>
        <source>[Untitled]</source>
        <translation>[Без наслова]</translation>
    </message>
    <message>
        <source>The source is a PDF document.</source>
        <translation>Извор је PDF документ.</translation>
    </message>
    <message>
        <source>Access date unavailable.</source>
        <translation>Датум приступа није познат.</translation>
    </message>
    <message>
        <source>Accessed %1.</source>
        <translation>Приступљено %1.</translation>
    </message>
    <message>
        <source>This entry is too long to print whole: parts of it end in “…”. The library keeps the whole text.</source>
        <translation>Овај унос је предугачак да би се одштампао цео: неки делови се завршавају са „…”. Библиотека чува цео текст.</translation>
    </message>
    <message>
        <source>Cite as:</source>
        <translation>Цитирајте као:</translation>
    </message>
    <message>
        <source>Cite as (%1):</source>
        <translation>Цитирајте као (%1):</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>Помоћ жртвама</translation>
    </message>
    <message>
        <source>No hotline is known for %1.</source>
        <translation>За земљу %1 није позната ниједна линија за помоћ.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Линија</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Број</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Извор</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Стање на дан</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Линија за помоћ</translation>
    </message>
    <message>
        <source>(not verified)</source>
        <translation>(није проверено)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>није наведено</translation>
    </message>
    <message>
        <source>“As of” is the date the source&apos;s reports run to (for a page, the end of its coverage), not a check of the number. A number can change: check it before you rely on it.</source>
        <translation>„Стање на дан” је датум до којег сежу извештаји извора (за страницу, крај периода који покрива), а не провера броја. Број се може променити: проверите га пре него што се на њега ослоните.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профил</translation>
    </message>
    <message>
        <source>Caution.</source>
        <translation>Упозорење.</translation>
    </message>
    <message>
        <source>For students and teachers</source>
        <translation>За ученике и наставнике</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Чланци</translation>
    </message>
    <message>
        <source>The library has no articles about %1 yet.</source>
        <translation>Библиотека још нема чланака о земљи %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) about %1 follow, each on a page of its own.</source>
        <translation>
            <numerusform>Следи %Ln чланак о земљи %1, на засебној страници.</numerusform>
            <numerusform>Следе %Ln чланка о земљи %1, сваки на засебној страници.</numerusform>
            <numerusform>Следи %Ln чланака о земљи %1, сваки на засебној страници.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation>Библиографија</translation>
    </message>
    <message>
        <source>Bibliography (%1)</source>
        <translation>Библиографија (%1)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Извори</translation>
    </message>
    <message>
        <source>Content notice: the reports and articles in this handout describe human trafficking: violence, sexual abuse and exploitation of adults and children. Some passages are distressing.</source>
        <translation>Упозорење о садржају: извештаји и чланци у овом материјалу описују трговину људима: насиље, сексуално злостављање и искоришћавање одраслих и деце. Неки делови су узнемирујући.</translation>
    </message>
    <message>
        <source>Content notice: describes human trafficking and abuse</source>
        <translation>Упозорење о садржају: описује трговину људима и злостављање</translation>
    </message>
</context>
<context>
    <name>Vigil::Core::ProfileRenderer</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln чланак</numerusform>
            <numerusform>%Ln чланка</numerusform>
            <numerusform>%Ln чланака</numerusform>
        </translation>
    </message>
    <message>
        <source>Source, as you gave it: %1</source>
        <translation>Извор, како сте га навели: %1</translation>
    </message>
    <message>
        <source>its reports run to %1, which is not a check of the number</source>
        <translation>њени извештаји сежу до %1, што није провера броја</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Линија за помоћ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копирај</translation>
    </message>
    <message>
        <source>the number</source>
        <translation>број</translation>
    </message>
    <message>
        <source>(not verified: not a valid telephone number as written)</source>
        <translation>(није проверено: овако написан, ово није исправан телефонски број)</translation>
    </message>
    <message>
        <source>(added by you)</source>
        <translation>(ваш унос)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Радно време</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Језици</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Напомене</translation>
    </message>
    <message>
        <source>Help for victims</source>
        <translation>Помоћ жртвама</translation>
    </message>
    <message>
        <source>No hotline is known for %1.</source>
        <translation>За земљу %1 није позната ниједна линија за помоћ.</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>Чланци у библиотеци</translation>
    </message>
    <message>
        <source>The library has no articles about %1 yet.</source>
        <translation>Библиотека још нема чланака о земљи %1.</translation>
    </message>
    <message>
        <source>%1 about %2.</source>
        <translation>%2: %1.</translation>
    </message>
    <message>
        <source>By year of publication</source>
        <translation>По години објављивања</translation>
    </message>
    <message>
        <source>(%1 without a date not shown)</source>
        <translation>(без датума, није приказано: %1)</translation>
    </message>
    <message>
        <source>Articles about %1 by year</source>
        <translation>Чланци о земљи %1 по годинама</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>По темама</translation>
    </message>
    <message>
        <source>Articles about %1 by topic</source>
        <translation>Чланци о земљи %1 по темама</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>Профил земље</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Упозорење</translation>
    </message>
    <message>
        <source>Caution.</source>
        <translation>Упозорење.</translation>
    </message>
    <message>
        <source>For students and teachers</source>
        <translation>За ученике и наставнике</translation>
    </message>
    <message>
        <source>No hotline is known.</source>
        <translation>Није позната ниједна линија за помоћ.</translation>
    </message>
    <message>
        <source>Country unknown</source>
        <translation>Земља непозната</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hotline(s)</source>
        <translation>
            <numerusform>%Ln линија за помоћ</numerusform>
            <numerusform>%Ln линије за помоћ</numerusform>
            <numerusform>%Ln линија за помоћ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln country(s)</source>
        <translation>
            <numerusform>%Ln земља</numerusform>
            <numerusform>%Ln земље</numerusform>
            <numerusform>%Ln земаља</numerusform>
        </translation>
    </message>
    <message>
        <source>Hotlines for victims of trafficking</source>
        <translation>Линије за помоћ жртвама трговине људима</translation>
    </message>
    <message>
        <source>Hotlines</source>
        <translation>Линије за помоћ</translation>
    </message>
    <message>
        <source>%1. Numbers change: check a number with its source before you rely on it.</source>
        <translation>%1. Бројеви се мењају: проверите број код његовог извора пре него што се на њега ослоните.</translation>
    </message>
</context>
<context>
    <name>Vigil::Core::RenderParts</name>
    <message>
        <source>Source:</source>
        <translation>Извор:</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Основни подаци</translation>
    </message>
    <message>
        <source>Trafficking in Persons Report</source>
        <translation>Извештај о трговини људима</translation>
    </message>
    <message>
        <source>Known to the year</source>
        <translation>Познато до године</translation>
    </message>
    <message>
        <source>Known to the month</source>
        <translation>Познато до месеца</translation>
    </message>
    <message>
        <source>Known to the day</source>
        <translation>Познато до дана</translation>
    </message>
    <message>
        <source>From the page %1 of %2.</source>
        <translation>Са странице %1 сајта %2.</translation>
    </message>
</context>
<context>
    <name>Vigil::Csl::CitationWorker</name>
    <message>
        <source>The style &quot;%1&quot; wrote nothing for this article.</source>
        <translation>Стил „%1“ није исписао ништа за овај чланак.</translation>
    </message>
</context>
<context>
    <name>Vigil::Csl::CslEngine</name>
    <message>
        <source>The citation engine is missing from this build (%1). Reinstall Vigil.</source>
        <translation>Механизам за цитирање недостаје у овом издању програма (%1). Поново инсталирајте Vigil.</translation>
    </message>
    <message>
        <source>The citation engine failed to start: %1. Reinstall Vigil.</source>
        <translation>Механизам за цитирање није успео да се покрене: %1. Поново инсталирајте Vigil.</translation>
    </message>
    <message>
        <source>The citation style &quot;%1&quot; cannot be read: %2. Choose another style.</source>
        <translation>Стил цитирања „%1“ не може да се прочита: %2. Изаберите други стил.</translation>
    </message>
    <message>
        <source>The citation style &quot;%1&quot; cannot be used: %2. Choose another style.</source>
        <translation>Стил цитирања „%1“ не може да се користи: %2. Изаберите други стил.</translation>
    </message>
    <message>
        <source>The citation style &quot;%1&quot; failed on these items: %2. Choose another style.</source>
        <translation>Стил цитирања „%1“ није успео за ове ставке: %2. Изаберите други стил.</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::AboutDialog</name>
    <message>
        <source>About Vigil</source>
        <translation>О програму Vigil</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Vigil %1&lt;/h2&gt;&lt;p&gt;An offline reader of reports and articles on human trafficking and modern-day slavery, organised by country. Vigil makes no network request.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;h3&gt;Content&lt;/h3&gt;&lt;p&gt;The bundled content comes from Prof. Martin Patt&apos;s website &lt;i&gt;Human Trafficking &amp;amp; Modern-day Slavery&lt;/i&gt;, saved as text.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cite this webpage as:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Vigil %1&lt;/h2&gt;&lt;p&gt;Ванмрежни читач извештаја и чланака о трговини људима и савременом ропству, разврстаних по земљама. Vigil не шаље никакве захтеве на мрежу.&lt;/p&gt;&lt;p&gt;Лиценцирано под условима лиценце GNU General Public License, верзије 3 или новије.&lt;/p&gt;&lt;h3&gt;Садржај&lt;/h3&gt;&lt;p&gt;Садржај који долази уз програм потиче са веб-сајта проф. Мартина Пата (Martin Patt) &lt;i&gt;Human Trafficking &amp;amp; Modern-day Slavery&lt;/i&gt;, сачуваног као текст.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Цитирајте ову веб-страницу овако:&lt;/b&gt; %3&lt;/p&gt;</translation>
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
        <translation>архива</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::BibliographyJobs</name>
    <message>
        <source>Formatting citations</source>
        <translation>Форматирање цитата</translation>
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
        <translation>APA, 7. изд.</translation>
    </message>
    <message>
        <source>MLA 9th</source>
        <translation>MLA, 9. изд.</translation>
    </message>
    <message>
        <source>Chicago author-date</source>
        <translation>Chicago (аутор–датум)</translation>
    </message>
    <message>
        <source>Chicago notes</source>
        <translation>Chicago (напомене)</translation>
    </message>
    <message>
        <source>Harvard</source>
        <translation>Harvard</translation>
    </message>
    <message>
        <source>Citation of this article</source>
        <translation>Цитат овог чланка</translation>
    </message>
    <message>
        <source>Citation style</source>
        <translation>Стил цитирања</translation>
    </message>
    <message>
        <source>Copy the citation</source>
        <translation>Копирај цитат</translation>
    </message>
    <message>
        <source>Copy the citation, formatted, for a word processor (Ctrl+Shift+C)</source>
        <translation>Копирај форматиран цитат за програм за обраду текста (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>More styles…</source>
        <translation>Још стилова…</translation>
    </message>
    <message>
        <source>C&amp;ite as</source>
        <translation>&amp;Цитирај као</translation>
    </message>
    <message>
        <source>Formatting the citation…</source>
        <translation>Форматирање цитата…</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>Копи&amp;рај</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::DetailPane</name>
    <message>
        <source>Choose a country or an article to read it here.</source>
        <translation>Изаберите земљу или чланак и овде ће се приказати.</translation>
    </message>
    <message>
        <source>The reading pane could not start: its module was not found (%1). Reinstall Vigil.</source>
        <translation>Окно за читање није могло да се покрене: његов модул није пронађен (%1). Поново инсталирајте Vigil.</translation>
    </message>
    <message>
        <source>Opening the reading pane…</source>
        <translation>Отварање окна за читање…</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::DialogSeam</name>
    <message>
        <source>Open in your web browser?</source>
        <translation>Отворити у веб-прегледачу?</translation>
    </message>
    <message>
        <source>This link leads out of Vigil to the internet:

%1

Opening it contacts that website and may be seen on your network. Open it in your web browser?</source>
        <translation>Ова веза води из програма Vigil на интернет:

%1

Отварањем се успоставља веза са тим веб-сајтом, што може бити видљиво на вашој мрежи. Да ли желите да је отворите у веб-прегледачу?</translation>
    </message>
    <message>
        <source>Before you read</source>
        <translation>Пре читања</translation>
    </message>
    <message>
        <source>The reports and articles in Vigil describe human trafficking: violence, sexual abuse and exploitation of adults and children. Some passages are distressing.

The yellow bar at the top always shows a hotline for the selected country, and Quick exit (the red button, F12, Ctrl+Shift+Q, or Shift pressed three times) closes Vigil at once, from any window, this one included.</source>
        <translation>Извештаји и чланци у програму Vigil описују трговину људима: насиље, сексуално злостављање и експлоатацију одраслих и деце. Неки делови су узнемирујући.

Жута трака на врху увек приказује линију за помоћ за изабрану земљу, а Брзи излаз (црвено дугме, F12, Ctrl+Shift+Q или три притиска на Shift) одмах затвара Vigil из било ког прозора, па и из овог.</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Не приказуј ово поново</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <source>Delete the list?</source>
        <translation>Обрисати листу?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the list “%1”, which holds %Ln article(s)? The articles stay in the library.</source>
        <translation>
            <numerusform>Обрисати листу „%1”, која садржи %Ln чланак? Чланак остаје у библиотеци.</numerusform>
            <numerusform>Обрисати листу „%1”, која садржи %Ln чланка? Чланци остају у библиотеци.</numerusform>
            <numerusform>Обрисати листу „%1”, која садржи %Ln чланака? Чланци остају у библиотеци.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Обриши листу</translation>
    </message>
    <message>
        <source>Clear my data?</source>
        <translation>Обрисати моје податке?</translation>
    </message>
    <message>
        <source>This removes everything Vigil keeps about you on this computer: settings, window layout, remembered filters and caches, any reading lists, notes and hotlines you added, and the pages you imported. The library Vigil comes with stays.

%1

This cannot be undone.</source>
        <translation>Овим се уклања све што Vigil чува о вама на овом рачунару: подешавања, распоред прозора, упамћени филтери и кеш, све листе за читање, белешке и линије за помоћ које сте додали, као и странице које сте увезли. Библиотека која долази уз Vigil остаје.

%1

Ово не може да се поништи.</translation>
    </message>
    <message>
        <source>Clear my data</source>
        <translation>Обриши моје податке</translation>
    </message>
    <message>
        <source>Import lists and notes?</source>
        <translation>Увести листе и белешке?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Увези</translation>
    </message>
    <message>
        <source>Import pages</source>
        <translation>Увези странице</translation>
    </message>
    <message>
        <source>Saved pages (*.txt *.html *.htm);;All files (*)</source>
        <translation>Сачуване странице (*.txt *.html *.htm);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>Remove the page?</source>
        <translation>Уклонити страницу?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the page “%1” and its %Ln article(s) from your library?</source>
        <translation>
            <numerusform>Уклонити страницу „%1” и њен %Ln чланак из библиотеке?</numerusform>
            <numerusform>Уклонити страницу „%1” и њена %Ln чланка из библиотеке?</numerusform>
            <numerusform>Уклонити страницу „%1” и њених %Ln чланака из библиотеке?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reading lists and notes stay; an article of the page that is in a list comes back when you import the page again.</source>
        <translation>Ваше листе за читање и белешке остају; чланак са ове странице који је на некој листи вратиће се када поново увезете страницу.</translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation>Уклони страницу</translation>
    </message>
    <message>
        <source>Remove the hotline?</source>
        <translation>Уклонити линију за помоћ?</translation>
    </message>
    <message>
        <source>Remove “%1” from your hotlines? Hotlines from the library&apos;s pages stay.</source>
        <translation>Уклонити „%1“ из ваших линија за помоћ? Линије за помоћ са страница библиотеке остају.</translation>
    </message>
    <message>
        <source>Remove hotline</source>
        <translation>Уклони линију</translation>
    </message>
    <message>
        <source>Open data pack</source>
        <translation>Отвори пакет података</translation>
    </message>
    <message>
        <source>Data packs (*.vigilpack);;All files (*)</source>
        <translation>Пакети података (*.vigilpack);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>The reports and articles are shown in English, as they were published: only Vigil&apos;s own words are translated.</source>
        <translation>Извештаји и чланци приказани су на енглеском, онако како су објављени: преведене су само речи самог програма Vigil.</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::FilterBar</name>
    <message>
        <source>any year</source>
        <translation>било која година</translation>
    </message>
    <message>
        <source>&amp;PDF only</source>
        <translation>&amp;Само PDF</translation>
    </message>
    <message>
        <source>Search titles, sources and text (Ctrl+F)</source>
        <translation>Претражи наслове, изворе и текст (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Претрага чланака</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Од године</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>До године</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Извор</translation>
    </message>
    <message>
        <source>Featured or archive</source>
        <translation>Истакнути или из архиве</translation>
    </message>
    <message>
        <source>Featured only</source>
        <translation>Само истакнути</translation>
    </message>
    <message>
        <source>Archive only</source>
        <translation>Само из архиве</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Обриши филтере</translation>
    </message>
    <message>
        <source>Remove every filter (%1)</source>
        <translation>Уклони све филтере (%1)</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>&amp;Године</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Све теме</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Сви извори</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Уклони овај филтер</translation>
    </message>
    <message>
        <source>Remove filter: %1</source>
        <translation>Уклони филтер: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Претрага: %1</translation>
    </message>
    <message>
        <source>Years: %1–%2</source>
        <translation>Године: %1–%2</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Извор: %1</translation>
    </message>
    <message>
        <source>PDF only</source>
        <translation>Само PDF</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Сви уноси</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::HelpDialog</name>
    <message>
        <source>Vigil Help</source>
        <translation>Помоћ за Vigil</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reading with Vigil&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Left:&lt;/b&gt; countries by region, with their article counts; “All articles”; the source pages. Choosing a country filters the list and shows its profile. “Show all countries” also lists countries without articles.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Middle:&lt;/b&gt; the search field, filters and the article list. Every active filter shows as a chip; click a chip to remove it, or “Clear filters”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Right:&lt;/b&gt; the article or country profile, and under it the citation in the style you choose. Topic and country links filter the list.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Top:&lt;/b&gt; the hotline of the selected country. It is always there.&lt;/p&gt;&lt;p&gt;&lt;b&gt;A smaller window&lt;/b&gt; keeps the article readable: the countries give way first, then the list moves above the article. View ▸ Countries pane and View ▸ Article list hide or show them; so does dragging the line between two panes shut.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Читање у програму Vigil&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Лево:&lt;/b&gt; земље по регионима, са бројем чланака; „Сви чланци“; изворне странице. Избор земље филтрира листу и приказује профил земље. „Прикажи све земље“ приказује и земље без чланака.&lt;/p&gt;&lt;p&gt;&lt;b&gt;У средини:&lt;/b&gt; поље за претрагу, филтери и листа чланака. Сваки активан филтер приказује се као ознака; кликните на ознаку да бисте уклонили филтер или на „Обриши филтере“.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Десно:&lt;/b&gt; чланак или профил земље, а испод њега цитат у стилу који изаберете. Везе ка темама и земљама филтрирају листу.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Горе:&lt;/b&gt; линија за помоћ изабране земље. Увек је ту.&lt;/p&gt;&lt;p&gt;&lt;b&gt;У мањем прозору&lt;/b&gt; чланак остаје читљив: прво се склањају земље, а затим се листа премешта изнад чланка. Приказ ▸ Окно земаља и Приказ ▸ Листа чланака их сакривају или приказују; исто се постиже и превлачењем линије између два окна до краја.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc (in the search field)&lt;/td&gt;&lt;td&gt;Clear the search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+Backspace&lt;/td&gt;&lt;td&gt;Clear all filters&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1, Ctrl+2, Ctrl+3&lt;/td&gt;&lt;td&gt;Go to countries, articles, reading pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, Shift+Tab&lt;/td&gt;&lt;td&gt;Next, previous control; in the reading pane, next and previous link&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Up, Down, Enter&lt;/td&gt;&lt;td&gt;Move in the article list; open the article&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Page Down, Space, Home, End&lt;/td&gt;&lt;td&gt;Scroll the reading pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt+Left, Alt+Right&lt;/td&gt;&lt;td&gt;Back, Forward: what the reading pane showed before (the mouse&apos;s back and forward buttons too)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt&lt;/td&gt;&lt;td&gt;The menus: File, Edit, View, Go, Help. Every command is there with its key; Help ▸ Keyboard shortcuts (Ctrl+/) lists them all&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl++, Ctrl+-, Ctrl+0&lt;/td&gt;&lt;td&gt;Larger, smaller, normal text in the reading pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+1, Ctrl+Shift+2&lt;/td&gt;&lt;td&gt;Hide or show the countries, the article list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+C&lt;/td&gt;&lt;td&gt;Copy the citation of the article being read&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+P, Ctrl+P, Ctrl+Shift+S&lt;/td&gt;&lt;td&gt;Print preview, print, save as PDF a handout of the article read, or of the reading list or country chosen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+H&lt;/td&gt;&lt;td&gt;All hotlines&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F12, Ctrl+Shift+Q, or Shift three times within two seconds&lt;/td&gt;&lt;td&gt;&lt;b&gt;Quick exit&lt;/b&gt;: hides every window of Vigil at once, blanks the reading pane, clears the clipboard if it holds what you copied from Vigil, and quits without a question. It works from every window and dialog, and the red Quick exit button is in each of them. The next start shows the start view, not what you were reading.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F1&lt;/td&gt;&lt;td&gt;This help&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Discreet mode&lt;/h3&gt;&lt;p&gt;On unless you turn it off (View ▸ Discreet mode). The window title, which the taskbar and window lists show, is only “Vigil”, never the article or country; and Vigil does not reopen the last country, article or filters at the next start. Vigil keeps no list of recent files, makes no thumbnails and leaves no browser history or cache: its reading pane keeps nothing on disk.&lt;/p&gt;&lt;h3&gt;One Vigil at a time&lt;/h3&gt;&lt;p&gt;Starting Vigil again brings the open window to the front, so quick exit always closes everything.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Тастатура&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Претрага&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc (у пољу за претрагу)&lt;/td&gt;&lt;td&gt;Брисање претраге&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+Backspace&lt;/td&gt;&lt;td&gt;Брисање свих филтера&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1, Ctrl+2, Ctrl+3&lt;/td&gt;&lt;td&gt;Прелазак на земље, чланке, окно за читање&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, Shift+Tab&lt;/td&gt;&lt;td&gt;Следећа, претходна контрола; у окну за читање следећа и претходна веза&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Стрелице нагоре и надоле, Enter&lt;/td&gt;&lt;td&gt;Кретање кроз листу чланака; отварање чланка&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Page Down, размак, Home, End&lt;/td&gt;&lt;td&gt;Померање садржаја окна за читање&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt+стрелица лево, Alt+стрелица десно&lt;/td&gt;&lt;td&gt;Назад, Напред: оно што је окно за читање раније приказивало (то раде и дугмад за назад и напред на мишу)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt&lt;/td&gt;&lt;td&gt;Менији: Датотека, Уређивање, Приказ, Иди, Помоћ. Свака наредба је ту, са својим тастером; Помоћ ▸ Тастерске пречице (Ctrl+/) их приказује све&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl++, Ctrl+-, Ctrl+0&lt;/td&gt;&lt;td&gt;Већи, мањи, нормалан текст у окну за читање&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+1, Ctrl+Shift+2&lt;/td&gt;&lt;td&gt;Сакривање или приказивање земаља, листе чланака&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+C&lt;/td&gt;&lt;td&gt;Копирање цитата чланка који читате&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+P, Ctrl+P, Ctrl+Shift+S&lt;/td&gt;&lt;td&gt;Преглед пре штампања, штампање и чување у PDF-у материјала за поделу: за чланак који читате или за изабрану листу за читање или земљу&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+H&lt;/td&gt;&lt;td&gt;Све линије за помоћ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F12, Ctrl+Shift+Q или три пута Shift у року од две секунде&lt;/td&gt;&lt;td&gt;&lt;b&gt;Брзи излаз&lt;/b&gt;: одмах сакрива све прозоре програма Vigil, празни окно за читање, брише оставу (clipboard) ако садржи оно што сте копирали из програма Vigil и затвара програм без питања. Ради из сваког прозора и дијалога, а црвено дугме „Брзи излаз“ налази се у сваком од њих. При следећем покретању приказује се почетни приказ, а не оно што сте читали.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F1&lt;/td&gt;&lt;td&gt;Ова помоћ&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Дискретни режим&lt;/h3&gt;&lt;p&gt;Укључен је док га не искључите (Приказ ▸ Дискретни режим). Наслов прозора, који се види на траци задатака и у листама прозора, увек је само „Vigil“, никада чланак или земља; при следећем покретању Vigil не отвара поново последњу земљу, чланак нити филтере. Vigil не води листу недавних датотека, не прави сличице и не оставља историју прегледача нити кеш: окно за читање ништа не чува на диску.&lt;/p&gt;&lt;h3&gt;Само један Vigil истовремено&lt;/h3&gt;&lt;p&gt;Ако поново покренете Vigil, већ отворени прозор долази у први план, тако да брзи излаз увек затвара све.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Searching&lt;/h3&gt;&lt;p&gt;Type words: articles containing all of them are listed, best match first. Capitals, accents and script do not matter: &lt;code&gt;pristina&lt;/code&gt; finds PRIŠTINA, &lt;code&gt;dakovica&lt;/code&gt; finds Đakovica, and &lt;code&gt;Приштина&lt;/code&gt; finds Priština. British and American spellings find each other: &lt;code&gt;labour&lt;/code&gt; finds labor, &lt;code&gt;organisation&lt;/code&gt; finds organization, &lt;code&gt;centre&lt;/code&gt; finds center. While you type, the last word also finds the words it begins (&lt;code&gt;traff&lt;/code&gt; finds trafficking); a space after it searches for the whole word.&lt;/p&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;forced labour&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Every word, in any order; the same as &lt;code&gt;forced AND labour&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;debt bondage&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;The words side by side, in this order&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;begging OR beggars&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;trafficking -sexual&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Leaves out the articles with a word; also &lt;code&gt;trafficking NOT sexual&lt;/code&gt;, or a phrase: &lt;code&gt;-&quot;sex work&quot;&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;exploit*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Every word that begins so: exploitation, exploited&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;country:serbia&lt;/code&gt; &lt;code&gt;country:XK&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Articles about a country, by name or two-letter code&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;topic:child-labour&lt;/code&gt; &lt;code&gt;topic:&quot;debt bondage&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Articles on a topic, by its name&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;publisher:amnesty&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Part of the publisher&apos;s name&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;author:smith&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Part of an author&apos;s name&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;year:2004&lt;/code&gt; &lt;code&gt;year:2004..2008&lt;/code&gt;&lt;/td&gt;&lt;td&gt;A year, or the years from one to another; &lt;code&gt;year:2010..&lt;/code&gt; from 2010 on&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:pdf&lt;/code&gt;&lt;/td&gt;&lt;td&gt;PDF documents&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:featured&lt;/code&gt; &lt;code&gt;is:archive&lt;/code&gt;&lt;/td&gt;&lt;td&gt;The articles above the source page&apos;s archive, or those in it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;note:interview&lt;/code&gt; &lt;code&gt;note:&quot;border crossing&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;The articles whose note (yours, under the article) holds these words; plain words find your notes too&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;They combine: &lt;code&gt;labour topic:child-labour year:2010..&lt;/code&gt;. A field cannot be left out with a minus. What the search cannot follow is searched as words, and a note under the article count says so.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Претрага&lt;/h3&gt;&lt;p&gt;Унесите речи: приказују се чланци који садрже све те речи, најбољи погоци први. Велика и мала слова, дијакритички знаци и писмо нису битни: &lt;code&gt;pristina&lt;/code&gt; проналази PRIŠTINA, &lt;code&gt;dakovica&lt;/code&gt; проналази Đakovica, а &lt;code&gt;Приштина&lt;/code&gt; проналази Priština. Британски и амерички правопис проналазе један другог: &lt;code&gt;labour&lt;/code&gt; проналази labor, &lt;code&gt;organisation&lt;/code&gt; проналази organization, &lt;code&gt;centre&lt;/code&gt; проналази center. Док куцате, последња реч проналази и речи које њоме почињу (&lt;code&gt;traff&lt;/code&gt; проналази trafficking); размак иза ње тражи целу реч.&lt;/p&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;forced labour&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Све речи, било којим редом; исто што и &lt;code&gt;forced AND labour&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;debt bondage&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Речи једна до друге, овим редом&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;begging OR beggars&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Било која од две речи&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;trafficking -sexual&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Изоставља чланке у којима је нека реч; може и &lt;code&gt;trafficking NOT sexual&lt;/code&gt;, или израз: &lt;code&gt;-&quot;sex work&quot;&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;exploit*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Свака реч која тако почиње: exploitation, exploited&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;country:serbia&lt;/code&gt; &lt;code&gt;country:XK&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Чланци о некој земљи, по називу или двословном коду&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;topic:child-labour&lt;/code&gt; &lt;code&gt;topic:&quot;debt bondage&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Чланци на неку тему, по њеном називу&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;publisher:amnesty&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Део назива издавача&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;author:smith&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Део имена аутора&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;year:2004&lt;/code&gt; &lt;code&gt;year:2004..2008&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Година или године од једне до друге; &lt;code&gt;year:2010..&lt;/code&gt; од 2010. надаље&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:pdf&lt;/code&gt;&lt;/td&gt;&lt;td&gt;PDF документи&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:featured&lt;/code&gt; &lt;code&gt;is:archive&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Чланци изнад архиве изворне странице, односно они у архиви&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;note:interview&lt;/code&gt; &lt;code&gt;note:&quot;border crossing&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Чланци чија белешка (ваша, испод чланка) садржи те речи; обичне речи такође претражују ваше белешке&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Могу се комбиновати: &lt;code&gt;labour topic:child-labour year:2010..&lt;/code&gt;. Поље се не може изоставити знаком минус. Оно што претрага не уме да протумачи тражи се као обичне речи, а на то упозорава напомена испод броја чланака.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::HotlinePanel</name>
    <message>
        <source>&amp;Copy number</source>
        <translation>&amp;Копирај број</translation>
    </message>
    <message>
        <source>All hot&amp;lines</source>
        <translation>Све &amp;линије</translation>
    </message>
    <message>
        <source>&amp;My hotlines…</source>
        <translation>&amp;Моје линије…</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translation>Линије за помоћ</translation>
    </message>
    <message>
        <source>Add, change or remove hotlines you know</source>
        <translation>Додајте, измените или уклоните линије за помоћ које знате</translation>
    </message>
    <message>
        <source> &lt;a href=&quot;%1&quot; style=&quot;color:%2&quot;&gt;Add a hotline you know…&lt;/a&gt;</source>
        <translation> &lt;a href=&quot;%1&quot; style=&quot;color:%2&quot;&gt;Додајте линију за помоћ коју знате…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;HELP &amp;amp; HOTLINES: %1&lt;/b&gt; — no hotline is known for %1 in this library. In an emergency call the local emergency number. “All hotlines” lists every hotline the library has.</source>
        <translation>&lt;b&gt;ЛИНИЈЕ ЗА ПОМОЋ: %1&lt;/b&gt; — за ову земљу (%1) у библиотеци није позната ниједна линија за помоћ. У хитном случају позовите локални број за хитне случајеве. „Све линије“ приказује све линије за помоћ из библиотеке.</translation>
    </message>
    <message>
        <source>Help and hotlines: %1. No hotline is known for %1 in this library.</source>
        <translation>Линије за помоћ: %1. За ову земљу (%1) у библиотеци није позната ниједна линија за помоћ.</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>није проверена</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>ваш унос</translation>
    </message>
    <message>
        <source>your source: %1</source>
        <translation>ваш извор: %1</translation>
    </message>
    <message>
        <source>its reports run to %1; the number itself was not checked</source>
        <translation>извештаји извора сежу до %1; сам број није проверен</translation>
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
        <translation>Копирај %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;HELP &amp;amp; HOTLINES: %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;ЛИНИЈЕ ЗА ПОМОЋ: %1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Help and hotlines: %1. %2</source>
        <translation>Линије за помоћ: %1. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;HELP &amp;amp; HOTLINES&lt;/b&gt; — choose a country to see its hotline, or open “All hotlines”. In an emergency call the local emergency number.</source>
        <translation>&lt;b&gt;ЛИНИЈЕ ЗА ПОМОЋ&lt;/b&gt; — изаберите земљу да бисте видели њену линију за помоћ или отворите „Све линије“. У хитном случају позовите локални број за хитне случајеве.</translation>
    </message>
    <message>
        <source>Help and hotlines: choose a country to see its hotline.</source>
        <translation>Линије за помоћ: изаберите земљу да бисте видели њену линију за помоћ.</translation>
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
        <translation>Копирано: %1</translation>
    </message>
    <message>
        <source>Your note is not saved yet; Vigil tries again as you type. %1</source>
        <translation>Ваша белешка још није сачувана; Vigil покушава поново док куцате. %1</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Земље</translation>
    </message>
    <message>
        <source>Show &amp;all countries</source>
        <translation>Прикажи све &amp;земље</translation>
    </message>
    <message>
        <source>Library problem</source>
        <translation>Проблем са библиотеком</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Чланци</translation>
    </message>
    <message>
        <source>%1 – Vigil</source>
        <translation>%1 – Vigil</translation>
    </message>
    <message>
        <source>Discreet mode is on: the title shows only “Vigil”, and the next start opens nothing you read.</source>
        <translation>Дискретни режим је укључен: наслов приказује само „Vigil“, а при следећем покретању неће се отворити ништа од онога што сте читали.</translation>
    </message>
    <message>
        <source>Discreet mode is off: the title shows what you read, and the next start reopens it.</source>
        <translation>Дискретни режим је искључен: наслов приказује оно што читате, а при следећем покретању то се поново отвара.</translation>
    </message>
    <message>
        <source>The library could not be read; see the message above the list.</source>
        <translation>Библиотека није могла да се прочита; погледајте поруку изнад листе.</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Све земље</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Претрага…</translation>
    </message>
    <message>
        <source>&lt;p&gt;No article matches these filters.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Clear all filters&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ниједан чланак не одговара овим филтерима.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Обриши све филтере&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This library has no articles yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ова библиотека још нема чланака.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quick e&amp;xit</source>
        <translation>&amp;Брзи излаз</translation>
    </message>
    <message>
        <source>Hide and close Vigil at once (F12, Ctrl+Shift+Q, or Shift three times)</source>
        <translation>Одмах сакриј и затвори Vigil (F12, Ctrl+Shift+Q или три пута Shift)</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>&amp;Отвори библиотеку…</translation>
    </message>
    <message>
        <source>Show another Vigil library file</source>
        <translation>Прикажи другу датотеку библиотеке за Vigil</translation>
    </message>
    <message>
        <source>Open the &amp;bundled library</source>
        <translation>Отвори &amp;уграђену библиотеку</translation>
    </message>
    <message>
        <source>Show the library Vigil comes with, and the pages you imported</source>
        <translation>Прикажи библиотеку која долази уз Vigil и странице које сте увезли</translation>
    </message>
    <message>
        <source>Import p&amp;ages…</source>
        <translation>Увези &amp;странице…</translation>
    </message>
    <message>
        <source>Add saved pages of the site (text or HTML) to your own library</source>
        <translation>Додај сачуване странице сајта (текст или HTML) у сопствену библиотеку</translation>
    </message>
    <message>
        <source>Open data pac&amp;k…</source>
        <translation>Отвори &amp;пакет података…</translation>
    </message>
    <message>
        <source>Import a data pack of pages and hotlines that a team shares, after seeing who signed it and what it changes</source>
        <translation>Увези пакет података са страницама и линијама за помоћ који тим дели, пошто видите ко га је потписао и шта мења</translation>
    </message>
    <message>
        <source>&amp;Trusted publishers…</source>
        <translation>Поу&amp;здани издавачи…</translation>
    </message>
    <message>
        <source>The publishers whose signed data packs you trust: add or remove them</source>
        <translation>Издавачи чијим потписаним пакетима података верујете: додајте их или уклоните</translation>
    </message>
    <message>
        <source>Export my &amp;lists and notes…</source>
        <translation>Извези моје &amp;листе и белешке…</translation>
    </message>
    <message>
        <source>Save your reading lists and notes to one file, to take to another computer</source>
        <translation>Сачувај своје листе за читање и белешке у једну датотеку, да бисте их пренели на други рачунар</translation>
    </message>
    <message>
        <source>&amp;Import lists and notes…</source>
        <translation>У&amp;вези листе и белешке…</translation>
    </message>
    <message>
        <source>Add the reading lists and notes of an exported file to yours</source>
        <translation>Додај листе за читање и белешке из извезене датотеке својима</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Са&amp;чувај као PDF…</translation>
    </message>
    <message>
        <source>Save a handout as PDF: of the article being read, or of the reading list or country chosen in the country tree</source>
        <translation>Сачувај материјал за поделу као PDF: за чланак који читате или за листу за читање или земљу изабрану у стаблу земаља</translation>
    </message>
    <message>
        <source>&amp;Export citations…</source>
        <translation>Извези &amp;цитате…</translation>
    </message>
    <message>
        <source>Save the citations of the articles the list shows as BibTeX, RIS or CSL-JSON</source>
        <translation>Сачувај цитате чланака приказаних у листи као BibTeX, RIS или CSL-JSON</translation>
    </message>
    <message>
        <source>Copy bibliograph&amp;y</source>
        <translation>Копирај библиогра&amp;фију</translation>
    </message>
    <message>
        <source>Copy the bibliography of the articles the list shows, in the style chosen under the reading pane, formatted for a word processor</source>
        <translation>Копирај библиографију чланака приказаних у листи, у стилу изабраном испод окна за читање, форматирану за програм за обраду текста</translation>
    </message>
    <message>
        <source>Save biblio&amp;graphy…</source>
        <translation>Сачувај библио&amp;графију…</translation>
    </message>
    <message>
        <source>Save the bibliography of the articles the list shows, in the style chosen under the reading pane, as text, HTML or RTF</source>
        <translation>Сачувај библиографију чланака приказаних у листи, у стилу изабраном испод окна за читање, као текст, HTML или RTF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Штампај…</translation>
    </message>
    <message>
        <source>Print a handout: of the article being read, or of the reading list or country chosen in the country tree</source>
        <translation>Одштампај материјал за поделу: за чланак који читате или за листу за читање или земљу изабрану у стаблу земаља</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>П&amp;реглед пре штампања…</translation>
    </message>
    <message>
        <source>See a handout&apos;s pages before printing: of the article being read, or of the reading list or country chosen in the country tree</source>
        <translation>Погледај странице материјала за поделу пре штампања: за чланак који читате или за листу за читање или земљу изабрану у стаблу земаља</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изађи</translation>
    </message>
    <message>
        <source>Close Vigil, keeping your settings</source>
        <translation>Затвори Vigil и задржи подешавања</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <source>Copy the text selected in the reading pane, or the chosen article&apos;s citation</source>
        <translation>Копирај текст изабран у окну за читање или цитат изабраног чланка</translation>
    </message>
    <message>
        <source>Copy ci&amp;tation</source>
        <translation>Копирај &amp;цитат</translation>
    </message>
    <message>
        <source>Copy the citation of the article being read, in the style chosen under it</source>
        <translation>Копирај цитат чланка који читате, у стилу изабраном испод њега</translation>
    </message>
    <message>
        <source>Add to &amp;reading list</source>
        <translation>Додај на &amp;листу за читање</translation>
    </message>
    <message>
        <source>Add the article being read to your reading list, or take it out</source>
        <translation>Додај чланак који читате на листу за читање или га уклони са ње</translation>
    </message>
    <message>
        <source>&amp;New reading list…</source>
        <translation>&amp;Нова листа за читање…</translation>
    </message>
    <message>
        <source>Make a reading list of your own, with a name</source>
        <translation>Направи сопствену листу за читање, са називом</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Пронађи…</translation>
    </message>
    <message>
        <source>Search the articles</source>
        <translation>Претражи чланке</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Обриши филтере</translation>
    </message>
    <message>
        <source>Show every article of every country</source>
        <translation>Прикажи све чланке свих земаља</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увећај</translation>
    </message>
    <message>
        <source>Larger text in the reading pane</source>
        <translation>Већи текст у окну за читање</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;мањи</translation>
    </message>
    <message>
        <source>Smaller text in the reading pane</source>
        <translation>Мањи текст у окну за читање</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Нормална &amp;величина</translation>
    </message>
    <message>
        <source>The reading pane&apos;s text at its normal size</source>
        <translation>Текст окна за читање у нормалној величини</translation>
    </message>
    <message>
        <source>&amp;Countries pane</source>
        <translation>Окно &amp;земаља</translation>
    </message>
    <message>
        <source>Show or hide the list of countries</source>
        <translation>Прикажи или сакриј листу земаља</translation>
    </message>
    <message>
        <source>&amp;Article list</source>
        <translation>&amp;Листа чланака</translation>
    </message>
    <message>
        <source>Show or hide the list of articles</source>
        <translation>Прикажи или сакриј листу чланака</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Цео екран</translation>
    </message>
    <message>
        <source>Use the whole screen for Vigil</source>
        <translation>Користи цео екран за Vigil</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>Системске &amp;боје</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светла</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тамна</translation>
    </message>
    <message>
        <source>Colours of the window and the reading pane</source>
        <translation>Боје прозора и окна за читање</translation>
    </message>
    <message>
        <source>D&amp;iscreet mode</source>
        <translation>&amp;Дискретни режим</translation>
    </message>
    <message>
        <source>The window title shows only “Vigil”, and the next start does not reopen what you read</source>
        <translation>Наслов прозора приказује само „Vigil“, а следеће покретање не отвара поново оно што сте читали</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Show what the reading pane showed before</source>
        <translation>Прикажи оно што је окно за читање раније приказивало</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>На&amp;пред</translation>
    </message>
    <message>
        <source>Show again what Back left</source>
        <translation>Поново прикажи оно што сте напустили командом Назад</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Земље</translation>
    </message>
    <message>
        <source>Move the keyboard to the countries</source>
        <translation>Премести фокус тастатуре на земље</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Чланци</translation>
    </message>
    <message>
        <source>Move the keyboard to the list of articles</source>
        <translation>Премести фокус тастатуре на листу чланака</translation>
    </message>
    <message>
        <source>&amp;Reading pane</source>
        <translation>&amp;Окно за читање</translation>
    </message>
    <message>
        <source>Move the keyboard into the article, to scroll and follow links</source>
        <translation>Премести фокус тастатуре у чланак, ради померања и праћења веза</translation>
    </message>
    <message>
        <source>All &amp;hotlines</source>
        <translation>Све &amp;линије за помоћ</translation>
    </message>
    <message>
        <source>Every hotline in the library, by country</source>
        <translation>Све линије за помоћ у библиотеци, по земљама</translation>
    </message>
    <message>
        <source>&amp;My hotlines…</source>
        <translation>&amp;Моје линије за помоћ…</translation>
    </message>
    <message>
        <source>Add, change or remove hotlines you know, for any country</source>
        <translation>Додајте, измените или уклоните линије за помоћ које знате, за било коју земљу</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>П&amp;омоћ</translation>
    </message>
    <message>
        <source>How to use Vigil, and how to search</source>
        <translation>Како се користи Vigil и како се претражује</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Тастерске пречице</translation>
    </message>
    <message>
        <source>Every key Vigil answers to</source>
        <translation>Сви тастери на које Vigil реагује</translation>
    </message>
    <message>
        <source>&amp;About Vigil</source>
        <translation>О &amp;програму Vigil</translation>
    </message>
    <message>
        <source>Version, licence and where the articles come from</source>
        <translation>Верзија, лиценца и порекло чланака</translation>
    </message>
    <message>
        <source>&amp;Clear my data…</source>
        <translation>Обриши &amp;моје податке…</translation>
    </message>
    <message>
        <source>Remove your settings and saved data from this computer</source>
        <translation>Уклони своја подешавања и сачуване податке са овог рачунара</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Главна трака</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Датотека</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Уређивање</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Приказ</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Величина текста</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Иди</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <source>Copy &amp;title</source>
        <translation>Копирај &amp;наслов</translation>
    </message>
    <message>
        <source>Title copied</source>
        <translation>Наслов је копиран</translation>
    </message>
    <message>
        <source>E&amp;xport citation…</source>
        <translation>&amp;Извези цитат…</translation>
    </message>
    <message>
        <source>Show &amp;country: %1</source>
        <translation>Прикажи &amp;земљу: %1</translation>
    </message>
    <message>
        <source>Show &amp;profile and articles</source>
        <translation>Прикажи &amp;профил и чланке</translation>
    </message>
    <message>
        <source>&amp;Remove this page…</source>
        <translation>&amp;Уклони ову страницу…</translation>
    </message>
    <message>
        <source>Remove this page… (only pages you imported)</source>
        <translation>Уклони ову страницу… (само странице које сте увезли)</translation>
    </message>
    <message>
        <source>Co&amp;llapse</source>
        <translation>С&amp;купи</translation>
    </message>
    <message>
        <source>&amp;Expand</source>
        <translation>&amp;Рашири</translation>
    </message>
    <message>
        <source>Expand &amp;all</source>
        <translation>Рашири &amp;све</translation>
    </message>
    <message>
        <source>Collapse a&amp;ll</source>
        <translation>Скупи с&amp;ве</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Изабери &amp;све</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Тастерске пречице</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Наредба</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Тастери</translation>
    </message>
    <message>
        <source>F12, Ctrl+Shift+Q, or Shift three times</source>
        <translation>F12, Ctrl+Shift+Q или три пута Shift</translation>
    </message>
    <message>
        <source>Open the chosen article</source>
        <translation>Отварање изабраног чланка</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Move between panes</source>
        <translation>Прелазак између окана</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Copied the selected text</source>
        <translation>Изабрани текст је копиран</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Отвори библиотеку</translation>
    </message>
    <message>
        <source>Vigil libraries (*.sqlite *.vigil *.db);;All files (*)</source>
        <translation>Библиотеке за Vigil (*.sqlite *.vigil *.db);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>%1 cannot be shown.

%2

The library shown now stays open.</source>
        <translation>%1 не може да се прикаже.

%2

Библиотека која је сада приказана остаје отворена.</translation>
    </message>
    <message>
        <source>Vigil could not format the bibliography: %1 Choose another style under the reading pane and try again.</source>
        <translation>Vigil није могао да форматира библиографију: %1 Изаберите други стил испод окна за читање и покушајте поново.</translation>
    </message>
    <message>
        <source>Copy bibliography</source>
        <translation>Копирај библиографију</translation>
    </message>
    <message>
        <source>Save bibliography</source>
        <translation>Сачувај библиографију</translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation>Библиографија</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Обичан текст (*.txt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Rich text for word processors (*.rtf)</source>
        <translation>Обогаћени текст за програме за обраду текста (*.rtf)</translation>
    </message>
    <message>
        <source>Formatting the citation…</source>
        <translation>Форматирање цитата…</translation>
    </message>
    <message>
        <source>Citation copied (%1)</source>
        <translation>Цитат је копиран (%1)</translation>
    </message>
    <message>
        <source>Vigil lists and notes (*.json);;All files (*)</source>
        <translation>Листе и белешке програма Vigil (*.json);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>страница %1</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>чланак %1</translation>
    </message>
    <message>
        <source>Export my lists and notes</source>
        <translation>Извези моје листе и белешке</translation>
    </message>
    <message>
        <source>Your lists and notes are not available in this session.</source>
        <translation>Ваше листе и белешке нису доступне у овој сесији.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: you have no articles on a reading list, no lists of your own, no notes and no hotlines of your own.</source>
        <translation>Још нема шта да се извезе: немате чланке на листи за читање, сопствене листе, белешке ни сопствене линије за помоћ.</translation>
    </message>
    <message>
        <source>Exported %1, %2, %3 and %4 to %5</source>
        <translation>Извезено у %5 — %1, %2, %3, %4.</translation>
    </message>
    <message>
        <source>Import lists and notes</source>
        <translation>Увези листе и белешке</translation>
    </message>
    <message>
        <source>Everything in this file is already in your lists and notes.</source>
        <translation>Све из ове датотеке већ постоји у вашим листама и белешкама.</translation>
    </message>
    <message>
        <source>Importing adds %1, %2 and %3.</source>
        <translation>Увозом се додаје — %1, %2, %3.</translation>
    </message>
    <message>
        <source>My hotlines: %1 and %2.</source>
        <translation>Моје линије за помоћ — %1; %2.</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; и још %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ништа није увезено: %1</translation>
    </message>
    <message>
        <source>Imported %1, %2, %3 and %4; %5 merged with yours</source>
        <translation>Увезено — %1, %2, %3, %4; спојено са вашим белешкама: %5</translation>
    </message>
    <message>
        <source>The article list is empty, so there is nothing to export. Choose a country, a reading list or a search that finds articles, then export again.</source>
        <translation>Листа чланака је празна, па нема шта да се извезе. Изаберите земљу, листу за читање или претрагу која проналази чланке, па поново извезите.</translation>
    </message>
    <message>
        <source>Export citations</source>
        <translation>Извези цитате</translation>
    </message>
    <message>
        <source>Vigil citations</source>
        <translation>Vigil – цитати</translation>
    </message>
    <message>
        <source>Vigil could not write %1 (%2). Choose a folder you can write to, with some free space, and try again.</source>
        <translation>Vigil није могао да упише %1 (%2). Изаберите фасциклу у коју можете да уписујете и која има слободног простора, па покушајте поново.</translation>
    </message>
    <message>
        <source>Hotlines cannot be saved</source>
        <translation>Линије за помоћ не могу да се сачувају</translation>
    </message>
    <message>
        <source>Vigil could not open the file where it keeps your own data, so a hotline you add would be lost. Restart Vigil; if this stays, check that your home folder has free space.</source>
        <translation>Vigil није могао да отвори датотеку у којој чува ваше податке, па би линија за помоћ коју додате била изгубљена. Поново покрените Vigil; ако се ово понови, проверите да ли у вашој личној фасцикли има слободног простора.</translation>
    </message>
    <message>
        <source>Import pages</source>
        <translation>Увези странице</translation>
    </message>
    <message>
        <source>Vigil cannot read its own country tables: %1</source>
        <translation>Vigil не може да прочита сопствене табеле земаља: %1</translation>
    </message>
    <message>
        <source>Reading the pages…</source>
        <translation>Читање страница…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Увоз је отказан: ништа није увезено.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ништа није увезено.</translation>
    </message>
    <message>
        <source>Importing the pages…</source>
        <translation>Увоз страница…</translation>
    </message>
    <message>
        <source>The pages were not imported: %1</source>
        <translation>Странице нису увезене: %1</translation>
    </message>
    <message>
        <source>Removing the page…</source>
        <translation>Уклањање странице…</translation>
    </message>
    <message>
        <source>Remove the page</source>
        <translation>Уклони страницу</translation>
    </message>
    <message>
        <source>The page was not removed: %1</source>
        <translation>Страница није уклоњена: %1</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Уклоњено: „%1“.</translation>
    </message>
    <message>
        <source>The window is too narrow for the countries pane; make it wider to see it.</source>
        <translation>Прозор је преуск за окно земаља; проширите га да бисте га видели.</translation>
    </message>
    <message>
        <source>Your notes are not available in this session.</source>
        <translation>Ваше белешке нису доступне у овој сесији.</translation>
    </message>
    <message>
        <source>Your reading lists are not available in this session.</source>
        <translation>Ваше листе за читање нису доступне у овој сесији.</translation>
    </message>
    <message>
        <source>Open an article first, then add it to a reading list.</source>
        <translation>Прво отворите чланак, па га додајте на листу за читање.</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>Листе за читање</translation>
    </message>
    <message>
        <source>Added to “%1”</source>
        <translation>Додато на листу „%1“</translation>
    </message>
    <message>
        <source>Removed from “%1”</source>
        <translation>Уклоњено са листе „%1“</translation>
    </message>
    <message>
        <source>New reading list</source>
        <translation>Нова листа за читање</translation>
    </message>
    <message>
        <source>Added to the new list “%1”</source>
        <translation>Додато на нову листу „%1“</translation>
    </message>
    <message>
        <source>Made the list “%1”</source>
        <translation>Направљена је листа „%1“</translation>
    </message>
    <message>
        <source>Rename reading list</source>
        <translation>Преименуј листу за читање</translation>
    </message>
    <message>
        <source>Delete reading list</source>
        <translation>Обриши листу за читање</translation>
    </message>
    <message>
        <source>Add to &amp;list</source>
        <translation>Додај на &amp;другу листу</translation>
    </message>
    <message>
        <source>&amp;New list…</source>
        <translation>&amp;Нова листа…</translation>
    </message>
    <message>
        <source>Re&amp;name list…</source>
        <translation>Пре&amp;именуј листу…</translation>
    </message>
    <message>
        <source>&amp;Delete list…</source>
        <translation>&amp;Обриши листу…</translation>
    </message>
    <message>
        <source>Open data pack</source>
        <translation>Отвори пакет података</translation>
    </message>
    <message>
        <source>No library is open to import the pack into.</source>
        <translation>Није отворена ниједна библиотека у коју би се пакет увезао.</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>Провера пакета…</translation>
    </message>
    <message>
        <source>“%1” was not opened. %2</source>
        <translation>Пакет „%1“ није отворен. %2</translation>
    </message>
    <message>
        <source>“%1” was not opened: Vigil could not write its pages to a temporary folder (%2). Check that the disk has free space.</source>
        <translation>Пакет „%1“ није отворен: Vigil није могао да упише његове странице у привремену фасциклу (%2). Проверите да ли на диску има слободног простора.</translation>
    </message>
    <message>
        <source>Reading the pack&apos;s pages…</source>
        <translation>Читање страница пакета…</translation>
    </message>
    <message>
        <source>“%1” was not imported: one of its pages cannot be read. %2</source>
        <translation>Пакет „%1“ није увезен: једна од његових страница не може да се прочита. %2</translation>
    </message>
    <message>
        <source>from a data pack signed by %1, fingerprint %2</source>
        <translation>из пакета података који је потписао %1, отисак %2</translation>
    </message>
    <message>
        <source>from an unsigned data pack</source>
        <translation>из непотписаног пакета података</translation>
    </message>
    <message>
        <source>The hotlines were not saved: %1</source>
        <translation>Линије за помоћ нису сачуване: %1</translation>
    </message>
    <message>
        <source>The pages were imported, but the hotlines were not saved: %1</source>
        <translation>Странице су увезене, али линије за помоћ нису сачуване: %1</translation>
    </message>
    <message>
        <source>Imported the pack “%1”: %2 and %3.</source>
        <translation>Увезен је пакет „%1“: %2 и %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n странице</numerusform>
            <numerusform>%n страница</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hotline(s)</source>
        <translation>
            <numerusform>%n линија за помоћ</numerusform>
            <numerusform>%n линије за помоћ</numerusform>
            <numerusform>%n линија за помоћ</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an article, or choose a country or a reading list in the tree; then %1.</source>
        <translation>Отворите чланак или изаберите земљу или листу за читање у стаблу; затим %1.</translation>
    </message>
    <message>
        <source>Formatting the handout’s citations…</source>
        <translation>Форматирање цитата за материјал…</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Цитати</translation>
    </message>
    <message>
        <source>Vigil could not format the citations: %1 Choose another style under the reading pane and try again.</source>
        <translation>Vigil није могао да форматира цитате: %1 Изаберите други стил испод окна за читање и покушајте поново.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Штампање…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Штампај</translation>
    </message>
    <message>
        <source>%1 Check the printer and try again.</source>
        <translation>%1 Проверите штампач и покушајте поново.</translation>
    </message>
    <message>
        <source>preview its handout</source>
        <translation>погледајте материјал пре штампања</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Преглед пре штампања</translation>
    </message>
    <message>
        <source>print its handout</source>
        <translation>одштампајте материјал</translation>
    </message>
    <message>
        <source>save its handout as PDF</source>
        <translation>сачувајте материјал као PDF</translation>
    </message>
    <message>
        <source>Vigil handout</source>
        <translation>Vigil – материјал</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сачувај као PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF датотеке (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Чување: %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сачувано: %1</translation>
    </message>
    <message>
        <source>Citation copied (BibTeX)</source>
        <translation>Цитат је копиран (BibTeX)</translation>
    </message>
    <message>
        <source>Citation copied (RIS)</source>
        <translation>Цитат је копиран (RIS)</translation>
    </message>
    <message>
        <source>All hotlines</source>
        <translation>Све линије за помоћ</translation>
    </message>
    <message>
        <source>Clear my data</source>
        <translation>Обриши моје податке</translation>
    </message>
    <message>
        <source>Your data was removed. Vigil will not save this session&apos;s settings.</source>
        <translation>Ваши подаци су уклоњени. Vigil неће сачувати подешавања ове сесије.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln article(s)</source>
        <translation>
            <numerusform>%1 од %Ln чланка</numerusform>
            <numerusform>%1 од %Ln чланка</numerusform>
            <numerusform>%1 од %Ln чланака</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Језик система</translation>
    </message>
    <message>
        <source>The language of your desktop, when Vigil speaks it; English otherwise</source>
        <translation>Језик вашег радног окружења, ако га Vigil говори; иначе енглески</translation>
    </message>
    <message>
        <source>Speak %1</source>
        <translation>Језик: %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Језик</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Језик</translation>
    </message>
    <message>
        <source>Vigil will speak %1 the next time it starts. Close Vigil and start it again.</source>
        <translation>Vigil ће при следећем покретању говорити језик: %1. Затворите Vigil и поново га покрените.</translation>
    </message>
    <message numerus="yes">
        <source>Formatting %n citation(s) in %1…</source>
        <translation>
            <numerusform>Форматирање %n цитата у стилу %1…</numerusform>
            <numerusform>Форматирање %n цитата у стилу %1…</numerusform>
            <numerusform>Форматирање %n цитата у стилу %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bibliography of %n article(s) copied (%1)</source>
        <translation>
            <numerusform>Библиографија %n чланка је копирана (%1)</numerusform>
            <numerusform>Библиографија %n чланка је копирана (%1)</numerusform>
            <numerusform>Библиографија %n чланака је копирана (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the bibliography of %n article(s) to %1</source>
        <translation>
            <numerusform>Библиографија %n чланка је сачувана у %1</numerusform>
            <numerusform>Библиографија %n чланка је сачувана у %1</numerusform>
            <numerusform>Библиографија %n чланака је сачувана у %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s)</source>
        <translation>
            <numerusform>%n листа</numerusform>
            <numerusform>%n листе</numerusform>
            <numerusform>%n листа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n унос</numerusform>
            <numerusform>%n уноса</numerusform>
            <numerusform>%n уноса</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n белешка</numerusform>
            <numerusform>%n белешке</numerusform>
            <numerusform>%n белешки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new list(s)</source>
        <translation>
            <numerusform>%n нова листа</numerusform>
            <numerusform>%n нове листе</numerusform>
            <numerusform>%n нових листа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) to your lists</source>
        <translation>
            <numerusform>%n унос у ваше листе</numerusform>
            <numerusform>%n уноса у ваше листе</numerusform>
            <numerusform>%n уноса у ваше листе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) differ from yours: each keeps your text, with the imported text under it.</source>
        <translation>
            <numerusform>%n белешка се разликује од ваше: задржава ваш текст, а увезени текст је испод њега.</numerusform>
            <numerusform>%n белешке се разликују од ваших: свака задржава ваш текст, а увезени текст је испод њега.</numerusform>
            <numerusform>%n белешки се разликује од ваших: свака задржава ваш текст, а увезени текст је испод њега.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n додата</numerusform>
            <numerusform>%n додате</numerusform>
            <numerusform>%n додатих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of yours changed to the file&apos;s (the same country and service)</source>
        <translation>
            <numerusform>%n ваша промењена према датотеци (иста земља и служба)</numerusform>
            <numerusform>%n ваше промењене према датотеци (иста земља и служба)</numerusform>
            <numerusform>%n ваших промењено према датотеци (иста земља и служба)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already here, left as they are.</source>
        <translation>
            <numerusform>%n белешка је већ овде и остаје каква јесте.</numerusform>
            <numerusform>%n белешке су већ овде и остају какве јесу.</numerusform>
            <numerusform>%n белешки је већ овде и остају какве јесу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) not in this library; their entries and notes are kept, and show when a library has them:</source>
        <translation>
            <numerusform>%n чланак није у овој библиотеци; његови уноси и белешке се чувају и појавиће се када га библиотека буде имала:</numerusform>
            <numerusform>%n чланка нису у овој библиотеци; њихови уноси и белешке се чувају и појавиће се када их библиотека буде имала:</numerusform>
            <numerusform>%n чланака није у овој библиотеци; њихови уноси и белешке се чувају и појавиће се када их библиотека буде имала:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n citation(s)</source>
        <translation>
            <numerusform>Извези %n цитат</numerusform>
            <numerusform>Извези %n цитата</numerusform>
            <numerusform>Извези %n цитата</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n citation(s) to %1</source>
        <translation>
            <numerusform>%n цитат је извезен у %1</numerusform>
            <numerusform>%n цитата су извезена у %1</numerusform>
            <numerusform>%n цитата је извезено у %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1”: %n article(s).</source>
        <translation>
            <numerusform>Увезено „%1”: %n чланак.</numerusform>
            <numerusform>Увезено „%1”: %n чланка.</numerusform>
            <numerusform>Увезено „%1”: %n чланака.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>Увезено: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n чланак</numerusform>
            <numerusform>%n чланка</numerusform>
            <numerusform>%n чланака</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln article(s). Choose one in the list to read it.</source>
        <translation>
            <numerusform>%1: %Ln чланак. Изаберите га у листи да бисте га прочитали.</numerusform>
            <numerusform>%1: %Ln чланка. Изаберите један у листи да бисте га прочитали.</numerusform>
            <numerusform>%1: %Ln чланака. Изаберите један у листи да бисте га прочитали.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add this article to your reading list, or take it out (Ctrl+D); the arrow chooses another list</source>
        <translation>Додајте овај чланак на листу за читање или га уклоните са ње (Ctrl+D); стрелица бира другу листу</translation>
    </message>
    <message>
        <source>This article is on your reading list; press to take it off</source>
        <translation>Овај чланак је на вашој листи за читање; притисните да га уклоните</translation>
    </message>
    <message>
        <source>Press to add this article to your reading list</source>
        <translation>Притисните да додате овај чланак на листу за читање</translation>
    </message>
    <message>
        <source>On your list</source>
        <translation>На листи</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>На листу</translation>
    </message>
    <message>
        <source>Open an article or a source page first, then copy its citation.</source>
        <translation>Прво отворите чланак или изворну страницу, па копирајте цитат.</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::MyHotlineEditor</name>
    <message>
        <source>Service name</source>
        <translation>Назив службе</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Број</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Радно време</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Језици</translation>
    </message>
    <message>
        <source>Where the number comes from</source>
        <translation>Одакле потиче број</translation>
    </message>
    <message>
        <source>Edit hotline</source>
        <translation>Измени линију за помоћ</translation>
    </message>
    <message>
        <source>Add a hotline</source>
        <translation>Додај линију за помоћ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Земља</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Напомене</translation>
    </message>
    <message>
        <source>As you would dial it in the country, or with its country code (+…)</source>
        <translation>Онако како бисте га бирали у тој земљи или са позивним бројем земље (+…)</translation>
    </message>
    <message>
        <source>Where you got the number, so others can check it</source>
        <translation>Где сте добили број, да би други могли да га провере</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Земља:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Служба:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>Бр&amp;ој:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Радно време:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Језици:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Напомене:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Извор:</translation>
    </message>
    <message>
        <source>Choose the country the hotline is for.</source>
        <translation>Изаберите земљу за коју важи линија за помоћ.</translation>
    </message>
    <message>
        <source>Give the service&apos;s name, for example the organisation that answers.</source>
        <translation>Унесите назив службе, на пример организације која одговара на позиве.</translation>
    </message>
    <message>
        <source>Give the number.</source>
        <translation>Унесите број.</translation>
    </message>
    <message>
        <source>“%1” is not a valid telephone number for %2. Check the digits, or write the number with its country code (+%3 …).</source>
        <translation>„%1“ није исправан телефонски број за земљу %2. Проверите цифре или упишите број са позивним бројем земље (+%3 …).</translation>
    </message>
    <message>
        <source>“%1” is a number of %2, not of %3. Choose %2 as the country, or check the number.</source>
        <translation>„%1“ је број за земљу %2, а не за земљу %3. Изаберите земљу %2 или проверите број.</translation>
    </message>
    <message>
        <source>Say where the number comes from (a leaflet, an organisation&apos;s site, a colleague), so that whoever reads it can check it.</source>
        <translation>Наведите одакле потиче број (летак, сајт организације, колега), да би свако ко га чита могао да га провери.</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::MyHotlinesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додај…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Измени…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Уклони</translation>
    </message>
    <message>
        <source>My hotlines</source>
        <translation>Моје линије за помоћ</translation>
    </message>
    <message>
        <source>Hotlines you added. They are kept on this computer only, shown in the yellow bar marked “added by you”, and removed by “Clear my data”.</source>
        <translation>Линије за помоћ које сте додали. Чувају се само на овом рачунару, приказују се у жутој траци са ознаком „ваш унос“ и бришу се командом „Обриши моје податке“.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Земља</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Број</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Извор</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (није проверен)</translation>
    </message>
    <message>
        <source>Hotline not saved</source>
        <translation>Линија за помоћ није сачувана</translation>
    </message>
    <message>
        <source>The hotline could not be saved: %1</source>
        <translation>Линија за помоћ није могла да се сачува: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Измена није могла да се сачува: %1</translation>
    </message>
    <message>
        <source>Hotline not removed</source>
        <translation>Линија за помоћ није уклоњена</translation>
    </message>
    <message>
        <source>The hotline could not be removed: %1</source>
        <translation>Линија за помоћ није могла да се уклони: %1</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::NotePanel</name>
    <message>
        <source>My &amp;note</source>
        <translation>Моја &amp;белешка</translation>
    </message>
    <message>
        <source>My note on this article</source>
        <translation>Моја белешка о овом чланку</translation>
    </message>
    <message>
        <source>Write a note on this article; it is saved as you type.</source>
        <translation>Напишите белешку о овом чланку; чува се док куцате.</translation>
    </message>
    <message>
        <source>Open an article to write a note on it.</source>
        <translation>Отворите чланак да бисте написали белешку о њему.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Још није сачувано</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сачувано</translation>
    </message>
    <message>
        <source>Notes cannot be saved in this session.</source>
        <translation>Белешке не могу да се чувају у овој сесији.</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::PackImportDialog</name>
    <message>
        <source>Signed by %1, a publisher you trust (fingerprint %2).</source>
        <translation>Потписао га је %1, издавач коме верујете (отисак %2).</translation>
    </message>
    <message>
        <source>Signed by a key you do not trust yet, which calls itself “%1” (fingerprint %2). Anyone can give a key any name: compare the fingerprint with the one its publisher gave you in person or by phone.</source>
        <translation>Потписан је кључем коме још не верујете, а који себе назива „%1“ (отисак %2). Свако може кључу дати било које име: упоредите отисак са оним који вам је издавач дао лично или телефоном.</translation>
    </message>
    <message>
        <source>Not signed: anyone could have made or changed this pack. Import it only if you know where it comes from.</source>
        <translation>Није потписан: било ко је могао да направи или измени овај пакет. Увезите га само ако знате одакле потиче.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>New hotline: %1: %2</source>
        <translation>Нова линија за помоћ: %1: %2</translation>
    </message>
    <message>
        <source>Changed hotline: %1: %2 → %3</source>
        <translation>Измењена линија за помоћ: %1: %2 → %3</translation>
    </message>
    <message>
        <source>Removed hotline: %1: %2</source>
        <translation>Уклоњена линија за помоћ: %1: %2</translation>
    </message>
    <message>
        <source>Unchanged hotline: %1: %2</source>
        <translation>Непромењена линија за помоћ: %1: %2</translation>
    </message>
    <message>
        <source>Open data pack</source>
        <translation>Отвори пакет података</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import. Pages go into your own library and hotlines into My hotlines; the library Vigil comes with is not changed.</source>
        <translation>Ништа се не уписује док не изаберете „Увези“. Странице иду у вашу сопствену библиотеку, а линије за помоћ у Моје линије за помоћ; библиотека која долази уз Vigil се не мења.</translation>
    </message>
    <message>
        <source>What the pack changes</source>
        <translation>Шта пакет мења</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Странице</translation>
    </message>
    <message numerus="yes">
        <source>Replaces the page “%1” (%n entries)</source>
        <translation>
            <numerusform>Замењује страницу „%1“ (%n ставка)</numerusform>
            <numerusform>Замењује страницу „%1“ (%n ставке)</numerusform>
            <numerusform>Замењује страницу „%1“ (%n ставки)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds the page “%1” (%n entries)</source>
        <translation>
            <numerusform>Додаје страницу „%1“ (%n ставка)</numerusform>
            <numerusform>Додаје страницу „%1“ (%n ставке)</numerusform>
            <numerusform>Додаје страницу „%1“ (%n ставки)</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нема</translation>
    </message>
    <message>
        <source>Hotlines</source>
        <translation>Линије за помоћ</translation>
    </message>
    <message>
        <source>No hotline changes</source>
        <translation>Нема измена линија за помоћ</translation>
    </message>
    <message>
        <source>I &amp;know who sent this pack, and I want to import it</source>
        <translation>&amp;Знам ко је послао овај пакет и желим да га увезем</translation>
    </message>
    <message>
        <source>&amp;Trust this key for the packs it signs from now on</source>
        <translation>Од сада &amp;веруј овом кључу за пакете које потписује</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Увези</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::PageImportDialog</name>
    <message>
        <source>Import pages</source>
        <translation>Увези странице</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import. The pages go into your own library; the library Vigil comes with is not changed.</source>
        <translation>Ништа се не уписује док не изаберете „Увези“. Странице иду у вашу сопствену библиотеку; библиотека која долази уз Vigil се не мења.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Датотеке за увоз</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Ставке</translation>
    </message>
    <message>
        <source>The pictures and styles of a page saved as “complete”; left out</source>
        <translation>Слике и стилови странице сачуване као „комплетна“; изостављени</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Увези</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Не може да се увезе</translation>
    </message>
    <message>
        <source>Topic page</source>
        <translation>Тематска страница</translation>
    </message>
    <message>
        <source>Country page</source>
        <translation>Страница земље</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>(replaces the page of the same name)</source>
        <translation>(замењује истоимену страницу)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ред %1: %2</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::PageImportPreview</name>
    <message>
        <source>Nothing can be imported: none of the files is a saved page of the site.</source>
        <translation>Ништа не може да се увезе: ниједна датотека није сачувана страница сајта.</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <translation>%1 — %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) to import</source>
        <translation>
            <numerusform>%n страница за увоз</numerusform>
            <numerusform>%n странице за увоз</numerusform>
            <numerusform>%n страница за увоз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(s)</source>
        <translation>
            <numerusform>%n земља</numerusform>
            <numerusform>%n земље</numerusform>
            <numerusform>%n земаља</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n унос</numerusform>
            <numerusform>%n уноса</numerusform>
            <numerusform>%n уноса</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n упозорење</numerusform>
            <numerusform>%n упозорења</numerusform>
            <numerusform>%n упозорења</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported and will be left out.</source>
        <translation>
            <numerusform>%n датотека не може да се увезе и биће изостављена.</numerusform>
            <numerusform>%n датотеке не могу да се увезу и биће изостављене.</numerusform>
            <numerusform>%n датотека не може да се увезе и биће изостављено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::StyleChooserDialog</name>
    <message>
        <source>Citation styles</source>
        <translation>Стилови цитирања</translation>
    </message>
    <message>
        <source>%1 (bundled with Vigil)</source>
        <translation>%1 (долази уз Vigil)</translation>
    </message>
    <message>
        <source>Search the citation styles</source>
        <translation>Претражи стилове цитирања</translation>
    </message>
    <message numerus="yes">
        <source>Search %n style(s) by name</source>
        <translation>
            <numerusform>Претражите %n стил по називу</numerusform>
            <numerusform>Претражите %n стила по називу</numerusform>
            <numerusform>Претражите %n стилова по називу</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find a style:</source>
        <translation>&amp;Пронађи стил:</translation>
    </message>
    <message>
        <source>Use this style</source>
        <translation>Користи овај стил</translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::TrustedPublishersDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Уклони</translation>
    </message>
    <message>
        <source>Trusted publishers</source>
        <translation>Поуздани издавачи</translation>
    </message>
    <message>
        <source>Data packs signed by these publishers open without asking whether you know who sent them. Add a publisher only with a key file or a fingerprint you had from them in person, by phone or through someone you trust.</source>
        <translation>Пакети података које су потписали ови издавачи отварају се без питања да ли знате ко их је послао. Додајте издавача само помоћу датотеке кључа или отиска који сте од њега добили лично, телефоном или преко некога коме верујете.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отисак</translation>
    </message>
    <message>
        <source>Add from a &amp;key file…</source>
        <translation>Додај из датотеке &amp;кључа…</translation>
    </message>
    <message>
        <source>40 hexadecimal digits, as vigil-library keygen prints them</source>
        <translation>40 хексадецималних цифара, онако како их исписује vigil-library keygen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Отисак:</translation>
    </message>
    <message>
        <source>&amp;Add by fingerprint</source>
        <translation>&amp;Додај по отиску</translation>
    </message>
    <message>
        <source>Add a publisher</source>
        <translation>Додај издавача</translation>
    </message>
    <message>
        <source>The publisher was not added: %1. A publisher&apos;s key file ends in .public.</source>
        <translation>Издавач није додат: %1. Датотека кључа издавача има наставак .public.</translation>
    </message>
    <message>
        <source>Add a publisher from a key file</source>
        <translation>Додај издавача из датотеке кључа</translation>
    </message>
    <message>
        <source>Public keys (*.public)</source>
        <translation>Јавни кључеви (*.public)</translation>
    </message>
    <message>
        <source>That is not a fingerprint: it has 40 hexadecimal digits (0-9 and a-f), with or without spaces.</source>
        <translation>То није отисак: отисак има 40 хексадецималних цифара (0-9 и a-f), са размацима или без њих.</translation>
    </message>
    <message>
        <source>Give the publisher a name, so that you know it again.</source>
        <translation>Дајте издавачу назив, да бисте га касније препознали.</translation>
    </message>
    <message>
        <source>No publisher is trusted yet: every data pack asks before it is imported, and shows who signed it.</source>
        <translation>Још ниједан издавач није поуздан: сваки пакет података пита пре увоза и показује ко га је потписао.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Adding your imported pages to the updated library…</source>
        <translation>Додавање увезених страница у ажурирану библиотеку…</translation>
    </message>
    <message>
        <source>Offline reader of reports on human trafficking and modern-day slavery.

Quick exit: F12, Ctrl+Shift+Q or Shift pressed three times hides and closes Vigil at once.</source>
        <translation>Ванмрежни читач извештаја о трговини људима и савременом ропству.

Брзи излаз: F12, Ctrl+Shift+Q или три притиска на Shift одмах сакривају и затварају Vigil.</translation>
    </message>
    <message>
        <source>Open this library file.</source>
        <translation>Отвори ову датотеку библиотеке.</translation>
    </message>
    <message>
        <source>Show the article with this id.</source>
        <translation>Прикажи чланак са овим ИД-ом.</translation>
    </message>
    <message>
        <source>Select this country (ISO code, e.g. RS).</source>
        <translation>Изабери ову земљу (ISO код, нпр. RS).</translation>
    </message>
    <message>
        <source>Print first-paint-ms: N (since process start) and quit.</source>
        <translation>Испиши first-paint-ms: N (од покретања процеса) и изађи.</translation>
    </message>
    <message>
        <source>Print first-article-ms: N (since process start) when the first document (the first article, or what the start shows) has loaded, and quit.</source>
        <translation>Испиши first-article-ms: N (од покретања процеса) када се учита први документ (први чланак или оно што приказује почетни приказ), и изађи.</translation>
    </message>
    <message>
        <source>Test aid: open every article and country profile, run 100 searches, print a summary and quit.</source>
        <translation>Помоћ при тестирању: отвори сваки чланак и профил земље, изврши 100 претрага, испиши резиме и изађи.</translation>
    </message>
    <message>
        <source>Write the handout of --open (an article), --country (a country dossier) or --reading-list to this PDF file and quit, without showing the window.</source>
        <translation>Упиши материјал за --open (чланак), --country (досије земље) или --reading-list у ову PDF датотеку и изађи, без приказивања прозора.</translation>
    </message>
    <message>
        <source>With --print-pdf: the reading list with this name.</source>
        <translation>Уз --print-pdf: листа за читање са овим називом.</translation>
    </message>
    <message>
        <source>With --print-pdf: cite in this citation style (apa when not given; vigil-library styles lists them).</source>
        <translation>Уз --print-pdf: цитирај у овом стилу цитирања (apa ако није наведен; vigil-library styles исписује стилове).</translation>
    </message>
    <message>
        <source>Your imported pages are left out: %1</source>
        <translation>Ваше увезене странице су изостављене: %1</translation>
    </message>
    <message>
        <source>The library could not be opened.

%1

Choose another one with File ▸ Open library, or reinstall Vigil.</source>
        <translation>Библиотека није могла да се отвори.

%1

Изаберите другу преко Датотека ▸ Отвори библиотеку или поново инсталирајте Vigil.</translation>
    </message>
    <message>
        <source>Your reading lists are not available: %1</source>
        <translation>Ваше листе за читање нису доступне: %1</translation>
    </message>
    <message>
        <source>Vigil is already open with another library. Open %1 with File ▸ Open library.</source>
        <translation>Vigil је већ отворен са другом библиотеком. Отворите %1 преко Датотека ▸ Отвори библиотеку.</translation>
    </message>
</context>
</TS>
