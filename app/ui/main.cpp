// Sets up the application and the window; nothing else.
#include "detail/detailpane.h"
#include "dialogs/dialogseam.h"
#include "i18n/uilanguage.h"
#include "mainwindow/mainwindow.h"
#include "print/headlessprint.h"
#include "safety/singleinstance.h"
#include "startup/shadercaches.h"
#include "startup/startupguard.h"
#include "startup/startupprobe.h"
#include "startup/tour.h"
#include "storage/datafolders.h"
#include "storage/libraryconnection.h"
#include "storage/librarylocator.h"
#include "storage/userdatastore.h"
#include "storage/userlibrary.h"
#include "widgets/backgroundtask.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

namespace {

// The library shown when none is chosen: the bundled one, joined with the pages
// the reader imported (storage/userlibrary.h). After an update of the bundled
// library they are joined again, which takes a moment per page.
QString defaultLibrary(const QString &bundled, QString *problem)
{
    Vigil::Core::UserLibrary user;
    if (!user.hasPages())
        return bundled;
    if (user.isCurrent(bundled))
        return user.libraryPath();
    QString shown = bundled;
    QString why;
    Vigil::Ui::BackgroundTask::run(nullptr,
        QApplication::translate("main", "Adding your imported pages to the updated library…"),
        [&](const Vigil::Ui::BackgroundTask::Progress &progress) {
            shown = user.libraryToShow(bundled, progress, &why);
        });
    if (problem)
        *problem = why;
    return shown;
}

} // namespace

int main(int argc, char *argv[])
{
    Vigil::Ui::StartupProbe::msSinceProcessStart();
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const QString debugging = Vigil::Ui::remoteDebuggingProblem(rawArguments, QProcessEnvironment::systemEnvironment());
    if (!debugging.isEmpty()) {
        std::fprintf(stderr, "vigil: %s\n", qPrintable(debugging));
        return 1;
    }

    // Qt::AA_ShareOpenGLContexts, which Qt WebEngine needs, is set by the reading
    // pane's module when it first loads (webview/webdetailview.cpp says why).
    // The names place Vigil's folders, and the GL driver may settle on its
    // shader cache while the QApplication starts.
    QCoreApplication::setApplicationName(QStringLiteral("Vigil"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil"));
    Vigil::Ui::disableQtShaderDiskCache();
    Vigil::Ui::disableDriverShaderCaches();
#ifdef Q_OS_LINUX
    // With no session bus, libdbus would start one itself through dbus-launch
    // (X11 autolaunch), which writes ~/.dbus and leaves a daemon running: a trace
    // of Vigil that outlives it. An address that cannot connect stops that; a
    // session that has a bus names it, or has it at $XDG_RUNTIME_DIR/bus.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        && !QFileInfo::exists(qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/bus")))
        qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    // Qt WebEngine exposes its pages to screen readers on Linux only when asked;
    // without it the reading pane is an empty box to a blind reader.
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY"))
        qputenv("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY", "1");
#endif

    // A handout printed from the command line needs no display: a teacher can
    // make them over a remote shell, and the tests on a machine with none.
    if (Vigil::Ui::HeadlessPrint::isRequested(rawArguments) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    Vigil::Core::DataFolders::usePortableIfMarked();
    Vigil::Ui::UiLanguage::install();
    QApplication::setApplicationDisplayName(QStringLiteral("Vigil"));
    QApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.vigilreader.Vigil"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Offline reader of reports on human trafficking and modern-day slavery.\n\n"
        "Quick exit: F12, Ctrl+Shift+Q or Shift pressed three times hides and closes Vigil at once."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(
        QStringLiteral("library"), QApplication::translate("main", "Open this library file."), QStringLiteral("FILE"));
    const QCommandLineOption openOption(QStringLiteral("open"),
        QApplication::translate("main", "Show the article with this id."), QStringLiteral("ARTICLE_ID"));
    const QCommandLineOption countryOption(QStringLiteral("country"),
        QApplication::translate("main", "Select this country (ISO code, e.g. RS)."), QStringLiteral("CODE"));
    const QCommandLineOption paintProbe(QStringLiteral("exit-after-first-paint"),
        QApplication::translate("main", "Print first-paint-ms: N (since process start) and quit."));
    const QCommandLineOption articleProbe(QStringLiteral("exit-after-first-article"),
        QApplication::translate("main",
            "Print first-article-ms: N (since process start) when the first document "
            "(the first article, or what the start shows) has loaded, and quit."));
    const QCommandLineOption tourOption(QStringLiteral("tour"),
        QApplication::translate("main",
            "Test aid: open every article and country profile, "
            "run 100 searches, print a summary and quit."));
    const QCommandLineOption printPdfOption(QStringLiteral("print-pdf"),
        QApplication::translate("main",
            "Write the handout of --open (an article), --country (a country dossier) or "
            "--reading-list to this PDF file and quit, without showing the window."),
        QStringLiteral("FILE"));
    const QCommandLineOption readingListOption(QStringLiteral("reading-list"),
        QApplication::translate("main", "With --print-pdf: the reading list with this name."), QStringLiteral("NAME"));
    const QCommandLineOption citationStyleOption(QStringLiteral("citation-style"),
        QApplication::translate("main",
            "With --print-pdf: cite in this citation style (apa when not given; vigil-library styles lists them)."),
        QStringLiteral("STYLE"));
    parser.addOptions({ libraryOption, openOption, countryOption, paintProbe, articleProbe, tourOption, printPdfOption,
        readingListOption, citationStyleOption });
    parser.process(app);

    // The library: --library, else the one the reader last opened (File ▸ Open
    // library), else the bundled one. Opening another one builds the window anew.
    const QString bundled = Vigil::Core::LibraryLocator::bundledLibraryPath();
    QString path = parser.isSet(libraryOption) ? parser.value(libraryOption) : Vigil::Ui::MainWindow::chosenLibrary();

    if (parser.isSet(printPdfOption)) {
        if (path.isEmpty()) {
            QString problem;
            path = Vigil::Core::UserLibrary().libraryToShow(bundled, {}, &problem);
            if (!problem.isEmpty())
                std::fprintf(stderr, "vigil: your imported pages are left out: %s\n", qPrintable(problem));
        }
        return Vigil::Ui::HeadlessPrint::run(
            { parser.value(printPdfOption), path, Vigil::Core::UserDataStore::defaultPath(), parser.value(openOption),
                parser.value(countryOption), parser.value(readingListOption), parser.value(citationStyleOption) });
    }

    // One Vigil per user session (safety/singleinstance.h says why); the test
    // aids run on their own.
    const bool testAid = parser.isSet(paintProbe) || parser.isSet(articleProbe) || parser.isSet(tourOption);
    Vigil::Ui::SingleInstance instance(Vigil::Ui::SingleInstance::defaultFolder());
    if (!testAid && instance.claim() == Vigil::Ui::SingleInstance::Role::Secondary) {
        if (instance.handOver(QCoreApplication::arguments().mid(1)))
            return 0;
        // Better two windows than none when a reader needs a hotline.
        std::fprintf(stderr, "vigil: another Vigil is running but did not answer (%s); starting a second one\n",
            qPrintable(instance.problem()));
    }

    // The reader's own data outlives a change of library. Its file is made when
    // the reader first saves something: a start that saves nothing leaves no
    // trace (tests/e2e/quickexit.sh). Without it Vigil still reads; the lists
    // are left out and the window says why.
    Vigil::Core::UserDataStore userData;
    QString userDataProblem;
    if (!userData.open(Vigil::Core::UserDataStore::defaultPath(), &userDataProblem,
            Vigil::Core::UserDataStore::Creation::OnFirstWrite))
        std::fprintf(stderr, "vigil: %s\n", qPrintable(userDataProblem));
    // The bundled library joined with the pages the reader imported; made again,
    // with a progress bar, when an update brought a newer bundled library.
    QString userLibraryProblem;
    const QString shownByDefault = defaultLibrary(bundled, &userLibraryProblem);
    if (path.isEmpty())
        path = shownByDefault;
    QString nextStatus = userLibraryProblem.isEmpty()
        ? QString()
        : QApplication::translate("main", "Your imported pages are left out: %1").arg(userLibraryProblem);
    QString nextPage;
    bool firstWindow = true;
    for (;;) {
        Vigil::Core::LibraryConnection library;
        QString problem;
        const bool opened = library.open(path, Vigil::Core::LibraryConnection::OpenMode::ReadOnly, &problem);
        if (!opened) {
            problem = QApplication::translate("main",
                "The library could not be opened.\n\n%1\n\n"
                "Choose another one with File ▸ Open library, or reinstall Vigil.")
                          .arg(problem);
            std::fprintf(stderr, "vigil: %s\n", qPrintable(problem.simplified()));
        }

        // What the start shows (--country, --open, a restored session) reaches the
        // reading pane while the window is built; the pane starts Qt WebEngine only
        // once the window has been painted (detail/detailpane.h).
        Vigil::Ui::DialogSeam dialogs;
        Vigil::Ui::MainWindow window(opened ? &library : nullptr, problem, &dialogs);
        window.setLibraryPaths(path, bundled, defaultLibrary(bundled, nullptr));
        window.setUserData(&userData);
        if (!userDataProblem.isEmpty())
            window.showStatus(
                QApplication::translate("main", "Your reading lists are not available: %1").arg(userDataProblem));
        window.restoreSession();
        if (!nextPage.isEmpty())
            window.selectPage(nextPage);
        if (!nextStatus.isEmpty())
            window.showStatus(nextStatus);
        nextPage.clear();
        nextStatus.clear();
        // What a later launch asks for is done here too, with the window raised.
        const auto applyArguments = [&](const QCommandLineParser &arguments) {
            if (arguments.isSet(libraryOption) && arguments.value(libraryOption) != path)
                window.showStatus(QApplication::translate("main",
                    "Vigil is already open with another library. "
                    "Open %1 with File ▸ Open library.")
                                      .arg(arguments.value(libraryOption)));
            if (arguments.isSet(countryOption) && !window.selectCountry(arguments.value(countryOption)))
                std::fprintf(stderr, "vigil: no country with code %s\n", qPrintable(arguments.value(countryOption)));
            if (arguments.isSet(openOption) && !window.openArticle(arguments.value(openOption).toLongLong()))
                std::fprintf(stderr, "vigil: no article with id %s\n", qPrintable(arguments.value(openOption)));
        };
        if (firstWindow)
            applyArguments(parser);
        QObject::connect(
            &instance, &Vigil::Ui::SingleInstance::argumentsReceived, &window, [&](const QStringList &arguments) {
                QCommandLineParser later;
                later.addOptions({ libraryOption, openOption, countryOption });
                // Unknown options from a newer or older Vigil are ignored.
                later.parse(QStringList { QCoreApplication::applicationFilePath() } + arguments);
                applyArguments(later);
                window.bringToFront();
            });
        QString next;
        QObject::connect(&window, &Vigil::Ui::MainWindow::libraryChosen, &window, [&](const QString &chosen) {
            next = chosen;
            window.close(); // saves the window's settings
            QApplication::exit(0);
        });
        QObject::connect(&window, &Vigil::Ui::MainWindow::libraryChanged, &window,
            [&](const QString &chosen, const QString &status, const QString &pageKey) {
                next = chosen;
                nextStatus = status;
                nextPage = pageKey;
                window.close();
                QApplication::exit(0);
            });
        if (firstWindow && parser.isSet(paintProbe)) {
            new Vigil::Ui::StartupProbe(&window, Vigil::Ui::StartupProbe::Mode::FirstPaint);
        } else if (firstWindow && parser.isSet(articleProbe)) {
            new Vigil::Ui::StartupProbe(&window, Vigil::Ui::StartupProbe::Mode::FirstArticle);
            // What the start shows (a country's profile, an article) is the first
            // document; a plain start opens the list's first article.
            if (window.detailPane()->currentHtml().isEmpty())
                QTimer::singleShot(0, &window, &Vigil::Ui::MainWindow::openFirstArticle);
        } else if (firstWindow && parser.isSet(tourOption)) {
            if (!opened)
                return 1;
            (new Vigil::Ui::Tour(&window, library))->start();
        } else if (firstWindow) {
            // The notice comes once the window is on screen, never before it.
            QTimer::singleShot(0, &window, &Vigil::Ui::MainWindow::showContentWarningIfNeeded);
        }
        window.show();
        const int status = QApplication::exec();
        if (next.isEmpty())
            return status;
        path = next;
        firstWindow = false;
    }
}
