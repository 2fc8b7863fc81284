#pragma once

#include <QComboBox>

namespace Vigil::Ui {

// A combo box for long choices (topics, publishers): where the box is narrower
// than its current text, the text ends in "…" instead of being cut mid-letter,
// and its tooltip gives it whole. The list that drops down is as wide as its
// longest choice needs, up to the screen.
class ElidedComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedComboBox)

public:
    explicit ElidedComboBox(QWidget *parent = nullptr);

    // The current text as the box draws it: whole, or cut with "…".
    QString shownText() const;
    void showPopup() override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int textWidth() const;
};

} // namespace Vigil::Ui
