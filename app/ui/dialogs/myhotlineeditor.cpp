#include "myhotlineeditor.h"

#include "reference/phonenumbers.h"
#include "safety/quickexitbutton.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

namespace Vigil::Ui {

namespace {

constexpr int maxFieldLength = 2000; // as the store allows

QLineEdit *lineEdit(const QString &text, const char *objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxFieldLength);
    return edit;
}

} // namespace

MyHotlineEditor::MyHotlineEditor(
    const Core::UserHotline &hotline, const QHash<QString, QString> &countryNames, QWidget *parent)
    : QDialog(parent)
    , m_id(hotline.id)
    , m_country(new QComboBox(this))
    , m_label(lineEdit(hotline.label, "hotlineLabelEdit", tr("Service name"), this))
    , m_number(lineEdit(hotline.number, "hotlineNumberEdit", tr("Number"), this))
    , m_hours(lineEdit(hotline.hours, "hotlineHoursEdit", tr("Hours"), this))
    , m_languages(lineEdit(hotline.languages, "hotlineLanguagesEdit", tr("Languages"), this))
    , m_notes(new QPlainTextEdit(hotline.notes, this))
    , m_source(lineEdit(hotline.source, "hotlineSourceEdit", tr("Where the number comes from"), this))
    , m_problem(new QLabel(this))
    , m_countryNames(countryNames)
{
    setObjectName(QStringLiteral("myHotlineEditor"));
    setWindowTitle(hotline.id > 0 ? tr("Edit hotline") : tr("Add a hotline"));
    m_country->setObjectName(QStringLiteral("hotlineCountryCombo"));
    m_country->setAccessibleName(tr("Country"));
    QList<QPair<QString, QString>> countries;
    for (auto it = countryNames.cbegin(); it != countryNames.cend(); ++it)
        countries.append({ it.value(), it.key() });
    std::sort(countries.begin(), countries.end(),
        [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[name, code] : std::as_const(countries))
        m_country->addItem(name, code);
    m_country->setCurrentIndex(m_country->findData(hotline.country));
    m_notes->setObjectName(QStringLiteral("hotlineNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true); // keyboard users leave the box with Tab
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_number->setToolTip(tr("As you would dial it in the country, or with its country code (+…)"));
    m_source->setPlaceholderText(tr("Where you got the number, so others can check it"));
    m_problem->setObjectName(QStringLiteral("hotlineProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Service:"), m_label);
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("&Hours:"), m_hours);
    form->addRow(tr("&Languages:"), m_languages);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(tr("So&urce:"), m_source);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveHotlineButton"));
    addQuickExitButton(buttons, parent);
    connect(buttons, &QDialogButtonBox::accepted, this, &MyHotlineEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MyHotlineEditor::reject);
    form->addRow(buttons);
    (m_country->currentIndex() < 0 ? static_cast<QWidget *>(m_country) : m_label)->setFocus();
}

Core::UserHotline MyHotlineEditor::hotline() const
{
    Core::UserHotline h;
    h.id = m_id;
    h.country = m_country->currentData().toString();
    h.label = m_label->text().trimmed();
    h.number = m_number->text().trimmed();
    h.hours = m_hours->text().trimmed();
    h.languages = m_languages->text().trimmed();
    h.notes = m_notes->toPlainText().trimmed().left(maxFieldLength);
    h.source = m_source->text().trimmed();
    return h;
}

QString MyHotlineEditor::problem() const
{
    const Core::UserHotline h = hotline();
    if (h.country.isEmpty())
        return tr("Choose the country the hotline is for.");
    if (h.label.isEmpty())
        return tr("Give the service's name, for example the organisation that answers.");
    if (h.number.isEmpty())
        return tr("Give the number.");
    const QString country = m_countryNames.value(h.country, h.country);
    const Core::PhoneNumber number = Core::PhoneNumbers::parse(h.number, h.country);
    if (!number.isValid())
        return tr("“%1” is not a valid telephone number for %2. Check the digits, or write the number with its "
                  "country code (+%3 …).")
            .arg(h.number, country, Core::PhoneNumbers::callingCode(h.country));
    if (number.region != h.country)
        return tr("“%1” is a number of %2, not of %3. Choose %2 as the country, or check the number.")
            .arg(h.number, m_countryNames.value(number.region, number.region), country);
    if (h.source.isEmpty())
        return tr("Say where the number comes from (a leaflet, an organisation's site, a colleague), so that "
                  "whoever reads it can check it.");
    return {};
}

QString MyHotlineEditor::shownProblem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void MyHotlineEditor::accept()
{
    const QString why = problem();
    if (why.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_problem->setText(why);
    m_problem->show();
    m_problem->setAccessibleName(why);
}

} // namespace Vigil::Ui
