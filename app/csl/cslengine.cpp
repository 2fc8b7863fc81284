#include "cslengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace Vigil::Csl {

namespace {

Q_LOGGING_CATEGORY(lcCsl, "vigil.csl.engine")

const QString citeprocPath = QStringLiteral(":/vigil/csl/citeproc/citeproc_commonjs.js");

// The few lines between C++ and citeproc-js: a processor per style, with a "sys"
// object that hands it the items and locales; formatting writes each entry as
// text and as HTML, with the id of the item it cites. JSON crosses the border as
// text, which is plain and cheap at these sizes.
const char glueScript[] = R"JS(
(function (CSL, bridge) {
    CSL.stringCompare = function (a, b) { return bridge.compareStrings(a, b); };
    return {
        create: function (styleXml) {
            var sys = {
                items: {},
                retrieveItem: function (id) { return sys.items[id]; },
                retrieveLocale: function (lang) {
                    var xml = bridge.retrieveLocale(lang);
                    return xml ? xml : undefined;
                }
            };
            return { sys: sys, engine: new CSL.Engine(sys, styleXml) };
        },
        format: function (processor, itemsJson) {
            var items = JSON.parse(itemsJson);
            var ids = [];
            processor.sys.items = {};
            for (var i = 0; i < items.length; ++i) {
                processor.sys.items[items[i].id] = items[i];
                ids.push(items[i].id);
            }
            var engine = processor.engine;
            engine.updateItems(ids);
            var out = { ids: ids };
            ["text", "html"].forEach(function (format) {
                engine.setOutputFormat(format);
                var bibliography = engine.makeBibliography();
                if (bibliography) {
                    out.ids = bibliography[0].entry_ids.map(function (e) { return e[0]; });
                    out[format] = bibliography[1];
                } else {
                    out[format] = ids.map(function (id) {
                        return engine.makeCitationCluster([{ id: id }]);
                    });
                }
            });
            return JSON.stringify(out);
        }
    };
})
)JS";

// citeproc-js's HTML entry: <div class="csl-entry">...</div>, its inner part.
QString entryHtml(QString html)
{
    html = html.trimmed();
    const QString open = QStringLiteral("<div class=\"csl-entry\">");
    if (html.startsWith(open) && html.endsWith(QLatin1String("</div>")))
        html = html.mid(open.size(), html.size() - open.size() - 6).trimmed();
    return html;
}

} // namespace

CslEngine::CslEngine(CslStyleCatalog catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_collator(QLocale(QLocale::English, QLocale::UnitedStates))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    m_collator.setIgnorePunctuation(true);
}

bool CslEngine::load()
{
    if (m_loaded)
        return m_loadError.isEmpty();
    m_loaded = true;
    QFile file(citeprocPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = tr("The citation engine is missing from this build (%1). Reinstall Vigil.").arg(citeprocPath);
        return false;
    }
    // The CommonJS build ends in "module.exports = CSL".
    QJSValue module = m_js.newObject();
    module.setProperty(QStringLiteral("exports"), m_js.newObject());
    m_js.globalObject().setProperty(QStringLiteral("module"), module);
    const QJSValue loaded = m_js.evaluate(QString::fromUtf8(file.readAll()), citeprocPath);
    const QJSValue csl = module.property(QStringLiteral("exports"));
    if (loaded.isError() || !csl.hasProperty(QStringLiteral("Engine"))) {
        m_loadError = tr("The citation engine failed to start: %1. Reinstall Vigil.").arg(scriptError(loaded));
        return false;
    }
    // The engine keeps a pointer to this object; it must never delete it.
    QJSEngine::setObjectOwnership(this, QJSEngine::CppOwnership);
    const QJSValue factory = m_js.evaluate(QString::fromUtf8(glueScript), QStringLiteral("vigil-csl-glue.js"));
    m_glue = factory.call({ csl, m_js.newQObject(this) });
    if (m_glue.isError())
        m_loadError = tr("The citation engine failed to start: %1. Reinstall Vigil.").arg(scriptError(m_glue));
    return m_loadError.isEmpty();
}

CslEngine::~CslEngine() = default;

QString CslEngine::scriptError(const QJSValue &value)
{
    if (!value.isError())
        return value.toString();
    const QJSValue line = value.property(QStringLiteral("lineNumber"));
    QString message = value.toString();
    if (line.isNumber())
        message += QStringLiteral(" (line %1)").arg(line.toInt());
    return message;
}

QString CslEngine::retrieveLocale(const QString &lang) const
{
    const QString xml = m_catalog.localeXml(lang);
    if (xml.isEmpty())
        qCDebug(lcCsl) << "no locale" << lang << "; citeproc-js falls back to en-US";
    return xml;
}

int CslEngine::compareStrings(const QString &a, const QString &b) const
{
    return m_collator.compare(a, b);
}

QJSValue CslEngine::processor(const QString &styleId, QString *error)
{
    const auto cached = m_processors.constFind(styleId);
    if (cached != m_processors.cend())
        return *cached;
    QString readError;
    const QString xml = m_catalog.styleXml(styleId, &readError);
    if (xml.isEmpty()) {
        *error = tr("The citation style \"%1\" cannot be read: %2. Choose another style.").arg(styleId, readError);
        return {};
    }
    const QJSValue made = m_glue.property(QStringLiteral("create")).call({ xml });
    if (made.isError() || !made.isObject()) {
        *error
            = tr("The citation style \"%1\" cannot be used: %2. Choose another style.").arg(styleId, scriptError(made));
        return {};
    }
    m_processors.insert(styleId, made);
    return made;
}

CslResult CslEngine::bibliography(const QString &styleId, const QList<QJsonObject> &items)
{
    CslResult result;
    if (!load()) {
        result.error = m_loadError;
        return result;
    }
    if (items.isEmpty())
        return result;
    const QJSValue proc = processor(styleId, &result.error);
    if (!result.ok())
        return result;
    QJsonArray array;
    for (const QJsonObject &item : items)
        array.append(item);
    const QJSValue out = m_glue.property(QStringLiteral("format"))
                             .call({ proc, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) });
    if (out.isError() || !out.isString()) {
        // A processor that threw may be left half-way: make a fresh one next time.
        m_processors.remove(styleId);
        result.error = tr("The citation style \"%1\" failed on these items: %2. Choose another style.")
                           .arg(styleId, scriptError(out));
        return result;
    }
    const QJsonObject formatted = QJsonDocument::fromJson(out.toString().toUtf8()).object();
    const QJsonArray ids = formatted.value(QStringLiteral("ids")).toArray();
    const QJsonArray texts = formatted.value(QStringLiteral("text")).toArray();
    const QJsonArray htmls = formatted.value(QStringLiteral("html")).toArray();
    for (qsizetype i = 0; i < ids.size() && i < texts.size() && i < htmls.size(); ++i)
        result.entries.append(
            { ids.at(i).toString(), texts.at(i).toString().trimmed(), entryHtml(htmls.at(i).toString()) });
    return result;
}

} // namespace Vigil::Csl
