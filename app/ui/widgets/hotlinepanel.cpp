#include "hotlinepanel.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

namespace Vigil::Ui {

HotlinePanel::HotlinePanel(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy number"), this))
    , m_all(new QPushButton(tr("All &hotlines"), this))
{
    setObjectName(QStringLiteral("hotlinePanel"));
    setAccessibleName(tr("Help and hotlines"));
    setFrameShape(QFrame::NoFrame);
    // Black on bright yellow is legible in any theme and on a projector.
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral(
        "#hotlinePanel { background: #ffd60a; color: #000; }"
        "#hotlinePanel QLabel { color: #000; font-size: 11pt; }"
        "#hotlinePanel QLabel a { color: #000; }"
        "#hotlinePanel QPushButton { color: #000; background: #fff; border: 2px solid #000; border-radius: 4px; padding: 3px 10px; }"
        "#hotlinePanel QPushButton:focus { border: 3px solid #0b3d91; }"));
    m_text->setObjectName(QStringLiteral("hotlineText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_text->setWordWrap(true);
    m_copy->setObjectName(QStringLiteral("copyHotlineButton"));
    m_all->setObjectName(QStringLiteral("allHotlinesButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy);
    layout->addWidget(m_all);

    // The window does the copying, so that it knows what Vigil put on the clipboard.
    connect(m_copy, &QPushButton::clicked, this, [this]() { emit copyRequested(m_number); });
    connect(m_all, &QPushButton::clicked, this, &HotlinePanel::allHotlinesRequested);
    // tel: hands the number to the system's dialler; it is not a network request.
    connect(m_text, &QLabel::linkActivated, this, [](const QString &link) {
        if (link.startsWith(QStringLiteral("tel:")))
            QDesktopServices::openUrl(QUrl(link));
    });
    showNoCountry();
}

void HotlinePanel::showCountry(const QString &countryName, const QList<Core::Hotline> &hotlines)
{
    const QString name = countryName.toHtmlEscaped();
    if (hotlines.isEmpty()) {
        m_number.clear();
        m_copy->setEnabled(false);
        m_text->setText(tr("<b>HELP &amp; HOTLINES: %1</b> — no hotline is known for %1 in this library. "
                           "In an emergency call the local emergency number. "
                           "“All hotlines” lists every hotline the library has.").arg(name));
        return;
    }
    QStringList parts;
    for (const Core::Hotline &h : hotlines) {
        const QString asOf = h.asOf.isValid() ? tr(", as of %1").arg(h.asOf.toDisplay()) : QString();
        parts << tr("%1 <a href=\"tel:%2\"><b style=\"font-size:13pt\">%3</b></a> <small>(source: %4%5)</small>")
                     .arg(h.label.toHtmlEscaped(), h.e164.toHtmlEscaped(), h.display.toHtmlEscaped(),
                          h.source.section(u'"', 1, 1).isEmpty() ? h.source.left(60).toHtmlEscaped()
                                                                  : h.source.section(u'"', 1, 1).toHtmlEscaped(),
                          asOf.toHtmlEscaped());
    }
    m_number = hotlines.first().display;
    m_copy->setEnabled(true);
    m_copy->setToolTip(tr("Copy %1").arg(m_number));
    m_text->setText(tr("<b>HELP &amp; HOTLINES: %1</b> — %2").arg(name, parts.join(QStringLiteral(" · "))));
}

void HotlinePanel::showNoCountry()
{
    m_number.clear();
    m_copy->setEnabled(false);
    m_text->setText(tr("<b>HELP &amp; HOTLINES</b> — choose a country to see its hotline, or open “All hotlines”. "
                       "In an emergency call the local emergency number."));
}

QString HotlinePanel::displayedText() const
{
    return m_text->text();
}

} // namespace Vigil::Ui
