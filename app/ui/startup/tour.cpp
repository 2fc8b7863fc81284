#include "tour.h"

#include "browse/filterbar.h"
#include "detail/detailpane.h"
#include "mainwindow/mainwindow.h"
#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

#include <cstdio>

namespace Vigil::Ui {

namespace {
// Chromium's first start under a system-call tracer can take this long.
constexpr int stepTimeoutMs = 60000;
} // namespace

const QStringList &Tour::searches()
{
    static const QStringList list = {
        // words, prefixes and names, with and without diacritics
        QStringLiteral("trafficking"),
        QStringLiteral("traff"),
        QStringLiteral("pristina"),
        QStringLiteral("Priština"),
        QStringLiteral("PRIŠTINA"),
        QStringLiteral("kosovo"),
        QStringLiteral("serbia"),
        QStringLiteral("montenegro"),
        QStringLiteral("belgrade"),
        QStringLiteral("podgorica"),
        QStringLiteral("Niš"),
        QStringLiteral("police"),
        QStringLiteral("court"),
        QStringLiteral("victims"),
        QStringLiteral("children"),
        QStringLiteral("women"),
        QStringLiteral("labour"),
        QStringLiteral("labor"),
        QStringLiteral("prostitution"),
        QStringLiteral("smuggling"),
        QStringLiteral("border"),
        QStringLiteral("OSCE"),
        QStringLiteral("UNMIK"),
        QStringLiteral("Amnesty"),
        QStringLiteral("shelter"),
        QStringLiteral("roma"),
        QStringLiteral("begging"),
        QStringLiteral("UNHCR"),
        QStringLiteral("exploitation"),
        QStringLiteral("Kosovo Polje"),
        QStringLiteral("report 2009"),
        QStringLiteral("forced labor serbia"),
        QStringLiteral("kosovo police service"),
        // phrases and the query language's operators
        QStringLiteral("\"human trafficking\""),
        QStringLiteral("\"forced labour\""),
        QStringLiteral("\"debt bondage\""),
        QStringLiteral("\"State Department\""),
        QStringLiteral("begging OR beggars"),
        QStringLiteral("trafficking -sexual"),
        QStringLiteral("NOT police"),
        QStringLiteral("-\"human trafficking\" kosovo"),
        QStringLiteral("victims OR"),
        QStringLiteral("OR victims"),
        // fields
        QStringLiteral("country:serbia"),
        QStringLiteral("country:RS"),
        QStringLiteral("country:xk"),
        QStringLiteral("country:montenegro"),
        QStringLiteral("country:atlantis"),
        QStringLiteral("year:2005"),
        QStringLiteral("year:2005..2010"),
        QStringLiteral("year:..2004"),
        QStringLiteral("year:2010.."),
        QStringLiteral("year:abc"),
        QStringLiteral("topic:child-labour"),
        QStringLiteral("topic:nosuchtopic"),
        QStringLiteral("publisher:amnesty"),
        QStringLiteral("author:smith"),
        QStringLiteral("is:pdf"),
        QStringLiteral("is:featured"),
        QStringLiteral("is:archive"),
        QStringLiteral("country:RS year:2004..2008 police"),
        QStringLiteral("title:kosovo"),
        QStringLiteral("body:police"),
        // nonsense
        QStringLiteral("zzzzunfindable"),
        QStringLiteral("qwxzvbnm"),
        QStringLiteral("1234567890"),
        QStringLiteral("a"),
        QStringLiteral("the the the"),
        QStringLiteral("x y z w v u t s r q"),
        QStringLiteral("ŧřåƒƒîçķîñğ"),
        QStringLiteral("人口贩卖"),
        QStringLiteral("торговля людьми"),
        QStringLiteral("الاتجار بالبشر"),
        QStringLiteral("🙂 trafficking 🙂"),
        QString(200, u'k'),
        // full-text syntax that must never reach the index as syntax
        QStringLiteral("\""),
        QStringLiteral("\"unbalanced phrase"),
        QStringLiteral("*"),
        QStringLiteral("traff*"),
        QStringLiteral("(police"),
        QStringLiteral("police)"),
        QStringLiteral("NEAR(police court)"),
        QStringLiteral("police AND"),
        QStringLiteral("AND OR NOT"),
        QStringLiteral("^kosovo"),
        QStringLiteral("{title body}: police"),
        QStringLiteral("police + court"),
        QStringLiteral("-"),
        QStringLiteral(":"),
        QStringLiteral("\"\""),
        // SQL, markup and addresses, which must be searched as words
        QStringLiteral("'; DROP TABLE articles; --"),
        QStringLiteral("' OR 1=1 --"),
        QStringLiteral("%"),
        QStringLiteral("_"),
        QStringLiteral("\\"),
        QStringLiteral("<script>alert(1)</script>"),
        QStringLiteral("\"><img src=x onerror=alert(1)>"),
        QStringLiteral("http://127.0.0.1:9/"),
        QStringLiteral("file:///etc/passwd"),
        QStringLiteral("&amp; &lt;b&gt;"),
    };
    return list;
}

Tour::Tour(MainWindow *window, const Core::LibraryConnection &library)
    : QObject(window)
    , m_window(window)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(stepTimeoutMs);
    connect(m_timeout, &QTimer::timeout, this, [this]() {
        std::fprintf(stderr, "tour: a step timed out\n");
        stepDone(false);
    });
    connect(window->detailPane(), &DetailPane::documentLoaded, this, [this](bool ok) {
        if (m_waiting == Waiting::Document)
            stepDone(ok);
    });
    // Once the list shows the search's ranked rows: searches run on a worker.
    connect(window, &MainWindow::resultsShown, this, [this](const Core::ArticleFilter &filter) {
        if (m_waiting != Waiting::Search || filter.text != m_expectedText)
            return;
        ++m_searches;
        // Then the reader opens the best match, with the search words marked in it.
        m_counter = &m_resultsOpened;
        m_waiting = Waiting::Document;
        if (!m_window->openFirstArticle()) {
            m_waiting = Waiting::Nothing;
            m_timeout->stop();
            QTimer::singleShot(0, this, &Tour::runNext);
        }
    });

    for (const Core::Article &article : Core::ArticleQueries(library).articles()) {
        const qint64 id = article.id;
        m_steps << [this, id]() {
            m_counter = &m_articles;
            waitFor(Waiting::Document);
            if (!m_window->openArticle(id))
                stepDone(false);
        };
    }
    for (const Core::CountryCount &country : Core::CatalogueQueries(library).countryCounts()) {
        if (country.articles == 0)
            continue;
        const QString code = country.code;
        m_steps << [this, code]() {
            m_counter = &m_profiles;
            waitFor(Waiting::Document);
            if (!m_window->selectCountry(code))
                stepDone(false);
        };
    }
    // Searches run over the whole library, as after "Clear filters".
    m_steps << [this]() {
        m_window->filterBar()->clearAll();
        runNext();
    };
    for (const QString &text : searches()) {
        m_steps << [this, text]() {
            m_counter = nullptr;
            m_expectedText = text.trimmed();
            waitFor(Waiting::Search);
            typeSearch(text);
        };
    }
}

void Tour::start()
{
    QTimer::singleShot(0, this, &Tour::runNext);
}

void Tour::runNext()
{
    if (m_steps.isEmpty()) {
        finish();
        return;
    }
    const std::function<void()> step = m_steps.takeFirst();
    step();
}

void Tour::waitFor(Waiting what)
{
    m_waiting = what;
    m_timeout->start();
}

void Tour::stepDone(bool ok)
{
    if (m_waiting == Waiting::Nothing)
        return;
    m_waiting = Waiting::Nothing;
    m_timeout->stop();
    if (!ok)
        ++m_failures;
    else if (m_counter)
        ++*m_counter;
    m_counter = nullptr;
    // On from the event loop, so that the pane finishes what it is doing first.
    QTimer::singleShot(0, this, &Tour::runNext);
}

void Tour::typeSearch(const QString &text)
{
    // As a reader does it: Ctrl+F selects what is there, and the first key
    // typed replaces it. The filter follows once the typing stops.
    FilterBar *bar = m_window->filterBar();
    bar->focusSearch();
    QLineEdit *field = bar->searchField();
    for (qsizetype i = 0; i < text.size(); ++i) {
        // One key per character: a surrogate pair is one character.
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString typed = text.mid(i, length);
        i += length - 1;
        // Printable ASCII has key codes of its own (upper case); the rest comes from an input method.
        const int key = typed.at(0).unicode() < 0x80 ? typed.at(0).toUpper().unicode() : int(Qt::Key_unknown);
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, typed);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, typed);
        QCoreApplication::sendEvent(field, &press);
        QCoreApplication::sendEvent(field, &release);
    }
}

void Tour::finish()
{
    std::printf("tour: articles %d, profiles %d, searches %d, results opened %d, failures %d\n", m_articles, m_profiles,
        m_searches, m_resultsOpened, m_failures);
    std::fflush(stdout);
    m_window->close();
    QCoreApplication::exit(m_failures == 0 ? 0 : 1);
}

} // namespace Vigil::Ui
