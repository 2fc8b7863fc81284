#pragma once

#include "cslentry.h"
#include "cslstylecatalog.h"

#include <QCollator>
#include <QHash>
#include <QJSEngine>
#include <QJSValue>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace Vigil::Csl {

// What a bibliography came to: its entries in the style's order, or why there are none.
struct CslResult
{
    QList<CslEntry> entries;
    QString error; // for the user: what failed and what to do

    bool ok() const { return error.isEmpty(); }
};

// citeproc-js in one QJSEngine. The engine's script is loaded once, on first
// need; a style's processor is made the first time the style is used,
// and kept. A QJSEngine belongs to the thread that made it: use a CslEngine
// only there (CitationFormatter runs one on a worker thread).
class CslEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CslEngine)

public:
    explicit CslEngine(CslStyleCatalog catalog = CslStyleCatalog(), QObject *parent = nullptr);
    ~CslEngine() override;

    // Loads citeproc-js (a tenth of a second or so), once; bibliography() does it
    // when it has not been done. False when it failed (see loadError()).
    bool load();
    QString loadError() const { return m_loadError; }

    // The bibliography of items (CSL-JSON objects, each with a distinct "id") in
    // style styleId (a catalogue id or the path of a .csl file). For a style that
    // has no bibliography (a few note styles), each item's note instead.
    CslResult bibliography(const QString &styleId, const QList<QJsonObject> &items);

    const CslStyleCatalog &catalog() const { return m_catalog; }

    // Stops the script running now, and every later one, with an error: a formatter
    // that closes does not wait for a style to finish loading. Any thread may call it.
    void interrupt() { m_js.setInterrupted(true); }

    // Called by citeproc-js for the locales a style needs.
    Q_INVOKABLE QString retrieveLocale(const QString &lang) const;
    // Called by citeproc-js to sort a bibliography (see m_collator).
    Q_INVOKABLE int compareStrings(const QString &a, const QString &b) const;

private:
    QJSValue processor(const QString &styleId, QString *error);
    static QString scriptError(const QJSValue &value);

    CslStyleCatalog m_catalog;
    // The JavaScript engine's localeCompare follows the process's locale, which may
    // be "C": sorted by code points, "Đorđević" would come after "Zagreb". Sorting
    // goes through Qt's collator instead, as citeproc-js asks of a browser: base
    // letters, punctuation ignored, numbers by value.
    QCollator m_collator;
    QJSEngine m_js;
    QJSValue m_glue; // { create(styleXml), format(processor, itemsJson) }
    QHash<QString, QJSValue> m_processors; // per style id
    QString m_loadError;
    bool m_loaded = false;
};

} // namespace Vigil::Csl

Q_DECLARE_METATYPE(Vigil::Csl::CslResult)
