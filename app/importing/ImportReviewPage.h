// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ContactImporter.h"
#include "ImportSource.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QTimer;

namespace Rapport {

class ImportMappingModel;
class ImportPreviewModel;

// The wizard's first page: detected format and encoding, the editable column mapping (with
// presets), the first rows as they will be stored and what will happen to each (a dry run against
// the network, on a worker, again whenever the mapping or the duplicate policy changes), the
// duplicate policy and the problems found.
class ImportReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    // The preview dry-runs this many rows at most; a larger file is checked in full by the validation.
    static constexpr int kPreviewRows = 200;

    // databasePath: the network the import goes into, which the preview dry-runs against.
    ImportReviewPage(const ImportSource& source, const QString& databasePath, QWidget* parent = nullptr);
    ~ImportReviewPage() override; // stops and waits for a running check and preview

    bool isComplete() const override;
    bool validatePage() override; // stops the preview: the import itself is about to write
    const ImportSource& source() const { return m_source; }
    ImportOptions options() const;

private:
    void buildMappingTable();
    void mappingEdited();
    void schedulePreview();
    void startPreview();
    void previewFinished();
    void updatePreviewLabel();
    void fitOutcomeColumn();
    void startValidation();
    void validationFinished();
    void applyPreset(const QString& name);
    void savePreset();
    void refreshPresets();
    void resetToDetected();

    ImportSource m_source;
    QString m_databasePath;
    QList<QStringList> m_sample;
    QLabel* m_summary;
    ImportMappingModel* m_mappingModel;
    QTableView* m_mapping;
    bool m_settingMapping = false; // a preset or a reset sets many fields: one mappingEdited after
    QComboBox* m_presets;
    QLabel* m_previewLabel;
    QLabel* m_previewStatus;
    QTableView* m_preview;
    ImportPreviewModel* m_previewModel;
    QTimer* m_repreview;
    QFutureWatcher<ImportReport> m_previewRun;
    std::shared_ptr<std::atomic_bool> m_stopPreview = std::make_shared<std::atomic_bool>(false);
    int m_previewRows = -1; // rows of the file the last preview read; -1 before one finished
    bool m_previewLimited = false;
    bool m_outcomeFitted = false; // once, so a width the user chose stays
    int m_fileRows = -1; // rows of the whole file, once validated
    QComboBox* m_policy;
    QLabel* m_problemSummary;
    QPlainTextEdit* m_problems;
    QLabel* m_notedColumns;
    QTimer* m_revalidate;
    QFutureWatcher<ImportCheck> m_validation;
    std::shared_ptr<const ImportCheck> m_checked; // of the current mapping, once every row was read
    std::shared_ptr<std::atomic_bool> m_stopValidation = std::make_shared<std::atomic_bool>(false);
    bool m_validated = false;
    int m_rows = 0;
};

} // namespace Rapport
