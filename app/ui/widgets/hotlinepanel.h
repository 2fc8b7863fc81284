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
// selected country in international form, a Copy button, the source and the date
// its reports run to; a number that did not validate is marked "not verified" and
// is not a link; the reader's own hotlines are marked "added by you". With no
// country or no known hotline it says so plainly, and offers to add one.
class HotlinePanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotlinePanel)

public:
    explicit HotlinePanel(QWidget *parent = nullptr);

    // countryCode, when given, is what "My hotlines…" and "Add a hotline you know…" are for.
    void showCountry(const QString &countryName, const QList<Core::Hotline> &hotlines, const QString &countryCode = {});
    void showNoCountry();
    QString displayedText() const;

protected:
    void changeEvent(QEvent *event) override;

signals:
    void allHotlinesRequested();
    void copyRequested(const QString &number);
    // The reader's own hotlines, for this country (empty: none chosen).
    void myHotlinesRequested(const QString &countryCode);
    // "Add a hotline you know…", where the library has none for the country.
    void addHotlineRequested(const QString &countryCode);

private:
    QLabel *m_text = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_all = nullptr;
    QPushButton *m_mine = nullptr;
    void applyColours();
    void setText(const QString &html, const QString &spoken);

    QString m_number;
    QString m_countryCode;
    int m_theme = -1; // the theme the colours were set for: 0 light, 1 dark
};

} // namespace Vigil::Ui
