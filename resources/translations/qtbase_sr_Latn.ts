<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn">
  <context>
    <name>QPageSetupWidget</name>
    <message>
      <source>CC</source>
      <translation>CC</translation>
    </message>
    <message>
      <source>DD</source>
      <translation>DD</translation>
    </message>
    <message>
      <source>in</source>
      <translation>in</translation>
    </message>
    <message>
      <source>mm</source>
      <translation>mm</translation>
    </message>
    <message>
      <source>pt</source>
      <translation>pt</translation>
    </message>
    <message>
      <source>P̸</source>
      <translation>P̸</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Obrazac</translation>
    </message>
    <message>
      <source>bottom margin</source>
      <translation>donja margina</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Papir</translation>
    </message>
    <message>
      <source>Paper source:</source>
      <translation>Izvor papira:</translation>
    </message>
    <message>
      <source>right margin</source>
      <translation>desna margina</translation>
    </message>
    <message>
      <source>Pica (P̸)</source>
      <translation>Pika (P̸)</translation>
    </message>
    <message>
      <source>Margins</source>
      <translation>Margine</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Prilagođeno</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Položeno</translation>
    </message>
    <message>
      <source>Page Layout</source>
      <translation>Raspored stranica</translation>
    </message>
    <message>
      <source>Width:</source>
      <translation>Širina:</translation>
    </message>
    <message>
      <source>Orientation</source>
      <translation>Orijentacija</translation>
    </message>
    <message>
      <source>Didot (DD)</source>
      <translation>Dido (DD)</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Uspravno</translation>
    </message>
    <message>
      <source>Page order:</source>
      <translation>Redosled stranica:</translation>
    </message>
    <message>
      <source>top margin</source>
      <translation>gornja margina</translation>
    </message>
    <message>
      <source>left margin</source>
      <translation>leva margina</translation>
    </message>
    <message>
      <source>Page size:</source>
      <translation>Veličina stranice:</translation>
    </message>
    <message>
      <source>Cicero (CC)</source>
      <translation>Cicero (CC)</translation>
    </message>
    <message>
      <source>Reverse portrait</source>
      <translation>Obrnuto uspravno</translation>
    </message>
    <message>
      <source>Millimeters (mm)</source>
      <translation>Milimetri (mm)</translation>
    </message>
    <message>
      <source>Points (pt)</source>
      <translation>Tačke (pt)</translation>
    </message>
    <message>
      <source>Pages per sheet:</source>
      <translation>Stranica po listu:</translation>
    </message>
    <message>
      <source>Inches (in)</source>
      <translation>Inči (in)</translation>
    </message>
    <message>
      <source>Reverse landscape</source>
      <translation>Obrnuto položeno</translation>
    </message>
    <message>
      <source>Height:</source>
      <translation>Visina:</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>U redu</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>U redu</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Ne</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Da</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Pomoć</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Otvori</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Sačuvaj</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Prekini</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Primeni</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zatvori</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Resetuj</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Pokušaj ponovo</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Vrati podrazumevano</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Otkaži</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Zanemari</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>N&amp;e za sve</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Sačuvaj sve</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Odbaci</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Da za &amp;sve</translation>
    </message>
  </context>
  <context>
    <name>QPrintDialog</name>
    <message>
      <source>OK</source>
      <translation>U redu</translation>
    </message>
    <message>
      <source>Even Pages</source>
      <translation>Parne stranice</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Štampanje</translation>
    </message>
    <message>
      <source>&amp;Options &lt;&lt;</source>
      <translation>&amp;Opcije &lt;&lt;</translation>
    </message>
    <message>
      <source>&amp;Options &gt;&gt;</source>
      <translation>&amp;Opcije &gt;&gt;</translation>
    </message>
    <message>
      <source>Left to Right, Top to Bottom</source>
      <translation>Sleva nadesno, odozgo nadole</translation>
    </message>
    <message>
      <source>Right to Left, Bottom to Top</source>
      <translation>Sdesna nalevo, odozdo nagore</translation>
    </message>
    <message>
      <source>Write PDF file</source>
      <translation>Upiši PDF datoteku</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;Štampaj</translation>
    </message>
    <message>
      <source>1 (1x1)</source>
      <translation>1 (1x1)</translation>
    </message>
    <message>
      <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
      <translation>Opcije „Stranica po listu“ i „Skup stranica“ ne mogu da se koriste zajedno.
Isključite jednu od njih.</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to overwrite it?</source>
      <translation>Datoteka %1 već postoji.
Da li želite da je prepišete?</translation>
    </message>
    <message>
      <source>2 (2x1)</source>
      <translation>2 (2x1)</translation>
    </message>
    <message>
      <source>Left to Right, Bottom to Top</source>
      <translation>Sleva nadesno, odozdo nagore</translation>
    </message>
    <message>
      <source>4 (2x2)</source>
      <translation>4 (2x2)</translation>
    </message>
    <message>
      <source>Odd Pages</source>
      <translation>Neparne stranice</translation>
    </message>
    <message>
      <source>Local file</source>
      <translation>Lokalna datoteka</translation>
    </message>
    <message>
      <source>6 (2x3)</source>
      <translation>6 (2x3)</translation>
    </message>
    <message>
      <source>16 (4x4)</source>
      <translation>16 (4x4)</translation>
    </message>
    <message>
      <source>There are conflicts in duplex settings. Do you want to fix them?</source>
      <translation>Podešavanja dvostranog štampanja su u sukobu. Da li želite da ih ispravite?</translation>
    </message>
    <message>
      <source>Print to File (PDF)</source>
      <translation>Štampaj u datoteku (PDF)</translation>
    </message>
    <message>
      <source>Print To File ...</source>
      <translation>Štampaj u datoteku ...</translation>
    </message>
    <message>
      <source>Invalid Pages Definition</source>
      <translation>Stranice su neispravno zadate</translation>
    </message>
    <message>
      <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
      <translation>%1 nije ispravno zapisano. Koristite „,“ za razdvajanje opsega i stranica, „-“ za zadavanje opsega i pazite da se opsezi međusobno ne preklapaju.</translation>
    </message>
    <message>
      <source>9 (3x3)</source>
      <translation>9 (3x3)</translation>
    </message>
    <message>
      <source>Right to Left, Top to Bottom</source>
      <translation>Sdesna nalevo, odozgo nadole</translation>
    </message>
    <message>
      <source>Bottom to Top, Left to Right</source>
      <translation>Odozdo nagore, sleva nadesno</translation>
    </message>
    <message>
      <source>The 'From' value cannot be greater than the 'To' value.</source>
      <translation>Vrednost „od“ ne može biti veća od vrednosti „do“.</translation>
    </message>
    <message>
      <source>All Pages</source>
      <translation>Sve stranice</translation>
    </message>
    <message>
      <source>Duplex Settings Conflicts</source>
      <translation>Sukob u podešavanjima dvostranog štampanja</translation>
    </message>
    <message>
      <source>%1 is a directory.
Please choose a different file name.</source>
      <translation>%1 je fascikla.
Izaberite drugi naziv datoteke.</translation>
    </message>
    <message>
      <source>File %1 is not writable.
Please choose a different file name.</source>
      <translation>U datoteku %1 nije moguće upisivati.
Izaberite drugi naziv datoteke.</translation>
    </message>
    <message>
      <source>Bottom to Top, Right to Left</source>
      <translation>Odozdo nagore, sdesna nalevo</translation>
    </message>
    <message>
      <source>Top to Bottom, Left to Right</source>
      <translation>Odozgo nadole, sleva nadesno</translation>
    </message>
    <message>
      <source>Top to Bottom, Right to Left</source>
      <translation>Odozgo nadole, sdesna nalevo</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>to</source>
      <translation>do</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Isključeno</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Obrazac</translation>
    </message>
    <message>
      <source>Color</source>
      <translation>U boji</translation>
    </message>
    <message>
      <source>Print all</source>
      <translation>Štampaj sve</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Stranice</translation>
    </message>
    <message>
      <source>Current Page</source>
      <translation>Trenutna stranica</translation>
    </message>
    <message>
      <source>Selection</source>
      <translation>Izbor</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Primerci</translation>
    </message>
    <message>
      <source>Print range</source>
      <translation>Opseg štampanja</translation>
    </message>
    <message>
      <source>Color Mode</source>
      <translation>Režim boja</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Opcije</translation>
    </message>
    <message>
      <source>Output Settings</source>
      <translation>Podešavanja izlaza</translation>
    </message>
    <message>
      <source>Reverse</source>
      <translation>Obrnutim redom</translation>
    </message>
    <message>
      <source>Grayscale</source>
      <translation>Nijanse sive</translation>
    </message>
    <message>
      <source>Collate</source>
      <translation>Složi po primercima</translation>
    </message>
    <message>
      <source>Copies:</source>
      <translation>Broj primeraka:</translation>
    </message>
    <message>
      <source>Short side binding</source>
      <translation>Povez po kraćoj strani</translation>
    </message>
    <message>
      <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
      <translation>Navedite stranice ili opsege, odvojene zarezima. Opseg se zadaje pomoću dva broja odvojena crticom. Npr: 3,5-7,9 štampa stranice 3, 5, 6, 7 i 9.</translation>
    </message>
    <message>
      <source>Pages from</source>
      <translation>Stranice od</translation>
    </message>
    <message>
      <source>Double Sided Printing</source>
      <translation>Dvostrano štampanje</translation>
    </message>
    <message>
      <source>Page Set:</source>
      <translation>Skup stranica:</translation>
    </message>
    <message>
      <source>Long side binding</source>
      <translation>Povez po dužoj strani</translation>
    </message>
  </context>
  <context>
    <name>QPrintPreviewDialog</name>
    <message>
      <source>%1%</source>
      <translation>%1%</translation>
    </message>
    <message>
      <source>Print Preview</source>
      <translation>Pregled pre štampanja</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Štampaj</translation>
    </message>
    <message>
      <source>Fit page</source>
      <translation>Uklopi stranicu</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Uvećaj</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Položeno</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Umanji</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Uklopi širinu</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Uspravno</translation>
    </message>
    <message>
      <source>Page Setup</source>
      <translation>Podešavanje stranice</translation>
    </message>
    <message>
      <source>Page setup</source>
      <translation>Podešavanje stranice</translation>
    </message>
    <message>
      <source>Show overview of all pages</source>
      <translation>Prikaži pregled svih stranica</translation>
    </message>
    <message>
      <source>First page</source>
      <translation>Prva stranica</translation>
    </message>
    <message>
      <source>Last page</source>
      <translation>Poslednja stranica</translation>
    </message>
    <message>
      <source>Show single page</source>
      <translation>Prikaži jednu stranicu</translation>
    </message>
    <message>
      <source>Export to PDF</source>
      <translation>Izvezi u PDF</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Prethodna stranica</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Sledeća stranica</translation>
    </message>
    <message>
      <source>Show facing pages</source>
      <translation>Prikaži po dve stranice</translation>
    </message>
  </context>
  <context>
    <name>QPrintWidget</name>
    <message>
      <source>...</source>
      <translation>...</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Obrazac</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Tip:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Naziv:</translation>
    </message>
    <message>
      <source>Output &amp;file:</source>
      <translation>&amp;Izlazna datoteka:</translation>
    </message>
    <message>
      <source>P&amp;roperties</source>
      <translation>&amp;Svojstva</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Pregled</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>Štampač</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Lokacija:</translation>
    </message>
  </context>
  <context>
    <name>QCupsJobWidget</name>
    <message>
      <source>Job</source>
      <translation>Posao</translation>
    </message>
    <message>
      <source>End:</source>
      <translation>Kraj:</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Bez</translation>
    </message>
    <message>
      <source>Banner Pages</source>
      <translation>Naslovne stranice</translation>
    </message>
    <message>
      <source>Night (18:00 to 05:59)</source>
      <translation>Noću (18:00 do 05:59)</translation>
    </message>
    <message>
      <source>Specific Time</source>
      <translation>U određeno vreme</translation>
    </message>
    <message>
      <source>Billing information:</source>
      <translation>Podaci za naplatu:</translation>
    </message>
    <message>
      <source>Scheduled printing:</source>
      <translation>Zakazano štampanje:</translation>
    </message>
    <message>
      <source>Secret</source>
      <translation>Tajno</translation>
    </message>
    <message>
      <source>Top Secret</source>
      <translation>Strogo tajno</translation>
    </message>
    <message>
      <source>Start:</source>
      <translation>Početak:</translation>
    </message>
    <message>
      <source>Day (06:00 to 17:59)</source>
      <translation>Danju (06:00 do 17:59)</translation>
    </message>
    <message>
      <source>Second Shift (16:00 to 23:59)</source>
      <translation>Druga smena (16:00 do 23:59)</translation>
    </message>
    <message>
      <source>Job Control</source>
      <translation>Upravljanje poslom</translation>
    </message>
    <message>
      <source>Weekend (Saturday to Sunday)</source>
      <translation>Vikend (subota i nedelja)</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Standardno</translation>
    </message>
    <message>
      <source>Classified</source>
      <translation>Klasifikovano</translation>
    </message>
    <message>
      <source>Third Shift (00:00 to 07:59)</source>
      <translation>Treća smena (00:00 do 07:59)</translation>
    </message>
    <message>
      <source>Hold Indefinitely</source>
      <translation>Zadrži do daljeg</translation>
    </message>
    <message>
      <source>Print Immediately</source>
      <translation>Štampaj odmah</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>Poverljivo</translation>
    </message>
    <message>
      <source>Job priority:</source>
      <translation>Prioritet posla:</translation>
    </message>
    <message>
      <source>Unclassified</source>
      <translation>Neklasifikovano</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Top</source>
      <translation>Na vrh</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Pomeri nadole</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>Pomeri ovde</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Pomeri nalevo</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>Na dno</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Stranica nagore</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Stranica nadesno</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Pomeri nagore</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Pomeri nadesno</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Levi kraj</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Stranica nadole</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Stranica nalevo</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Desni kraj</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Back</source>
      <translation>Nazad</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Datoteka</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Otvori</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Otvori</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Alijas</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Disk</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Datoteke</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Prikaži kolonu </translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>Stavka „%1“ je zaštićena od upisa.
Da li ipak želite da je obrišete?</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Da li zaista želite da obrišete „%1“?</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Spisak mesta i obeleživača</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Naziv datoteke:</translation>
    </message>
    <message>
      <source>Alt+Left</source>
      <translation>Alt+Left</translation>
    </message>
    <message>
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Fascikla datoteka</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Obriši</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Nova fascikla</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Fascikla</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Nadređena fascikla</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Nova fascikla</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Ukloni</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Moj računar</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Pogledaj u:</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Napravi novu fasciklu</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1 datoteka</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Tip datoteka:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Pronađi fasciklu</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Prikaži &amp;skrivene datoteke</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Sačuvaj kao</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Fascikla nije pronađena.
Proverite da li je naziv fascikle tačno naveden.</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Bočna traka</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Prikaz spiska</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Izaberi</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Obriši</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Sve datoteke (*)</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Sve datoteke (*)</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Fascikle</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Preimenuj</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Fascikla nije mogla da se obriše.</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Fascikla:</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Nepoznato</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>Datoteka %1 već postoji.
Da li želite da je zamenite?</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Napred</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Idi napred</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Idi u nadređenu fasciklu</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Skorašnja mesta</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Idi nazad</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Prebaci na detaljan prikaz</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Napravi novu fasciklu</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Prečica</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Detaljan prikaz</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Datoteka nije pronađena.
Proverite da li je naziv datoteke tačno naveden.</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Prebaci na prikaz spiska</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Iseci</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopiraj</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Ponovi</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Opozovi</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Nalepi</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Obriši</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Izaberi sve</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Iseci</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopiraj</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Ponovi</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Opozovi</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Nalepi</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Obriši</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Izaberi sve</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Kopiraj &amp;adresu veze</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesWidget</name>
    <message>
      <source>Form</source>
      <translation>Obrazac</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Stranica</translation>
    </message>
    <message>
      <source>There are conflicts in some options. Please fix them.</source>
      <translation>Neke opcije su u sukobu. Ispravite ih.</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>Napredno</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Kind</source>
      <translation>Vrsta</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naziv</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Veličina</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Tip</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Moj računar</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Računar</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Neispravan naziv datoteke</translation>
    </message>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;Naziv „%1“ ne može da se koristi.&lt;/b&gt;&lt;p&gt;Pokušajte sa drugim nazivom, kraćim ili bez znakova interpunkcije.</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Datum izmene</translation>
    </message>
  </context>
  <context>
    <name>QComboBox</name>
    <message>
      <source>True</source>
      <translation>Tačno</translation>
    </message>
    <message>
      <source>False</source>
      <translation>Netačno</translation>
    </message>
    <message>
      <source>Open the combo box selection popup</source>
      <translation>Otvori padajući spisak</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesDialog</name>
    <message>
      <source>Advanced Option Conflicts</source>
      <translation>Sukob naprednih opcija</translation>
    </message>
    <message>
      <source>Job Options</source>
      <translation>Opcije posla</translation>
    </message>
    <message>
      <source>Page Setup Conflicts</source>
      <translation>Sukob u podešavanju stranice</translation>
    </message>
    <message>
      <source>There are conflicts in some advanced options. Do you want to fix them?</source>
      <translation>Neke napredne opcije su u sukobu. Da li želite da ih ispravite?</translation>
    </message>
    <message>
      <source>There are conflicts in page setup options. Do you want to fix them?</source>
      <translation>Opcije podešavanja stranice su u sukobu. Da li želite da ih ispravite?</translation>
    </message>
    <message>
      <source>Printer Properties</source>
      <translation>Svojstva štampača</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Prikaži detalje...</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>O Qt-u</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Sakrij detalje...</translation>
    </message>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;O Qt-u&lt;/h3&gt;&lt;p&gt;Ovaj program koristi Qt, izdanje %1.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Qt je C++ alat za razvoj višeplatformskih programa.&lt;/p&gt;&lt;p&gt;Qt omogućava da isti izvorni kod radi na svim glavnim operativnim sistemima za stone računare. Dostupan je i za ugrađeni Linux i druge ugrađene i mobilne operativne sisteme.&lt;/p&gt;&lt;p&gt;Qt je dostupan pod više licenci, osmišljenih tako da zadovolje potrebe naših različitih korisnika.&lt;/p&gt;&lt;p&gt;Qt pod našim komercijalnim licencnim ugovorom pogodan je za razvoj vlasničkog/komercijalnog softvera kada ne želite da delite izvorni kod sa trećim stranama ili iz drugih razloga ne možete da ispunite uslove licence GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt pod licencom GNU (L)GPL pogodan je za razvoj Qt&amp;nbsp;programa, pod uslovom da možete da ispunite uslove odgovarajućih licenci.&lt;/p&gt;&lt;p&gt;Pregled licenciranja Qt-a potražite na &lt;a href="http://%2/"&gt;%2&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Autorska prava (C) %1 The Qt Company Ltd i drugi saradnici.&lt;/p&gt;&lt;p&gt;Qt i Qt logo su zaštitni znakovi kompanije The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt je proizvod kompanije The Qt Company Ltd razvijen kao projekat otvorenog koda. Više informacija potražite na &lt;a href="http://%3/"&gt;%3&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>Step &amp;down</source>
      <translation>Korak na&amp;dole</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>Korak na&amp;gore</translation>
    </message>
    <message>
      <source>&amp;Select All</source>
      <translation>Izaberi &amp;sve</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Otkaži</translation>
    </message>
  </context>
</TS>
