// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

namespace Rapport {

// What an empty network shows instead of an empty table: what Rapport is for and the
// three ways to begin.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);
    // Without an open network only "open demo" and "open a file" make sense.
    void setNetworkOpen(bool open);

signals:
    void importRequested();
    void demoRequested();
    void newContactRequested();
    void openRequested();

private:
    QList<QWidget*> m_networkButtons;
};

} // namespace Rapport
