#pragma once

#include <QJsonObject>
#include <QString>

namespace Vigil::Bench {

// Drives the reader's window through a scripted session on a built library and
// measures how long its event loop could not answer: type a query letter by
// letter, click countries, scroll the ranked list, open articles. The reading
// pane runs without Qt WebEngine (its work is in another process); what is
// measured is Vigil's own work on the window's thread.
struct UiBenchOptions
{
    QString library;
    int countries = 20;
    int scrollRows = 2000;
    int articles = 50;
    QString query = QStringLiteral("trafficking women");
    int controlMs = 3000; // the idle window measured first, the machine's floor
};

// On success *result holds the figures (README, Performance): longest stall,
// p99, stalls over 16 ms, and the longest stall of each phase.
bool runUiBench(const UiBenchOptions &options, QJsonObject *result, QString *error);

} // namespace Vigil::Bench
