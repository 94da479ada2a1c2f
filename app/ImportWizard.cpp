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
    m_review = new ImportReviewPage(source, this);
    m_run = new ImportRunPage(m_review, databasePath, this);
    addPage(m_review);
    addPage(m_run);
    setButtonText(QWizard::NextButton, tr("&Import"));
    resize(900, 680);
    connect(this, &QWizard::currentIdChanged, this, [this] {
        // Once the import has run there is nothing to cancel or go back to.
        button(QWizard::CancelButton)->setVisible(currentPage() != m_run);
    });
    connect(m_run, &QWizardPage::completeChanged, this,
        [this] { button(QWizard::CancelButton)->setVisible(currentPage() != m_run || m_run->isRunning()); });
}

void ImportWizard::reject()
{
    if (m_run->isRunning()) {
        m_run->cancel(); // the page reports when the worker has rolled back
        return;
    }
    QWizard::reject();
}

ImportReport ImportWizard::report() const
{
    return m_run->report();
}

bool ImportWizard::showImportedRequested() const
{
    return m_run->showImported();
}

} // namespace Rapport
