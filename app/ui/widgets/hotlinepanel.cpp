#include "hotlinepanel.h"

#include "content/htmlescape.h"
#include "widgets/darkpalette.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

namespace Vigil::Ui {

namespace {

// The bar's own link for "Add a hotline you know…"; never a URL that leaves the app.
const QString addHotlineLink = QStringLiteral("vigil-add-hotline");

} // namespace

HotlinePanel::HotlinePanel(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy number"), this))
    , m_all(new QPushButton(tr("All hot&lines"), this))
    , m_mine(new QPushButton(tr("&My hotlines…"), this))
{
    setObjectName(QStringLiteral("hotlinePanel"));
    setAccessibleName(tr("Help and hotlines"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    applyColours();
    m_text->setObjectName(QStringLiteral("hotlineText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(
        Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_text->setWordWrap(true);
    m_copy->setObjectName(QStringLiteral("copyHotlineButton"));
    m_all->setObjectName(QStringLiteral("allHotlinesButton"));
    m_mine->setObjectName(QStringLiteral("myHotlinesButton"));
    m_mine->setToolTip(tr("Add, change or remove hotlines you know"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy);
    layout->addWidget(m_all);
    layout->addWidget(m_mine);

    // The window does the copying, so that it knows what Vigil put on the clipboard.
    connect(m_copy, &QPushButton::clicked, this, [this]() { emit copyRequested(m_number); });
    connect(m_all, &QPushButton::clicked, this, &HotlinePanel::allHotlinesRequested);
    connect(m_mine, &QPushButton::clicked, this, [this]() { emit myHotlinesRequested(m_countryCode); });
    // tel: hands the number to the system's dialler; it is not a network request.
    connect(m_text, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QStringLiteral("tel:")))
            QDesktopServices::openUrl(QUrl(link));
        else if (link == addHotlineLink)
            emit addHotlineRequested(m_countryCode);
    });
    showNoCountry();
}

void HotlinePanel::showCountry(
    const QString &countryName, const QList<Core::Hotline> &hotlines, const QString &countryCode)
{
    m_countryCode = countryCode;
    const QString name = Core::escapeText(countryName);
    const QString link = QString::fromLatin1(HotlineColours::forTheme(isDarkPalette()).text);
    if (hotlines.isEmpty()) {
        m_number.clear();
        m_copy->hide(); // a button with nothing to copy would only mislead
        const QString add = countryCode.isEmpty()
            ? QString()
            : tr(" <a href=\"%1\" style=\"color:%2\">Add a hotline you know…</a>").arg(addHotlineLink, link);
        setText(tr("<b>HELP &amp; HOTLINES: %1</b> — no hotline is known for %1 in this library. "
                   "In an emergency call the local emergency number. "
                   "“All hotlines” lists every hotline the library has.")
                    .arg(name)
                + add,
            tr("Help and hotlines: %1. No hotline is known for %1 in this library.").arg(countryName));
        return;
    }
    QStringList parts;
    QStringList spoken;
    m_number.clear();
    for (const Core::Hotline &h : hotlines) {
        QStringList marks;
        if (!h.isVerified())
            marks << tr("not verified");
        if (h.addedByUser)
            marks << tr("added by you");
        const QString marked = marks.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(marks.join(u", "));
        spoken << QStringLiteral("%1 %2%3").arg(h.label, h.display, marked);
        // The source as the library words it ("From the page “…” (section …)"), never cut.
        QStringList about;
        if (!h.source.isEmpty())
            about << (h.addedByUser ? tr("your source: %1").arg(h.source) : h.source);
        if (h.asOf.isValid())
            about << tr("its reports run to %1; the number itself was not checked").arg(h.asOf.toLocalDisplay());
        const QString source = about.isEmpty()
            ? QString()
            : QStringLiteral(" <small>— %1</small>").arg(Core::escapeText(about.join(QStringLiteral(", "))));
        // Only a number libphonenumber validated is offered to the dialler.
        const QString number = h.isVerified()
            ? tr("<a href=\"tel:%1\" style=\"color:%3\"><b style=\"font-size:13pt\">%2</b></a>")
                  .arg(Core::escapeAttribute(h.e164), Core::escapeText(h.display), link)
            : tr("<b style=\"font-size:13pt\">%1</b>").arg(Core::escapeText(h.display));
        parts << QStringLiteral("%1 %2<b>%3</b>%4")
                     .arg(Core::escapeText(h.label), number, Core::escapeText(marked), source);
        if (m_number.isEmpty() && h.isVerified())
            m_number = h.display;
    }
    m_copy->setVisible(!m_number.isEmpty());
    m_copy->setToolTip(m_number.isEmpty() ? QString() : tr("Copy %1").arg(m_number));
    setText(tr("<b>HELP &amp; HOTLINES: %1</b> — %2").arg(name, parts.join(QStringLiteral(" · "))),
        tr("Help and hotlines: %1. %2").arg(countryName, spoken.join(QStringLiteral("; "))));
}

void HotlinePanel::showNoCountry()
{
    m_number.clear();
    m_countryCode.clear();
    m_copy->hide();
    setText(tr("<b>HELP &amp; HOTLINES</b> — choose a country to see its hotline, or open “All hotlines”. "
               "In an emergency call the local emergency number."),
        tr("Help and hotlines: choose a country to see its hotline."));
}

void HotlinePanel::setText(const QString &html, const QString &spoken)
{
    m_text->setText(html);
    // What a screen reader says of the bar: the country, each service and number.
    setAccessibleName(spoken);
    m_text->setAccessibleName(spoken);
    m_copy->setAccessibleDescription(m_number.isEmpty() ? QString() : tr("Copy %1").arg(m_number));
}

HotlineColours HotlineColours::forTheme(bool dark)
{
    // Light: black on the bright yellow of warning signs, legible on a projector.
    // Dark: the same yellow as text on a deep amber, so the bar is still the
    // bar, without a glaring strip across a dark screen.
    if (dark)
        return { "#3d3200", "#ffe680", "#16181c", "#ffe680", "#ffffff" };
    return { "#ffd60a", "#000000", "#ffffff", "#000000", "#0b3d91" };
}

void HotlinePanel::applyColours()
{
    const int theme = isDarkPalette() ? 1 : 0;
    if (theme == m_theme)
        return;
    m_theme = theme;
    const HotlineColours c = HotlineColours::forTheme(theme == 1);
    const QString bg = QString::fromLatin1(c.background), fg = QString::fromLatin1(c.text);
    QPalette p = m_text->palette();
    p.setColor(QPalette::WindowText, QColor(fg));
    p.setColor(QPalette::Link, QColor(fg));
    p.setColor(QPalette::LinkVisited, QColor(fg));
    m_text->setPalette(p);
    setStyleSheet(QStringLiteral("#hotlinePanel { background: %1; color: %2; }"
                                 "#hotlinePanel QLabel { color: %2; font-size: 11pt; }"
                                 "#hotlinePanel QPushButton { color: %4; background: %3; border: 2px solid %4; "
                                 "border-radius: 4px; padding: 3px 10px; }"
                                 "#hotlinePanel QPushButton:disabled { border-style: dashed; }"
                                 "#hotlinePanel QPushButton:focus { border: 3px solid %5; }")
                      .arg(bg, fg, QString::fromLatin1(c.buttonBackground), QString::fromLatin1(c.buttonText),
                          QString::fromLatin1(c.focus)));
}

void HotlinePanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // The system switched between light and dark while Vigil was open.
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
}

QString HotlinePanel::displayedText() const
{
    return m_text->text();
}

} // namespace Vigil::Ui
