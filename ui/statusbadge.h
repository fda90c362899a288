// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace tw::ui {

/**
 * A short coloured status text ("Chain intact", "Read-only"): green for good news, red for bad,
 * amber for a caution, grey for neutral. The colour is never the only signal; the text says it.
 */
class StatusBadge : public QLabel
{
    Q_OBJECT

public:
    enum class Tone { Neutral, Good, Caution, Bad };
    Q_ENUM(Tone)

    explicit StatusBadge(QWidget *parent = nullptr);

    void setStatus(Tone tone, const QString &text);
    Tone tone() const { return m_tone; }

private:
    void applyTone();

    Tone m_tone = Tone::Neutral;
};

} // namespace tw::ui
