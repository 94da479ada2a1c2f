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
class QTableWidget;
class QTimer;

namespace Rapport {

// The wizard's first page: detected format and encoding, the editable column mapping (with
// presets), the first rows as they will be stored, the duplicate policy and the problems found.
class ImportReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportReviewPage(const ImportSource& source, QWidget* parent = nullptr);
    ~ImportReviewPage() override; // stops and waits for a running check

    bool isComplete() const override;
    const ImportSource& source() const { return m_source; }
    ImportOptions options() const;

private:
    struct Validation {
        QList<ImportProblem> problems;
        int rows = 0; // contacts that will be imported
        QStringList notedColumns; // columns with values and no field, kept in the notes
    };

    void buildMappingTable();
    void mappingEdited();
    void refreshPreview();
    void startValidation();
    void validationFinished();
    void applyPreset(const QString& name);
    void savePreset();
    void refreshPresets();
    void resetToDetected();

    ImportSource m_source;
    QList<QStringList> m_sample;
    QLabel* m_summary;
    QTableWidget* m_mapping;
    QComboBox* m_presets;
    QTableWidget* m_preview;
    QComboBox* m_policy;
    QLabel* m_problemSummary;
    QPlainTextEdit* m_problems;
    QLabel* m_notedColumns;
    QTimer* m_revalidate;
    QFutureWatcher<Validation> m_validation;
    std::shared_ptr<std::atomic_bool> m_stopValidation = std::make_shared<std::atomic_bool>(false);
    bool m_validated = false;
    int m_rows = 0;
};

} // namespace Rapport
