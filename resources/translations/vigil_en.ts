<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HeadlessPrint</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::Core::CountryTreeModel</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) the library was built from</source>
        <translation>
            <numerusform>The %n page the library was built from</numerusform>
            <numerusform>The %n pages the library was built from</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::Core::HandoutRenderer</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) about %1 follow, each on a page of its own.</source>
        <translation>
            <numerusform>%Ln article about %1 follows, on a page of its own.</numerusform>
            <numerusform>%Ln articles about %1 follow, each on a page of its own.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::Core::ProfileRenderer</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hotline(s)</source>
        <translation>
            <numerusform>%Ln hotline</numerusform>
            <numerusform>%Ln hotlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln country(s)</source>
        <translation>
            <numerusform>%Ln country</numerusform>
            <numerusform>%Ln countries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::DialogSeam</name>
    <message numerus="yes">
        <source>Delete the list “%1”, which holds %Ln article(s)? The articles stay in the library.</source>
        <translation>
            <numerusform>Delete the list “%1”, which holds %Ln article? The article stays in the library.</numerusform>
            <numerusform>Delete the list “%1”, which holds %Ln articles? The articles stay in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the page “%1” and its %Ln article(s) from your library?</source>
        <translation>
            <numerusform>Remove the page “%1” and its %Ln article from your library?</numerusform>
            <numerusform>Remove the page “%1” and its %Ln articles from your library?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%1 of %Ln article(s)</source>
        <translation>
            <numerusform>%1 of %Ln article</numerusform>
            <numerusform>%1 of %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hotline(s)</source>
        <translation>
            <numerusform>%n hotline</numerusform>
            <numerusform>%n hotlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Formatting %n citation(s) in %1…</source>
        <translation>
            <numerusform>Formatting %n citation in %1…</numerusform>
            <numerusform>Formatting %n citations in %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bibliography of %n article(s) copied (%1)</source>
        <translation>
            <numerusform>Bibliography of %n article copied (%1)</numerusform>
            <numerusform>Bibliography of %n articles copied (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the bibliography of %n article(s) to %1</source>
        <translation>
            <numerusform>Saved the bibliography of %n article to %1</numerusform>
            <numerusform>Saved the bibliography of %n articles to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s)</source>
        <translation>
            <numerusform>%n list</numerusform>
            <numerusform>%n lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new list(s)</source>
        <translation>
            <numerusform>%n new list</numerusform>
            <numerusform>%n new lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) to your lists</source>
        <translation>
            <numerusform>%n entry to your lists</numerusform>
            <numerusform>%n entries to your lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) differ from yours: each keeps your text, with the imported text under it.</source>
        <translation>
            <numerusform>%n note differs from yours: it keeps your text, with the imported text under it.</numerusform>
            <numerusform>%n notes differ from yours: each keeps your text, with the imported text under it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of yours changed to the file&apos;s (the same country and service)</source>
        <translation>
            <numerusform>%n of yours changed to the file&apos;s (the same country and service)</numerusform>
            <numerusform>%n of yours changed to the file&apos;s (the same country and service)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already here, left as they are.</source>
        <translation>
            <numerusform>%n note already here, left as it is.</numerusform>
            <numerusform>%n notes already here, left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) not in this library; their entries and notes are kept, and show when a library has them:</source>
        <translation>
            <numerusform>%n article not in this library; its entries and notes are kept, and show when a library has it:</numerusform>
            <numerusform>%n articles not in this library; their entries and notes are kept, and show when a library has them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n citation(s)</source>
        <translation>
            <numerusform>Export %n citation</numerusform>
            <numerusform>Export %n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n citation(s) to %1</source>
        <translation>
            <numerusform>Exported %n citation to %1</numerusform>
            <numerusform>Exported %n citations to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1”: %n article(s).</source>
        <translation>
            <numerusform>Imported “%1”: %n article.</numerusform>
            <numerusform>Imported “%1”: %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln article(s). Choose one in the list to read it.</source>
        <translation>
            <numerusform>%1: %Ln article. Choose it in the list to read it.</numerusform>
            <numerusform>%1: %Ln articles. Choose one in the list to read it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::PackImportDialog</name>
    <message numerus="yes">
        <source>Replaces the page “%1” (%n entries)</source>
        <translation>
            <numerusform>Replaces the page “%1” (%n entry)</numerusform>
            <numerusform>Replaces the page “%1” (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds the page “%1” (%n entries)</source>
        <translation>
            <numerusform>Adds the page “%1” (%n entry)</numerusform>
            <numerusform>Adds the page “%1” (%n entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::PageImportPreview</name>
    <message numerus="yes">
        <source>%n page(s) to import</source>
        <translation>
            <numerusform>%n page to import</numerusform>
            <numerusform>%n pages to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(s)</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported and will be left out.</source>
        <translation>
            <numerusform>%n file cannot be imported and will be left out.</numerusform>
            <numerusform>%n files cannot be imported and will be left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigil::Ui::StyleChooserDialog</name>
    <message numerus="yes">
        <source>Search %n style(s) by name</source>
        <translation>
            <numerusform>Search %n style by name</numerusform>
            <numerusform>Search %n styles by name</numerusform>
        </translation>
    </message>
</context>
</TS>
