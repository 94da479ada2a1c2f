// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Rapport {

class GuideWindow;

// The Help menu's windows: the informational interviewing guide (one, brought forward when
// asked again) and About Rapport.
class HelpWindows : public QObject
{
    Q_OBJECT

public:
    explicit HelpWindows(QWidget* window);

    void showGuide();
    // networkPath: where the open network is, or empty when none is open.
    void showAbout(const QString& networkPath);

private:
    QWidget* m_window;
    QPointer<GuideWindow> m_guide;
};

} // namespace Rapport
