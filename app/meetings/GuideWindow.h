// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QTextBrowser;

namespace Rapport {

// The informational interviewing guide in a window of its own, so it can stay open beside
// the network while the user writes to someone. It remembers its size and place.
class GuideWindow : public QDialog
{
    Q_OBJECT

public:
    explicit GuideWindow(QWidget* parent = nullptr);

    // Scrolls to one section of the guide (see InterviewGuide::sectionAnchors).
    void showSection(const QString& anchor);

protected:
    void done(int result) override;

private:
    QTextBrowser* m_browser;
};

} // namespace Rapport
