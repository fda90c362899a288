// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusbadge.h"

namespace tw::ui {

StatusBadge::StatusBadge(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setStatus(Tone::Neutral, QString());
}

void StatusBadge::setStatus(Tone tone, const QString &text)
{
    m_tone = tone;
    setText(text);
    setVisible(!text.isEmpty());
    // Fixed colours with white text: readable on light and dark palettes alike.
    QString background;
    switch (tone) {
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
