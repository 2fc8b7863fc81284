<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq">
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
      <translation>Formular</translation>
    </message>
    <message>
      <source>bottom margin</source>
      <translation>mënjana e poshtme</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Letra</translation>
    </message>
    <message>
      <source>Paper source:</source>
      <translation>Burimi i letrës:</translation>
    </message>
    <message>
      <source>right margin</source>
      <translation>mënjana e djathtë</translation>
    </message>
    <message>
      <source>Pica (P̸)</source>
      <translation>Pica (P̸)</translation>
    </message>
    <message>
      <source>Margins</source>
      <translation>Mënjanat</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>E personalizuar</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Horizontale</translation>
    </message>
    <message>
      <source>Page Layout</source>
      <translation>Faqosja</translation>
    </message>
    <message>
      <source>Width:</source>
      <translation>Gjerësia:</translation>
    </message>
    <message>
      <source>Orientation</source>
      <translation>Orientimi</translation>
    </message>
    <message>
      <source>Didot (DD)</source>
      <translation>Didot (DD)</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Vertikale</translation>
    </message>
    <message>
      <source>Page order:</source>
      <translation>Renditja e faqeve:</translation>
    </message>
    <message>
      <source>top margin</source>
      <translation>mënjana e sipërme</translation>
    </message>
    <message>
      <source>left margin</source>
      <translation>mënjana e majtë</translation>
    </message>
    <message>
      <source>Page size:</source>
      <translation>Madhësia e faqes:</translation>
    </message>
    <message>
      <source>Cicero (CC)</source>
      <translation>Cicero (CC)</translation>
    </message>
    <message>
      <source>Reverse portrait</source>
      <translation>Vertikale e përmbysur</translation>
    </message>
    <message>
      <source>Millimeters (mm)</source>
      <translation>Milimetra (mm)</translation>
    </message>
    <message>
      <source>Points (pt)</source>
      <translation>Pikë (pt)</translation>
    </message>
    <message>
      <source>Pages per sheet:</source>
      <translation>Faqe për fletë:</translation>
    </message>
    <message>
      <source>Inches (in)</source>
      <translation>Inç (in)</translation>
    </message>
    <message>
      <source>Reverse landscape</source>
      <translation>Horizontale e përmbysur</translation>
    </message>
    <message>
      <source>Height:</source>
      <translation>Lartësia:</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>Në rregull</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>Në rregull</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Jo</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Po</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Ndihmë</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Hap</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Ruaj</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Ndërprit</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Zbato</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Mbyll</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Rivendos</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Riprovo</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Rikthe parazgjedhjet</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Anulo</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Shpërfill</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>J&amp;o për të gjitha</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Ruaj të gjitha</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Hidh poshtë</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Po për të &amp;gjitha</translation>
    </message>
  </context>
  <context>
    <name>QPrintDialog</name>
    <message>
      <source>OK</source>
      <translation>Në rregull</translation>
    </message>
    <message>
      <source>Even Pages</source>
      <translation>Faqet çift</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Printim</translation>
    </message>
    <message>
      <source>&amp;Options &lt;&lt;</source>
      <translation>&amp;Mundësi &lt;&lt;</translation>
    </message>
    <message>
      <source>&amp;Options &gt;&gt;</source>
      <translation>&amp;Mundësi &gt;&gt;</translation>
    </message>
    <message>
      <source>Left to Right, Top to Bottom</source>
      <translation>Nga e majta në të djathtë, nga lart poshtë</translation>
    </message>
    <message>
      <source>Right to Left, Bottom to Top</source>
      <translation>Nga e djathta në të majtë, nga poshtë lart</translation>
    </message>
    <message>
      <source>Write PDF file</source>
      <translation>Shkruaj skedar PDF</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;Printo</translation>
    </message>
    <message>
      <source>1 (1x1)</source>
      <translation>1 (1x1)</translation>
    </message>
    <message>
      <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
      <translation>Mundësitë “Faqe për fletë” dhe “Grupi i faqeve” nuk mund të përdoren bashkë.
Ju lutemi, çaktivizoni njërën prej tyre.</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to overwrite it?</source>
      <translation>%1 ekziston tashmë.
Dëshironi ta mbishkruani?</translation>
    </message>
    <message>
      <source>2 (2x1)</source>
      <translation>2 (2x1)</translation>
    </message>
    <message>
      <source>Left to Right, Bottom to Top</source>
      <translation>Nga e majta në të djathtë, nga poshtë lart</translation>
    </message>
    <message>
      <source>4 (2x2)</source>
      <translation>4 (2x2)</translation>
    </message>
    <message>
      <source>Odd Pages</source>
      <translation>Faqet tek</translation>
    </message>
    <message>
      <source>Local file</source>
      <translation>Skedar vendor</translation>
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
      <translation>Ka konflikte në cilësimet e printimit dyanësh. Dëshironi t'i ndreqni?</translation>
    </message>
    <message>
      <source>Print to File (PDF)</source>
      <translation>Printo në skedar (PDF)</translation>
    </message>
    <message>
      <source>Print To File ...</source>
      <translation>Printo në skedar ...</translation>
    </message>
    <message>
      <source>Invalid Pages Definition</source>
      <translation>Përcaktim i pavlefshëm i faqeve</translation>
    </message>
    <message>
      <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
      <translation>%1 nuk e ndjek sintaksën e duhur. Përdorni “,” për të ndarë intervalet dhe faqet, “-” për të përcaktuar intervalet dhe sigurohuni që intervalet të mos mbivendosen me njëri-tjetrin.</translation>
    </message>
    <message>
      <source>9 (3x3)</source>
      <translation>9 (3x3)</translation>
    </message>
    <message>
      <source>Right to Left, Top to Bottom</source>
      <translation>Nga e djathta në të majtë, nga lart poshtë</translation>
    </message>
    <message>
      <source>Bottom to Top, Left to Right</source>
      <translation>Nga poshtë lart, nga e majta në të djathtë</translation>
    </message>
    <message>
      <source>The 'From' value cannot be greater than the 'To' value.</source>
      <translation>Vlera “nga” nuk mund të jetë më e madhe se vlera “deri”.</translation>
    </message>
    <message>
      <source>All Pages</source>
      <translation>Të gjitha faqet</translation>
    </message>
    <message>
      <source>Duplex Settings Conflicts</source>
      <translation>Konflikte në cilësimet e printimit dyanësh</translation>
    </message>
    <message>
      <source>%1 is a directory.
Please choose a different file name.</source>
      <translation>%1 është dosje.
Ju lutemi, zgjidhni një emër tjetër skedari.</translation>
    </message>
    <message>
      <source>File %1 is not writable.
Please choose a different file name.</source>
      <translation>Në skedarin %1 nuk mund të shkruhet.
Ju lutemi, zgjidhni një emër tjetër skedari.</translation>
    </message>
    <message>
      <source>Bottom to Top, Right to Left</source>
      <translation>Nga poshtë lart, nga e djathta në të majtë</translation>
    </message>
    <message>
      <source>Top to Bottom, Left to Right</source>
      <translation>Nga lart poshtë, nga e majta në të djathtë</translation>
    </message>
    <message>
      <source>Top to Bottom, Right to Left</source>
      <translation>Nga lart poshtë, nga e djathta në të majtë</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>to</source>
      <translation>deri</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Çaktivizuar</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Formular</translation>
    </message>
    <message>
      <source>Color</source>
      <translation>Me ngjyra</translation>
    </message>
    <message>
      <source>Print all</source>
      <translation>Printo të gjitha</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Faqet</translation>
    </message>
    <message>
      <source>Current Page</source>
      <translation>Faqja aktuale</translation>
    </message>
    <message>
      <source>Selection</source>
      <translation>Përzgjedhja</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Kopjet</translation>
    </message>
    <message>
      <source>Print range</source>
      <translation>Intervali i printimit</translation>
    </message>
    <message>
      <source>Color Mode</source>
      <translation>Mënyra e ngjyrave</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Mundësi</translation>
    </message>
    <message>
      <source>Output Settings</source>
      <translation>Cilësimet e daljes</translation>
    </message>
    <message>
      <source>Reverse</source>
      <translation>Në rend të kundërt</translation>
    </message>
    <message>
      <source>Grayscale</source>
      <translation>Shkallë gri</translation>
    </message>
    <message>
      <source>Collate</source>
      <translation>Radhit kopjet</translation>
    </message>
    <message>
      <source>Copies:</source>
      <translation>Numri i kopjeve:</translation>
    </message>
    <message>
      <source>Short side binding</source>
      <translation>Lidhje në anën e shkurtër</translation>
    </message>
    <message>
      <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
      <translation>Jepni faqet ose intervalet, të ndara me presje. Intervali jepet me dy numra të ndarë me vizë. P.sh.: 3,5-7,9 printon faqet 3, 5, 6, 7 dhe 9.</translation>
    </message>
    <message>
      <source>Pages from</source>
      <translation>Faqet nga</translation>
    </message>
    <message>
      <source>Double Sided Printing</source>
      <translation>Printim dyanësh</translation>
    </message>
    <message>
      <source>Page Set:</source>
      <translation>Grupi i faqeve:</translation>
    </message>
    <message>
      <source>Long side binding</source>
      <translation>Lidhje në anën e gjatë</translation>
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
      <translation>Paraparja e printimit</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Printo</translation>
    </message>
    <message>
      <source>Fit page</source>
      <translation>Përshtat faqen</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Zmadho</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Horizontale</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Zvogëlo</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Përshtat gjerësinë</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Vertikale</translation>
    </message>
    <message>
      <source>Page Setup</source>
      <translation>Cilësimet e faqes</translation>
    </message>
    <message>
      <source>Page setup</source>
      <translation>Cilësimet e faqes</translation>
    </message>
    <message>
      <source>Show overview of all pages</source>
      <translation>Shfaq pamjen e të gjitha faqeve</translation>
    </message>
    <message>
      <source>First page</source>
      <translation>Faqja e parë</translation>
    </message>
    <message>
      <source>Last page</source>
      <translation>Faqja e fundit</translation>
    </message>
    <message>
      <source>Show single page</source>
      <translation>Shfaq një faqe</translation>
    </message>
    <message>
      <source>Export to PDF</source>
      <translation>Eksporto në PDF</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Faqja e mëparshme</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Faqja tjetër</translation>
    </message>
    <message>
      <source>Show facing pages</source>
      <translation>Shfaq faqet dy nga dy</translation>
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
      <translation>Formular</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Lloji:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Emri:</translation>
    </message>
    <message>
      <source>Output &amp;file:</source>
      <translation>S&amp;kedari i daljes:</translation>
    </message>
    <message>
      <source>P&amp;roperties</source>
      <translation>&amp;Vetitë</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Paraparje</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>Printeri</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Vendndodhja:</translation>
    </message>
  </context>
  <context>
    <name>QCupsJobWidget</name>
    <message>
      <source>Job</source>
      <translation>Puna</translation>
    </message>
    <message>
      <source>End:</source>
      <translation>Fundi:</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Asnjë</translation>
    </message>
    <message>
      <source>Banner Pages</source>
      <translation>Faqe ndarëse</translation>
    </message>
    <message>
      <source>Night (18:00 to 05:59)</source>
      <translation>Natën (18:00 deri 05:59)</translation>
    </message>
    <message>
      <source>Specific Time</source>
      <translation>Në një orë të caktuar</translation>
    </message>
    <message>
      <source>Billing information:</source>
      <translation>Të dhëna faturimi:</translation>
    </message>
    <message>
      <source>Scheduled printing:</source>
      <translation>Printim i planifikuar:</translation>
    </message>
    <message>
      <source>Secret</source>
      <translation>Sekrete</translation>
    </message>
    <message>
      <source>Top Secret</source>
      <translation>Tepër sekrete</translation>
    </message>
    <message>
      <source>Start:</source>
      <translation>Fillimi:</translation>
    </message>
    <message>
      <source>Day (06:00 to 17:59)</source>
      <translation>Ditën (06:00 deri 17:59)</translation>
    </message>
    <message>
      <source>Second Shift (16:00 to 23:59)</source>
      <translation>Turni i dytë (16:00 deri 23:59)</translation>
    </message>
    <message>
      <source>Job Control</source>
      <translation>Kontrolli i punës</translation>
    </message>
    <message>
      <source>Weekend (Saturday to Sunday)</source>
      <translation>Fundjavë (e shtunë dhe e diel)</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Standarde</translation>
    </message>
    <message>
      <source>Classified</source>
      <translation>E klasifikuar</translation>
    </message>
    <message>
      <source>Third Shift (00:00 to 07:59)</source>
      <translation>Turni i tretë (00:00 deri 07:59)</translation>
    </message>
    <message>
      <source>Hold Indefinitely</source>
      <translation>Mbaje pa afat</translation>
    </message>
    <message>
      <source>Print Immediately</source>
      <translation>Printo menjëherë</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>Konfidenciale</translation>
    </message>
    <message>
      <source>Job priority:</source>
      <translation>Përparësia e punës:</translation>
    </message>
    <message>
      <source>Unclassified</source>
      <translation>E paklasifikuar</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Top</source>
      <translation>Në krye</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Rrëshqit poshtë</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>Rrëshqit këtu</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Rrëshqit majtas</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>Në fund</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Një faqe lart</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Një faqe djathtas</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Rrëshqit lart</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Rrëshqit djathtas</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Skaji i majtë</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Një faqe poshtë</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Një faqe majtas</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Skaji i djathtë</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Back</source>
      <translation>Prapa</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Skedar</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Hap</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Hap</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Ruaj</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Pseudonim</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Disk</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Skedarë</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Shfaq kolonën </translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>“%1” është i mbrojtur nga shkrimi.
Dëshironi ta fshini gjithsesi?</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Jeni të sigurt që doni të fshini “%1”?</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Lista e vendeve dhe faqerojtësve</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Emri i skedarit:</translation>
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
      <translation>Dosje skedarësh</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Fshi</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Dosje e re</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Dosje</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Dosja mëmë</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Dosje e re</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Hiq</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Kompjuteri im</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Shiko në:</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Krijo një dosje të re</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>Skedar %1</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Lloji i skedarëve:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Gjej dosjen</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Shfaq skedarët e fs&amp;hehur</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Ruaj si</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Dosja nuk u gjet.
Ju lutemi, kontrolloni nëse emri i dosjes është dhënë saktë.</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Paneli anësor</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Pamje liste</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Zgjidh</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Fshi</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Të gjithë skedarët (*)</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Të gjithë skedarët (*)</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Dosje</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Riemërto</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Dosja nuk mund të fshihej.</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Dosja:</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>E panjohur</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 ekziston tashmë.
Dëshironi ta zëvendësoni?</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Përpara</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Shko përpara</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Shko te dosja mëmë</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Vendet e fundit</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Shko prapa</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Kalo në pamjen e hollësishme</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Krijo dosje të re</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Shkurtore</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Pamje e hollësishme</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Skedari nuk u gjet.
Ju lutemi, kontrolloni nëse emri i skedarit është dhënë saktë.</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Kalo në pamjen liste</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Prij</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopjo</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Ribëj</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Zhbëj</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Ngjit</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Fshi</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Përzgjidh të gjitha</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Prij</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopjo</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Ribëj</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Zhbëj</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Ngjit</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Fshi</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Përzgjidh të gjitha</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Kopjo &amp;adresën e lidhjes</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesWidget</name>
    <message>
      <source>Form</source>
      <translation>Formular</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Faqja</translation>
    </message>
    <message>
      <source>There are conflicts in some options. Please fix them.</source>
      <translation>Ka konflikte në disa mundësi. Ju lutemi, ndreqini.</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>Të avancuara</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Kind</source>
      <translation>Lloji</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Emri</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Madhësia</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Lloji</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Kompjuteri im</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Kompjuteri</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Emër skedari i pavlefshëm</translation>
    </message>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;Emri “%1” nuk mund të përdoret.&lt;/b&gt;&lt;p&gt;Provoni një emër tjetër, më të shkurtër ose pa shenja pikësimi.</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Data e ndryshimit</translation>
    </message>
  </context>
  <context>
    <name>QComboBox</name>
    <message>
      <source>True</source>
      <translation>E vërtetë</translation>
    </message>
    <message>
      <source>False</source>
      <translation>E gabuar</translation>
    </message>
    <message>
      <source>Open the combo box selection popup</source>
      <translation>Hap listën rënëse</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesDialog</name>
    <message>
      <source>Advanced Option Conflicts</source>
      <translation>Konflikte në mundësitë e avancuara</translation>
    </message>
    <message>
      <source>Job Options</source>
      <translation>Mundësitë e punës</translation>
    </message>
    <message>
      <source>Page Setup Conflicts</source>
      <translation>Konflikte në cilësimet e faqes</translation>
    </message>
    <message>
      <source>There are conflicts in some advanced options. Do you want to fix them?</source>
      <translation>Ka konflikte në disa mundësi të avancuara. Dëshironi t'i ndreqni?</translation>
    </message>
    <message>
      <source>There are conflicts in page setup options. Do you want to fix them?</source>
      <translation>Ka konflikte në cilësimet e faqes. Dëshironi t'i ndreqni?</translation>
    </message>
    <message>
      <source>Printer Properties</source>
      <translation>Vetitë e printerit</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Shfaq hollësitë...</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Rreth Qt</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Fshih hollësitë...</translation>
    </message>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Rreth Qt&lt;/h3&gt;&lt;p&gt;Ky program përdor Qt, versioni %1.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Qt është një paketë mjetesh C++ për zhvillimin e aplikacioneve për shumë platforma.&lt;/p&gt;&lt;p&gt;Qt lejon që i njëjti kod burim të punojë në të gjitha sistemet kryesore operative për kompjuterë desktop. Është i disponueshëm edhe për Linux të trupëzuar dhe për sisteme të tjera operative të trupëzuara dhe celulare.&lt;/p&gt;&lt;p&gt;Qt ofrohet me disa mundësi licencimi, të krijuara për t'iu përshtatur nevojave të përdoruesve tanë të ndryshëm.&lt;/p&gt;&lt;p&gt;Qt i licencuar sipas marrëveshjes sonë të licencës tregtare është i përshtatshëm për zhvillimin e programeve pronësore/tregtare, kur nuk doni ta ndani kodin burim me palë të treta ose kur për arsye të tjera nuk mund t'u përmbaheni kushteve të GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt i licencuar sipas GNU (L)GPL është i përshtatshëm për zhvillimin e aplikacioneve&amp;nbsp;Qt, me kusht që t'u përmbaheni kushteve të licencave përkatëse.&lt;/p&gt;&lt;p&gt;Për një përmbledhje të licencimit të Qt-së, shihni &lt;a href="http://%2/"&gt;%2&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Të drejtat e autorit (C) %1 The Qt Company Ltd dhe kontribues të tjerë.&lt;/p&gt;&lt;p&gt;Qt dhe logoja e Qt-së janë shenja tregtare të The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt është produkt i The Qt Company Ltd, i zhvilluar si projekt me burim të hapur. Për më shumë informacion, shihni &lt;a href="http://%3/"&gt;%3&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>Step &amp;down</source>
      <translation>Një hap p&amp;oshtë</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>Një hap &amp;lart</translation>
    </message>
    <message>
      <source>&amp;Select All</source>
      <translation>Përzgjidh të &amp;gjitha</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Anulo</translation>
    </message>
  </context>
</TS>
