// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GuideWindow.h"

#include "InterviewGuide.h"

#include <QDialogButtonBox>
#include <QSettings>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Rapport {

namespace {
const QString geometryKey = QStringLiteral("GuideWindow/geometry");
}

GuideWindow::GuideWindow(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideWindow"));
    setWindowTitle(InterviewGuide::title());
    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setAccessibleName(InterviewGuide::title());
    // The page only links to its own sections; nothing is ever fetched from elsewhere.
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(InterviewGuide::html());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);

    if (!restoreGeometry(QSettings().value(geometryKey).toByteArray()))
        resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 36);
}

void GuideWindow::showSection(const QString& anchor)
{
    m_browser->scrollToAnchor(anchor);
}

void GuideWindow::done(int result)
{
    QSettings().setValue(geometryKey, saveGeometry());
    QDialog::done(result);
}

} // namespace Rapport
