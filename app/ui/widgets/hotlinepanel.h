#pragma once

#include "domain/page.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Vigil::Ui {

// The bar's colours, light and dark. Every text colour reaches WCAG AA (4.5:1)
// on its background (tests/ui/contrast_test.cpp).
struct HotlineColours
{
    const char *background;
    const char *text; // also the links: a number must not turn blue on yellow
    const char *buttonBackground;
    const char *buttonText;
    const char *focus;

    static HotlineColours forTheme(bool dark);
};

// The strip at the top of the window that is always there: the hotline(s) of the
// selected country in international form, a Copy button, the source and as-of
// date; with no country or no known hotline it says so plainly.
class HotlinePanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotlinePanel)

public:
    explicit HotlinePanel(QWidget *parent = nullptr);

    void showCountry(const QString &countryName, const QList<Core::Hotline> &hotlines);
    void showNoCountry();
    QString displayedText() const;

protected:
    void changeEvent(QEvent *event) override;

signals:
    void allHotlinesRequested();
    void copyRequested(const QString &number);

private:
    QLabel *m_text = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_all = nullptr;
    void applyColours();
    void setText(const QString &html, const QString &spoken);

    QString m_number;
    int m_theme = -1; // the theme the colours were set for: 0 light, 1 dark
};

} // namespace Vigil::Ui
