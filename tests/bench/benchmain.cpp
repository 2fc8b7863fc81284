#include "citationbench.h"
#include "corpus.h"
#include "import/pageparser.h"
#include "reference/referencedata.h"
#include "searchbench.h"
#include "testlibrary.h"
#ifdef VIGIL_BENCH_UI
#include "citationwindowbench.h"
#include "uibench.h"

#include <QApplication>
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Vigil;

namespace {

// Raised when the generator or the storage changes, so a cached library is rebuilt.
constexpr int corpusVersion = 8;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Built
{
    QString library;
    double importSeconds = 0;
};

// Generates the pages and imports them once per size; later runs reuse the
// library and the import time measured when it was built.
bool buildLibrary(const QString &workDir, int articles, Built *built, QString *error)
{
    const QString stem = QStringLiteral("library-%1-c%2-s%3")
                             .arg(articles)
                             .arg(corpusVersion)
                             .arg(Core::LibraryConnection::currentSchemaVersion);
    const QDir dir(QDir(workDir).absolutePath()); // mkpath() reads a relative path from dir, not from here
    built->library = dir.filePath(stem + QStringLiteral(".sqlite"));
    const QString sidecar = dir.filePath(stem + QStringLiteral(".json"));
    if (QFileInfo::exists(built->library) && QFileInfo::exists(sidecar)) {
        QFile f(sidecar);
        if (f.open(QIODevice::ReadOnly)) {
            built->importSeconds
                = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("import_s")).toDouble();
            return true;
        }
    }
    const QString pagesDir = dir.filePath(QStringLiteral("pages-%1-c%2").arg(articles).arg(corpusVersion));
    QDir(pagesDir).removeRecursively();
    if (!dir.mkpath(pagesDir)) {
        *error = QStringLiteral("cannot create %1").arg(pagesDir);
        return false;
    }
    Core::ReferenceData reference;
    if (!reference.load({}, error))
        return false;
    Bench::CorpusInfo info;
    Bench::CorpusOptions options;
    options.articles = articles;
    QElapsedTimer generation;
    generation.start();
    if (!Bench::writeCorpus(pagesDir, options, reference, &info, error))
        return false;
    QTextStream(stderr) << "generated " << info.articles << " articles on " << info.pages << " pages ("
                        << info.bytes / 1048576 << " MiB) in " << generation.elapsed() / 1000.0 << " s\n";

    // Timed like `vigil-library build`: parse every page, import each, compact.
    QElapsedTimer timer;
    timer.start();
    const QString partial = built->library + QStringLiteral(".partial");
    QFile::remove(partial);
    Test::TestLibrary store;
    if (!store.connection.open(partial, Core::LibraryConnection::OpenMode::Create, error)
        || !store.importer.writeReferenceData(reference, error))
        return false;
    const Core::PageParser parser(reference);
    const QFileInfoList files = QDir(pagesDir).entryInfoList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    int parsed = 0;
    for (const QFileInfo &file : files) {
        const Core::PageParser::Result r = parser.parseFile(file.filePath());
        if (!r.ok) {
            *error = r.error;
            return false;
        }
        parsed += int(r.page.articles.size());
        if (!store.importer.importPage(r.page, error))
            return false;
    }
    if (parsed != info.articles) {
        *error = QStringLiteral("the parser found %1 articles in pages written with %2").arg(parsed).arg(info.articles);
        return false;
    }
    if (!store.connection.vacuum(error))
        return false;
    store.connection.close();
    built->importSeconds = double(timer.elapsed()) / 1000.0;
    QFile::remove(built->library);
    if (!QFile::rename(partial, built->library)) {
        *error = QStringLiteral("cannot write %1").arg(built->library);
        return false;
    }
    QFile f(sidecar);
    if (f.open(QIODevice::WriteOnly))
        f.write(QJsonDocument(QJsonObject { { QStringLiteral("import_s"), built->importSeconds } }).toJson());
    QDir(pagesDir).removeRecursively();
    return true;
}

QString fixed(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

int runUi(const QString &library, int articles, bool json)
{
#ifdef VIGIL_BENCH_UI
    Bench::UiBenchOptions options;
    options.library = library;
    QJsonObject result;
    QString error;
    if (!Bench::runUiBench(options, &result, &error)) {
        std::fprintf(stderr, "vigil-bench: %s\n", qPrintable(error));
        return 2;
    }
    result.insert(QStringLiteral("articles"), articles);
    if (json) {
        out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    const QJsonObject phases = result.value(QStringLiteral("longest_by_phase_ms")).toObject();
    out() << "articles " << articles << ": " << result.value(QStringLiteral("countries_clicked")).toInt()
          << " countries clicked, " << result.value(QStringLiteral("rows_scrolled")).toInt() << " rows scrolled ("
          << result.value(QStringLiteral("rows_loaded")).toInt() << " loaded), "
          << result.value(QStringLiteral("articles_opened")).toInt() << " articles opened\n"
          << "event-loop stalls, ms: longest " << fixed(result.value(QStringLiteral("longest_stall_ms")).toDouble())
          << ", p99 " << fixed(result.value(QStringLiteral("p99_ms")).toDouble()) << ", over 16 ms "
          << result.value(QStringLiteral("stalls_over_16ms")).toInt() << " of "
          << result.value(QStringLiteral("ticks")).toInt() << " ticks (goal: none over 16)\n"
          << "of which the window's thread ran, ms: longest "
          << fixed(result.value(QStringLiteral("longest_work_stall_ms")).toDouble()) << ", p99 "
          << fixed(result.value(QStringLiteral("work_p99_ms")).toDouble()) << ", over 16 ms "
          << result.value(QStringLiteral("work_stalls_over_16ms")).toInt() << "\n"
          << "the same window idle for 3 s before (the machine's floor), ms: longest "
          << fixed(result.value(QStringLiteral("idle_longest_stall_ms")).toDouble()) << ", p99 "
          << fixed(result.value(QStringLiteral("idle_p99_ms")).toDouble()) << ", over 16 ms "
          << result.value(QStringLiteral("idle_stalls_over_16ms")).toInt() << "\n"
          << "longest by phase, ms:";
    for (auto it = phases.constBegin(); it != phases.constEnd(); ++it)
        out() << ' ' << it.key() << ' ' << fixed(it.value().toDouble());
    out() << "\nof which the window's thread ran, by phase, ms:";
    const QJsonObject workPhases = result.value(QStringLiteral("longest_work_by_phase_ms")).toObject();
    for (auto it = workPhases.constBegin(); it != workPhases.constEnd(); ++it)
        out() << ' ' << it.key() << ' ' << fixed(it.value().toDouble());
    out() << "\nworst stalls, ms (of which the window's thread ran):";
    const QJsonArray worst = result.value(QStringLiteral("worst")).toArray();
    for (const QJsonValue &w : worst) {
        const QJsonObject o = w.toObject();
        out() << ' ' << fixed(o.value(QStringLiteral("ms")).toDouble()) << " ("
              << fixed(o.value(QStringLiteral("cpu_ms")).toDouble()) << ", "
              << o.value(QStringLiteral("phase")).toString() << ')';
    }
    out() << '\n';
    return 0;
#else
    Q_UNUSED(library);
    Q_UNUSED(articles);
    Q_UNUSED(json);
    std::fputs("vigil-bench: built without the window (VIGIL_BUILD_UI off); ui is not available\n", stderr);
    return 1;
#endif
}

// The reading pane's citation: medians over the runs, each with a fresh formatter.
int runCitations(const QString &library, int runs, bool json)
{
    Bench::CitationBenchResult r;
    QString error;
    if (!Bench::runCitationBench(library, runs, &r, &error)) {
        std::fprintf(stderr, "vigil-bench: %s\n", qPrintable(error));
        return 2;
    }
    QList<std::pair<QString, QList<double>>> rows = { { QStringLiteral("engine_start_ms"), r.engineStart },
        { QStringLiteral("first_citation_ms"), r.first }, { QStringLiteral("warm_citation_ms"), r.warm },
        { QStringLiteral("cached_citation_ms"), r.cached }, { QStringLiteral("request_on_ui_thread_ms"), r.request } };
#ifdef VIGIL_BENCH_UI
    // In the window: from the article on the pane to its citation under it.
    Bench::CitationWindowResult w;
    if (!Bench::runCitationWindowBench(library, runs, &w, &error)) {
        std::fprintf(stderr, "vigil-bench: %s\n", qPrintable(error));
        return 2;
    }
    rows += { { QStringLiteral("window_first_shown_ms"), w.firstShown },
        { QStringLiteral("window_warm_shown_ms"), w.warmShown },
        { QStringLiteral("window_cached_shown_ms"), w.cachedShown },
        { QStringLiteral("window_article_open_ms"), w.openIdle },
        { QStringLiteral("window_article_open_while_formatting_ms"), w.openWhileFormatting } };
#endif
    QJsonObject medians { { QStringLiteral("runs"), runs } };
    for (const auto &[name, values] : rows)
        medians.insert(name, Bench::percentile(values, 50));
    if (json) {
        out() << QJsonDocument(medians).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    out() << "citations in APA, medians of " << runs << " runs (ms)\n";
    for (const auto &[name, values] : rows)
        out() << QStringLiteral("%1 %2\n").arg(name, -40).arg(Bench::percentile(values, 50), 0, 'f', 3);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The ui and citations benchmarks drive a window; search needs no display.
    const bool ui = argc > 1 && (qstrcmp(argv[1], "ui") == 0 || qstrcmp(argv[1], "citations") == 0);
#ifdef VIGIL_BENCH_UI
    if (ui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application
        = ui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
#else
    std::unique_ptr<QCoreApplication> application = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("vigil-bench"));
    QCommandLineParser cli;
    cli.setApplicationDescription(
        QStringLiteral("Search and window benchmarks on a synthetic library (see README, Performance)."));
    cli.addHelpOption();
    cli.addPositionalArgument(QStringLiteral("benchmark"),
        QStringLiteral("search: queries through the list's path; ui: a scripted session in the window; "
                       "citations: the reading pane's citation."));
    const QCommandLineOption articles(QStringLiteral("articles"), QStringLiteral("Articles in the library."),
        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object on standard output."));
    const QCommandLineOption workDir(QStringLiteral("work-dir"), QStringLiteral("Where libraries are built and kept."),
        QStringLiteral("DIR"), QStringLiteral(VIGIL_BENCH_WORK_DIR));
    const QCommandLineOption runs(
        QStringLiteral("runs"), QStringLiteral("Timed runs of each query."), QStringLiteral("R"), QStringLiteral("7"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"), QStringLiteral("Each query's medians on standard error."));
    cli.addOptions({ articles, json, workDir, runs, verbose });
    cli.process(app);
    const QStringList benchmarks = { QStringLiteral("search"), QStringLiteral("ui"), QStringLiteral("citations") };
    if (cli.positionalArguments().size() != 1 || !benchmarks.contains(cli.positionalArguments().first())) {
        std::fputs(
            "usage: vigil-bench search|ui|citations --articles N [--json] [--work-dir DIR] [--runs R]\n", stderr);
        return 1;
    }
    const int n = cli.value(articles).toInt();
    if (n < 1 || !QDir().mkpath(cli.value(workDir))) {
        std::fputs("vigil-bench: --articles must be a positive number and --work-dir writable\n", stderr);
        return 1;
    }
    QString error;
    Built built;
    QList<Bench::ClassResult> results;
    Bench::SearchBenchOptions options;
    options.runs = std::max(1, cli.value(runs).toInt());
    if (!buildLibrary(cli.value(workDir), n, &built, &error)) {
        std::fprintf(stderr, "vigil-bench: %s\n", qPrintable(error));
        return 2;
    }
    options.library = built.library;
    if (cli.positionalArguments().first() == QLatin1String("citations"))
        return runCitations(built.library, options.runs, cli.isSet(json));
    if (ui)
        return runUi(built.library, n, cli.isSet(json));
    if (!Bench::runSearchBench(options, &results, &error)) {
        std::fprintf(stderr, "vigil-bench: %s\n", qPrintable(error));
        return 2;
    }
    const qint64 bytes = QFileInfo(built.library).size();
    if (cli.isSet(verbose)) {
        QTextStream err(stderr);
        for (const Bench::ClassResult &c : std::as_const(results))
            err << c.details.join(u'\n') << '\n';
    }
    if (cli.isSet(json)) {
        QJsonObject classes;
        for (const Bench::ClassResult &c : std::as_const(results)) {
            classes.insert(c.name,
                QJsonObject {
                    { QStringLiteral("first_rows_p50_ms"), Bench::percentile(c.firstRows, 50) },
                    { QStringLiteral("first_rows_p95_ms"), Bench::percentile(c.firstRows, 95) },
                    { QStringLiteral("ranked_p50_ms"), Bench::percentile(c.ranked, 50) },
                    { QStringLiteral("ranked_p95_ms"), Bench::percentile(c.ranked, 95) },
                    { QStringLiteral("counted_p95_ms"), Bench::percentile(c.counted, 95) },
                    { QStringLiteral("floor_bm25_p95_ms"), Bench::percentile(c.floorBm25, 95) },
                    { QStringLiteral("floor_rowid_p95_ms"), Bench::percentile(c.floorRowid, 95) },
                    { QStringLiteral("hits"), c.hits },
                });
        }
        out() << QJsonDocument(
            QJsonObject { { QStringLiteral("articles"), n }, { QStringLiteral("import_s"), built.importSeconds },
                { QStringLiteral("db_bytes"), bytes }, { QStringLiteral("classes"), classes } })
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return 0;
    }
    out() << "articles " << n << ", import " << fixed(built.importSeconds) << " s, library "
          << fixed(double(bytes) / 1e6) << " MB, " << options.runs << " runs per query (ms)\n\n";
    const QStringList headers = { QStringLiteral("first p50"), QStringLiteral("first p95"), QStringLiteral("first max"),
        QStringLiteral("ranked p50"), QStringLiteral("ranked p95"), QStringLiteral("ranked max"),
        QStringLiteral("count p95"), QStringLiteral("bm25 p95"), QStringLiteral("rowid p95"),
        QStringLiteral("ranked/bm25"), QStringLiteral("hits") };
    out() << QStringLiteral("%1").arg(QStringLiteral("class"), -9);
    for (const QString &h : headers)
        out() << QStringLiteral("%1").arg(h, 12);
    out() << '\n';
    for (const Bench::ClassResult &c : std::as_const(results)) {
        const double bm25 = Bench::percentile(c.floorBm25, 95);
        const double ranked = Bench::percentile(c.ranked, 95);
        const QStringList cells = { fixed(Bench::percentile(c.firstRows, 50)),
            fixed(Bench::percentile(c.firstRows, 95)), fixed(Bench::percentile(c.firstRows, 100)),
            fixed(Bench::percentile(c.ranked, 50)), fixed(ranked), fixed(Bench::percentile(c.ranked, 100)),
            fixed(Bench::percentile(c.counted, 95)), fixed(bm25), fixed(Bench::percentile(c.floorRowid, 95)),
            bm25 > 0 ? fixed(ranked / bm25) : QStringLiteral("-"), QString::number(c.hits) };
        out() << QStringLiteral("%1").arg(c.name, -9);
        for (const QString &cell : cells)
            out() << QStringLiteral("%1").arg(cell, 12);
        out() << '\n';
    }
    return 0;
}
