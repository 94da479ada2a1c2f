// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFrame>

class QLabel;

namespace Rapport {

// Above the graph while a warm path is on show: the chain, each introduction along it, and
// Clear Path. It takes a few lines of the graph's height, not its width: in the side panel,
// beside the contact editor, the path left the graph a strip.
class GraphPathBar : public QFrame
{
    Q_OBJECT

public:
    explicit GraphPathBar(QWidget* parent = nullptr);

    // Shows the path's text: its first line (the chain) in bold, the others under it.
    void showText(const QString& text);
    void hidePath();
    // A line under the path, in a quieter face: what the graph cannot show of it, say. Empty: none.
    void setNote(const QString& note);
    // The text shown, or empty while the bar is hidden.
    QString text() const { return m_shown ? m_plain : QString(); }

signals:
    void clearRequested();

private:
    QLabel* m_text;
    QLabel* m_note;
    QString m_plain;
    bool m_shown = false;
};

} // namespace Rapport
