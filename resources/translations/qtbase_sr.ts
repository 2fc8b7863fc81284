<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr">
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
      <translation>Образац</translation>
    </message>
    <message>
      <source>bottom margin</source>
      <translation>доња маргина</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Папир</translation>
    </message>
    <message>
      <source>Paper source:</source>
      <translation>Извор папира:</translation>
    </message>
    <message>
      <source>right margin</source>
      <translation>десна маргина</translation>
    </message>
    <message>
      <source>Pica (P̸)</source>
      <translation>Пика (P̸)</translation>
    </message>
    <message>
      <source>Margins</source>
      <translation>Маргине</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Прилагођено</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Положено</translation>
    </message>
    <message>
      <source>Page Layout</source>
      <translation>Распоред страница</translation>
    </message>
    <message>
      <source>Width:</source>
      <translation>Ширина:</translation>
    </message>
    <message>
      <source>Orientation</source>
      <translation>Оријентација</translation>
    </message>
    <message>
      <source>Didot (DD)</source>
      <translation>Дидо (DD)</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Усправно</translation>
    </message>
    <message>
      <source>Page order:</source>
      <translation>Редослед страница:</translation>
    </message>
    <message>
      <source>top margin</source>
      <translation>горња маргина</translation>
    </message>
    <message>
      <source>left margin</source>
      <translation>лева маргина</translation>
    </message>
    <message>
      <source>Page size:</source>
      <translation>Величина странице:</translation>
    </message>
    <message>
      <source>Cicero (CC)</source>
      <translation>Цицеро (CC)</translation>
    </message>
    <message>
      <source>Reverse portrait</source>
      <translation>Обрнуто усправно</translation>
    </message>
    <message>
      <source>Millimeters (mm)</source>
      <translation>Милиметри (mm)</translation>
    </message>
    <message>
      <source>Points (pt)</source>
      <translation>Тачке (pt)</translation>
    </message>
    <message>
      <source>Pages per sheet:</source>
      <translation>Страница по листу:</translation>
    </message>
    <message>
      <source>Inches (in)</source>
      <translation>Инчи (in)</translation>
    </message>
    <message>
      <source>Reverse landscape</source>
      <translation>Обрнуто положено</translation>
    </message>
    <message>
      <source>Height:</source>
      <translation>Висина:</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>У реду</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>У реду</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Не</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Да</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Помоћ</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Отвори</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сачувај</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Прекини</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Примени</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Затвори</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Ресетуј</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Покушај поново</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Врати подразумевано</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Откажи</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Занемари</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Н&amp;е за све</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Сачувај све</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Одбаци</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Да за &amp;све</translation>
    </message>
  </context>
  <context>
    <name>QPrintDialog</name>
    <message>
      <source>OK</source>
      <translation>У реду</translation>
    </message>
    <message>
      <source>Even Pages</source>
      <translation>Парне странице</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Штампање</translation>
    </message>
    <message>
      <source>&amp;Options &lt;&lt;</source>
      <translation>&amp;Опције &lt;&lt;</translation>
    </message>
    <message>
      <source>&amp;Options &gt;&gt;</source>
      <translation>&amp;Опције &gt;&gt;</translation>
    </message>
    <message>
      <source>Left to Right, Top to Bottom</source>
      <translation>Слева надесно, одозго надоле</translation>
    </message>
    <message>
      <source>Right to Left, Bottom to Top</source>
      <translation>Сдесна налево, одоздо нагоре</translation>
    </message>
    <message>
      <source>Write PDF file</source>
      <translation>Упиши PDF датотеку</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;Штампај</translation>
    </message>
    <message>
      <source>1 (1x1)</source>
      <translation>1 (1x1)</translation>
    </message>
    <message>
      <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
      <translation>Опције „Страница по листу“ и „Скуп страница“ не могу да се користе заједно.
Искључите једну од њих.</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to overwrite it?</source>
      <translation>Датотека %1 већ постоји.
Да ли желите да је препишете?</translation>
    </message>
    <message>
      <source>2 (2x1)</source>
      <translation>2 (2x1)</translation>
    </message>
    <message>
      <source>Left to Right, Bottom to Top</source>
      <translation>Слева надесно, одоздо нагоре</translation>
    </message>
    <message>
      <source>4 (2x2)</source>
      <translation>4 (2x2)</translation>
    </message>
    <message>
      <source>Odd Pages</source>
      <translation>Непарне странице</translation>
    </message>
    <message>
      <source>Local file</source>
      <translation>Локална датотека</translation>
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
      <translation>Подешавања двостраног штампања су у сукобу. Да ли желите да их исправите?</translation>
    </message>
    <message>
      <source>Print to File (PDF)</source>
      <translation>Штампај у датотеку (PDF)</translation>
    </message>
    <message>
      <source>Print To File ...</source>
      <translation>Штампај у датотеку ...</translation>
    </message>
    <message>
      <source>Invalid Pages Definition</source>
      <translation>Странице су неисправно задате</translation>
    </message>
    <message>
      <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
      <translation>%1 није исправно записано. Користите „,“ за раздвајање опсега и страница, „-“ за задавање опсега и пазите да се опсези међусобно не преклапају.</translation>
    </message>
    <message>
      <source>9 (3x3)</source>
      <translation>9 (3x3)</translation>
    </message>
    <message>
      <source>Right to Left, Top to Bottom</source>
      <translation>Сдесна налево, одозго надоле</translation>
    </message>
    <message>
      <source>Bottom to Top, Left to Right</source>
      <translation>Одоздо нагоре, слева надесно</translation>
    </message>
    <message>
      <source>The 'From' value cannot be greater than the 'To' value.</source>
      <translation>Вредност „од“ не може бити већа од вредности „до“.</translation>
    </message>
    <message>
      <source>All Pages</source>
      <translation>Све странице</translation>
    </message>
    <message>
      <source>Duplex Settings Conflicts</source>
      <translation>Сукоб у подешавањима двостраног штампања</translation>
    </message>
    <message>
      <source>%1 is a directory.
Please choose a different file name.</source>
      <translation>%1 је фасцикла.
Изаберите други назив датотеке.</translation>
    </message>
    <message>
      <source>File %1 is not writable.
Please choose a different file name.</source>
      <translation>У датотеку %1 није могуће уписивати.
Изаберите други назив датотеке.</translation>
    </message>
    <message>
      <source>Bottom to Top, Right to Left</source>
      <translation>Одоздо нагоре, сдесна налево</translation>
    </message>
    <message>
      <source>Top to Bottom, Left to Right</source>
      <translation>Одозго надоле, слева надесно</translation>
    </message>
    <message>
      <source>Top to Bottom, Right to Left</source>
      <translation>Одозго надоле, сдесна налево</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>to</source>
      <translation>до</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Искључено</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Образац</translation>
    </message>
    <message>
      <source>Color</source>
      <translation>У боји</translation>
    </message>
    <message>
      <source>Print all</source>
      <translation>Штампај све</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Странице</translation>
    </message>
    <message>
      <source>Current Page</source>
      <translation>Тренутна страница</translation>
    </message>
    <message>
      <source>Selection</source>
      <translation>Избор</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Примерци</translation>
    </message>
    <message>
      <source>Print range</source>
      <translation>Опсег штампања</translation>
    </message>
    <message>
      <source>Color Mode</source>
      <translation>Режим боја</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Опције</translation>
    </message>
    <message>
      <source>Output Settings</source>
      <translation>Подешавања излаза</translation>
    </message>
    <message>
      <source>Reverse</source>
      <translation>Обрнутим редом</translation>
    </message>
    <message>
      <source>Grayscale</source>
      <translation>Нијансе сиве</translation>
    </message>
    <message>
      <source>Collate</source>
      <translation>Сложи по примерцима</translation>
    </message>
    <message>
      <source>Copies:</source>
      <translation>Број примерака:</translation>
    </message>
    <message>
      <source>Short side binding</source>
      <translation>Повез по краћој страни</translation>
    </message>
    <message>
      <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
      <translation>Наведите странице или опсеге, одвојене зарезима. Опсег се задаје помоћу два броја одвојена цртицом. Нпр: 3,5-7,9 штампа странице 3, 5, 6, 7 и 9.</translation>
    </message>
    <message>
      <source>Pages from</source>
      <translation>Странице од</translation>
    </message>
    <message>
      <source>Double Sided Printing</source>
      <translation>Двострано штампање</translation>
    </message>
    <message>
      <source>Page Set:</source>
      <translation>Скуп страница:</translation>
    </message>
    <message>
      <source>Long side binding</source>
      <translation>Повез по дужој страни</translation>
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
      <translation>Преглед пре штампања</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Штампај</translation>
    </message>
    <message>
      <source>Fit page</source>
      <translation>Уклопи страницу</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Увећај</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Положено</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Умањи</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Уклопи ширину</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Усправно</translation>
    </message>
    <message>
      <source>Page Setup</source>
      <translation>Подешавање странице</translation>
    </message>
    <message>
      <source>Page setup</source>
      <translation>Подешавање странице</translation>
    </message>
    <message>
      <source>Show overview of all pages</source>
      <translation>Прикажи преглед свих страница</translation>
    </message>
    <message>
      <source>First page</source>
      <translation>Прва страница</translation>
    </message>
    <message>
      <source>Last page</source>
      <translation>Последња страница</translation>
    </message>
    <message>
      <source>Show single page</source>
      <translation>Прикажи једну страницу</translation>
    </message>
    <message>
      <source>Export to PDF</source>
      <translation>Извези у PDF</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Претходна страница</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Следећа страница</translation>
    </message>
    <message>
      <source>Show facing pages</source>
      <translation>Прикажи по две странице</translation>
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
      <translation>Образац</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Тип:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Назив:</translation>
    </message>
    <message>
      <source>Output &amp;file:</source>
      <translation>&amp;Излазна датотека:</translation>
    </message>
    <message>
      <source>P&amp;roperties</source>
      <translation>&amp;Својства</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Преглед</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>Штампач</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Локација:</translation>
    </message>
  </context>
  <context>
    <name>QCupsJobWidget</name>
    <message>
      <source>Job</source>
      <translation>Посао</translation>
    </message>
    <message>
      <source>End:</source>
      <translation>Крај:</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Без</translation>
    </message>
    <message>
      <source>Banner Pages</source>
      <translation>Насловне странице</translation>
    </message>
    <message>
      <source>Night (18:00 to 05:59)</source>
      <translation>Ноћу (18:00 до 05:59)</translation>
    </message>
    <message>
      <source>Specific Time</source>
      <translation>У одређено време</translation>
    </message>
    <message>
      <source>Billing information:</source>
      <translation>Подаци за наплату:</translation>
    </message>
    <message>
      <source>Scheduled printing:</source>
      <translation>Заказано штампање:</translation>
    </message>
    <message>
      <source>Secret</source>
      <translation>Тајно</translation>
    </message>
    <message>
      <source>Top Secret</source>
      <translation>Строго тајно</translation>
    </message>
    <message>
      <source>Start:</source>
      <translation>Почетак:</translation>
    </message>
    <message>
      <source>Day (06:00 to 17:59)</source>
      <translation>Дању (06:00 до 17:59)</translation>
    </message>
    <message>
      <source>Second Shift (16:00 to 23:59)</source>
      <translation>Друга смена (16:00 до 23:59)</translation>
    </message>
    <message>
      <source>Job Control</source>
      <translation>Управљање послом</translation>
    </message>
    <message>
      <source>Weekend (Saturday to Sunday)</source>
      <translation>Викенд (субота и недеља)</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Стандардно</translation>
    </message>
    <message>
      <source>Classified</source>
      <translation>Класификовано</translation>
    </message>
    <message>
      <source>Third Shift (00:00 to 07:59)</source>
      <translation>Трећа смена (00:00 до 07:59)</translation>
    </message>
    <message>
      <source>Hold Indefinitely</source>
      <translation>Задржи до даљег</translation>
    </message>
    <message>
      <source>Print Immediately</source>
      <translation>Штампај одмах</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>Поверљиво</translation>
    </message>
    <message>
      <source>Job priority:</source>
      <translation>Приоритет посла:</translation>
    </message>
    <message>
      <source>Unclassified</source>
      <translation>Некласификовано</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Top</source>
      <translation>На врх</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Помери надоле</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>Помери овде</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Помери налево</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>На дно</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Страница нагоре</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Страница надесно</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Помери нагоре</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Помери надесно</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Леви крај</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Страница надоле</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Страница налево</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Десни крај</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Датотека</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Отвори</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Отвори</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сачувај</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Алијас</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Диск</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Датотеке</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Прикажи колону </translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>Ставка „%1“ је заштићена од уписа.
Да ли ипак желите да је обришете?</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Да ли заиста желите да обришете „%1“?</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Списак места и обележивача</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Назив датотеке:</translation>
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
      <translation>Фасцикла датотека</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Обриши</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Нова фасцикла</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Фасцикла</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Надређена фасцикла</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Нова фасцикла</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Уклони</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Мој рачунар</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Погледај у:</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Направи нову фасциклу</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1 датотека</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Тип датотека:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Пронађи фасциклу</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Прикажи &amp;скривене датотеке</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Сачувај као</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Фасцикла није пронађена.
Проверите да ли је назив фасцикле тачно наведен.</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Бочна трака</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Приказ списка</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Изабери</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Обриши</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Све датотеке (*)</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Све датотеке (*)</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Фасцикле</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Преименуј</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Фасцикла није могла да се обрише.</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Фасцикла:</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Непознато</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>Датотека %1 већ постоји.
Да ли желите да је замените?</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Напред</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Иди напред</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Иди у надређену фасциклу</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Скорашња места</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Иди назад</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Пребаци на детаљан приказ</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Направи нову фасциклу</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Пречица</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Детаљан приказ</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Датотека није пронађена.
Проверите да ли је назив датотеке тачно наведен.</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Пребаци на приказ списка</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Исеци</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Копирај</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Понови</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Опозови</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Налепи</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Обриши</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Изабери све</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Исеци</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Копирај</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Понови</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Опозови</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Налепи</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Обриши</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Изабери све</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Копирај &amp;адресу везе</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesWidget</name>
    <message>
      <source>Form</source>
      <translation>Образац</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Страница</translation>
    </message>
    <message>
      <source>There are conflicts in some options. Please fix them.</source>
      <translation>Неке опције су у сукобу. Исправите их.</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>Напредно</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Kind</source>
      <translation>Врста</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Назив</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Величина</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Мој рачунар</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Рачунар</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Неисправан назив датотеке</translation>
    </message>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;Назив „%1“ не може да се користи.&lt;/b&gt;&lt;p&gt;Покушајте са другим називом, краћим или без знакова интерпункције.</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Датум измене</translation>
    </message>
  </context>
  <context>
    <name>QComboBox</name>
    <message>
      <source>True</source>
      <translation>Тачно</translation>
    </message>
    <message>
      <source>False</source>
      <translation>Нетачно</translation>
    </message>
    <message>
      <source>Open the combo box selection popup</source>
      <translation>Отвори падајући списак</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesDialog</name>
    <message>
      <source>Advanced Option Conflicts</source>
      <translation>Сукоб напредних опција</translation>
    </message>
    <message>
      <source>Job Options</source>
      <translation>Опције посла</translation>
    </message>
    <message>
      <source>Page Setup Conflicts</source>
      <translation>Сукоб у подешавању странице</translation>
    </message>
    <message>
      <source>There are conflicts in some advanced options. Do you want to fix them?</source>
      <translation>Неке напредне опције су у сукобу. Да ли желите да их исправите?</translation>
    </message>
    <message>
      <source>There are conflicts in page setup options. Do you want to fix them?</source>
      <translation>Опције подешавања странице су у сукобу. Да ли желите да их исправите?</translation>
    </message>
    <message>
      <source>Printer Properties</source>
      <translation>Својства штампача</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Прикажи детаље...</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>О Qt-у</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Сакриј детаље...</translation>
    </message>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;О Qt-у&lt;/h3&gt;&lt;p&gt;Овај програм користи Qt, издање %1.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Qt је C++ алат за развој вишеплатформских програма.&lt;/p&gt;&lt;p&gt;Qt омогућава да исти изворни код ради на свим главним оперативним системима за стоне рачунаре. Доступан је и за уграђени Linux и друге уграђене и мобилне оперативне системе.&lt;/p&gt;&lt;p&gt;Qt је доступан под више лиценци, осмишљених тако да задовоље потребе наших различитих корисника.&lt;/p&gt;&lt;p&gt;Qt под нашим комерцијалним лиценцним уговором погодан је за развој власничког/комерцијалног софтвера када не желите да делите изворни код са трећим странама или из других разлога не можете да испуните услове лиценце GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt под лиценцом GNU (L)GPL погодан је за развој Qt&amp;nbsp;програма, под условом да можете да испуните услове одговарајућих лиценци.&lt;/p&gt;&lt;p&gt;Преглед лиценцирања Qt-а потражите на &lt;a href="http://%2/"&gt;%2&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Ауторска права (C) %1 The Qt Company Ltd и други сарадници.&lt;/p&gt;&lt;p&gt;Qt и Qt лого су заштитни знакови компаније The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt је производ компаније The Qt Company Ltd развијен као пројекат отвореног кода. Више информација потражите на &lt;a href="http://%3/"&gt;%3&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>Step &amp;down</source>
      <translation>Корак на&amp;доле</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>Корак на&amp;горе</translation>
    </message>
    <message>
      <source>&amp;Select All</source>
      <translation>Изабери &amp;све</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Откажи</translation>
    </message>
  </context>
</TS>
