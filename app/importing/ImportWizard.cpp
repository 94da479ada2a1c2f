// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportWizard.h"

#include "ImportReviewPage.h"
#include "ImportRunPage.h"

#include <QAbstractButton>

namespace Rapport {

ImportWizard::ImportWizard(const ImportSource& source, const QString& databasePath, QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Contacts"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    m_review = new ImportReviewPage(source, databasePath, this);
    m_run = new ImportRunPage(m_review, databasePath, this);
    addPage(m_review);
    addPage(m_run);
    setButtonText(QWizard::NextButton, tr("&Import"));
    resize(900, 680);
    // Cancel stays while the import runs (it cancels the import); once it ran there is nothing to cancel.
    const auto updateCancel
        = [this] { button(QWizard::CancelButton)->setVisible(currentPage() != m_run || !m_run->isComplete()); };
    connect(this, &QWizard::currentIdChanged, this, updateCancel);
    connect(m_run, &QWizardPage::completeChanged, this, updateCancel);
}

void ImportWizard::reject()
{
    if (currentPage() == m_run && !m_run->isComplete()) {
        m_run->cancel(); // the page reports when the worker has rolled back
        return;
    }
    QWizard::reject();
}

ImportReport ImportWizard::report() const
{
    return m_run->report();
}

QSet<qint64> ImportWizard::importedContacts() const
{
    return m_run->importedContacts();
}

bool ImportWizard::reviewDuplicatesRequested() const
{
    return m_run->reviewDuplicates();
}

int ImportWizard::duplicateToMerge() const
{
    return m_run->duplicateToMerge();
}

bool ImportWizard::showImportedRequested() const
{
    return m_run->showImported();
}

} // namespace Rapport
