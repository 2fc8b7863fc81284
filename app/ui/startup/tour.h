#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QTimer;

namespace Vigil::Core {
class LibraryConnection;
}

namespace Vigil::Ui {

class MainWindow;

// A test aid for the end-to-end privacy test (--tour): once the window is up it
// opens every article of the library and every country profile that has
// articles, then types 100 searches into the search field and opens the best
// match of each, every step waiting for its result. It prints
// "tour: articles N, profiles M, searches S, results opened R, failures F" and
// closes the window as a user would; the exit status is 1 if a step failed.
class Tour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Tour)

public:
    Tour(MainWindow *window, const Core::LibraryConnection &library);

    // What the tour types: words, phrases, field queries, nonsense, and the
    // characters of the full-text and SQL syntaxes. No two are the same once
    // trimmed, so each one changes the filter.
    static const QStringList &searches();

    void start();

private:
    enum class Waiting { Nothing, Document, Search };
    void runNext();
    void waitFor(Waiting what);
    void stepDone(bool ok);
    void typeSearch(const QString &text);
    void finish();

    MainWindow *m_window;
    QList<std::function<void()>> m_steps;
    QTimer *m_timeout;
    Waiting m_waiting = Waiting::Nothing;
    int *m_counter = nullptr;
    QString m_expectedText;
    int m_articles = 0;
    int m_profiles = 0;
    int m_searches = 0;
    int m_resultsOpened = 0;
    int m_failures = 0;
};

} // namespace Vigil::Ui
