// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ContactImporter.h"
#include "ImportSource.h"

#include <QSet>
#include <QWizard>

namespace Rapport {

class ImportReviewPage;
class ImportRunPage;

// File ▸ Import… and files dropped on the window: shows what was detected, the column mapping,
// a preview of the contacts as they will be stored and every problem, then imports on a worker
// thread with progress and Cancel, and ends with a report.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    // source: already opened by the caller; databasePath: the network to import into.
    ImportWizard(const ImportSource& source, const QString& databasePath, QWidget* parent = nullptr);

    ImportReport report() const;
    bool showImportedRequested() const;
    QSet<qint64> importedContacts() const;
    // The report page asked to list the possible duplicates in the window, and maybe to merge one
    // pair first (an index into report().duplicatePairs, or -1).
    bool reviewDuplicatesRequested() const;
    int duplicateToMerge() const;

    void reject() override; // Cancel during the import cancels the import, not the dialog

private:
    ImportReviewPage* m_review;
    ImportRunPage* m_run;
};

} // namespace Rapport
