<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Vigil::Core::CountryTreeModel</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
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
