// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Longer than most files: the page's widgets, the two background jobs that feed them (the preview of
// the first rows and the check of every row, each restarted as the mapping changes) and the mapping
// presets share the page's state; what the check found is worded by ImportCheckSummary.
#include "ImportReviewPage.h"

#include "Database.h"
#include "ImportCheckSummary.h"
#include "ImportMappingModel.h"
#include "ImportPreviewModel.h"
#include "MappingFieldDelegate.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace Rapport {

namespace {

constexpr int kSampleRows = 20; // rows read for the mapping table's first values
const QString kPresetGroup = QStringLiteral("importPresets");

} // namespace

ImportReviewPage::ImportReviewPage(const ImportSource& source, const QString& databasePath, QWidget* parent)
    : QWizardPage(parent)
    , m_source(source)
    , m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("importReviewPage"));
    setTitle(tr("Check what will be imported"));
    setSubTitle(tr("Nothing is written until you click Import. Columns can be remapped below."));

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_mappingModel = new ImportMappingModel(this);
    m_mapping = new QTableView;
    m_mapping->setObjectName(QStringLiteral("mappingTable"));
    m_mapping->setModel(m_mappingModel);
    m_mapping->setItemDelegateForColumn(ImportMappingModel::Field, new MappingFieldDelegate(m_mapping));
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers); // the combo boxes are always open
    m_mapping->setWordWrap(false);
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    connect(m_mappingModel, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_settingMapping)
            mappingEdited();
    });

    m_presets = new QComboBox;
    m_presets->setObjectName(QStringLiteral("presetCombo"));
    m_presets->setAccessibleName(tr("Mapping preset"));
    auto* savePreset = new QPushButton(tr("Save as Preset…"));
    savePreset->setObjectName(QStringLiteral("savePresetButton"));
    connect(savePreset, &QPushButton::clicked, this, &ImportReviewPage::savePreset);
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyPreset(m_presets->itemText(index));
        else
            resetToDetected();
    });

    m_previewModel = new ImportPreviewModel(this);
    m_preview = new QTableView;
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setModel(m_previewModel);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_preview->verticalHeader()->setToolTip(tr("Line in the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);
    m_preview->setColumnWidth(ImportPreviewModel::Outcome, 380);
    // Every heading whole, in every language ("Correos electrónicos" is wider than the default).
    for (int column = 0; column < ImportPreviewModel::ColumnCount; ++column)
        m_preview->setColumnWidth(
            column, std::max(m_preview->columnWidth(column), m_preview->horizontalHeader()->sectionSizeHint(column)));
    m_previewLabel = new QLabel(tr("What will happen to each row:"));
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewStatus = new QLabel;
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_previewStatus->setTextFormat(Qt::PlainText);
    m_previewStatus->setWordWrap(true);

    m_policy = new QComboBox;
    m_policy->setObjectName(QStringLiteral("duplicatePolicy"));
    m_policy->addItem(tr("Update them: fill in new details, keep my notes and stages"), int(DuplicatePolicy::Update));
    m_policy->addItem(tr("Skip them: leave the contacts I have alone"), int(DuplicatePolicy::Skip));
    m_policy->addItem(tr("Add them again as new contacts"), int(DuplicatePolicy::Create));

    m_problemSummary = new QLabel(tr("Checking every row…"));
    m_problemSummary->setObjectName(QStringLiteral("problemSummary"));
    m_problemSummary->setTextFormat(Qt::PlainText);
    m_problemSummary->setWordWrap(true); // skipped rows and unreadable values make it a long sentence
    m_problems = new QPlainTextEdit;
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setReadOnly(true);
    m_problems->setMaximumHeight(90);
    m_problems->hide();
    m_notedColumns = new QLabel;
    m_notedColumns->setObjectName(QStringLiteral("notedColumns"));
    m_notedColumns->setTextFormat(Qt::PlainText);
    m_notedColumns->setWordWrap(true);
    m_notedColumns->hide();

    auto* mappingBox = new QWidget;
    auto* mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    auto* presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("Column mapping:")));
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(savePreset);
    mappingLayout->addLayout(presetRow);
    mappingLayout->addWidget(m_mapping);
    auto* previewBox = new QWidget;
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewLabel);
    previewLayout->addWidget(m_preview);
    previewLayout->addWidget(m_previewStatus);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(mappingBox);
    splitter->addWidget(previewBox);
    mappingBox->setVisible(!m_source.isVCard());

    auto* policyRow = new QFormLayout;
    policyRow->addRow(tr("Contacts I already have:"), m_policy);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(policyRow);
    layout->addWidget(m_problemSummary);
    layout->addWidget(m_problems);
    layout->addWidget(m_notedColumns);

    m_revalidate = new QTimer(this);
    m_revalidate->setSingleShot(true);
    m_revalidate->setInterval(300);
    connect(m_revalidate, &QTimer::timeout, this, &ImportReviewPage::startValidation);
    connect(&m_validation, &QFutureWatcher<ImportCheck>::finished, this, &ImportReviewPage::validationFinished);
    // The preview follows the mapping and the policy, once the user pauses: a stale run is cancelled.
    m_repreview = new QTimer(this);
    m_repreview->setSingleShot(true);
    m_repreview->setInterval(300);
    connect(m_repreview, &QTimer::timeout, this, &ImportReviewPage::startPreview);
    connect(&m_previewRun, &QFutureWatcher<ImportReport>::finished, this, &ImportReviewPage::previewFinished);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &ImportReviewPage::schedulePreview);

    const QString location = m_source.isVCard() || m_source.headerLine() <= 1
        ? QString()
        : tr(" · header on line %1").arg(m_source.headerLine());
    m_summary->setText(tr("%1\nDetected: %2 · %3%4")
                           .arg(QFileInfo(m_source.path()).fileName(), m_source.formatName(),
                               TextDecoder::displayName(m_source.encoding()), location));
    if (!m_source.isVCard() && !m_source.mapping().isUsable())
        m_summary->setText(m_summary->text() + QLatin1Char('\n')
            + tr("Rapport does not know these columns: choose below what each one holds (at least a name, an "
                 "organization or an e-mail)."));
    if (!m_source.isVCard()) {
        m_sample = m_source.sampleRows(kSampleRows);
        buildMappingTable();
        refreshPresets();
    }
    startPreview();
    startValidation();
}

ImportReviewPage::~ImportReviewPage()
{
    m_stopValidation->store(true);
    m_stopPreview->store(true);
    m_validation.waitForFinished();
    m_previewRun.waitForFinished();
}

void ImportReviewPage::resetToDetected()
{
    const CsvContactMapping detected
        = CsvContactMapping::forHeader(m_source.mapping().dialect(), m_source.mapping().header());
    m_settingMapping = true;
    for (int column = 0; column < m_mappingModel->rowCount(); ++column)
        m_mappingModel->setField(column, detected.roles().value(column).field);
    m_settingMapping = false;
    mappingEdited();
}

void ImportReviewPage::buildMappingTable()
{
    const QStringList header = m_source.mapping().header();
    const QList<ColumnRole> roles = m_source.mapping().roles();
    QList<ContactField> fields;
    for (int column = 0; column < header.size(); ++column)
        fields.append(roles.value(column).field);
    const QStringList examples = ImportMappingModel::exampleValues(m_sample, int(header.size()));
    m_mappingModel->setColumns(header, fields, examples);
    int comboWidth = 0, comboHeight = 0;
    for (int row = 0; row < m_mappingModel->rowCount(); ++row) {
        const QModelIndex field = m_mappingModel->index(row, ImportMappingModel::Field);
        m_mapping->openPersistentEditor(field);
        const QWidget* combo = m_mapping->indexWidget(field);
        comboWidth = std::max(comboWidth, combo->sizeHint().width());
        comboHeight = std::max(comboHeight, combo->sizeHint().height());
    }
    m_mapping->resizeColumnsToContents();
    m_mapping->setColumnWidth(ImportMappingModel::Field, comboWidth + 4);
    m_mapping->verticalHeader()->setDefaultSectionSize(comboHeight + 2);
}

void ImportReviewPage::mappingEdited()
{
    CsvContactMapping mapping = m_source.mapping();
    const QList<ColumnRole> detected = CsvContactMapping::forHeader(mapping.dialect(), mapping.header()).roles();
    for (int column = 0; column < m_mappingModel->rowCount(); ++column) {
        const ContactField field = m_mappingModel->fieldAt(column);
        ColumnRole role
            = detected.value(column).field == field ? detected.value(column) : ColumnRole {field, {}, {}, 0};
        mapping.setRole(column, role);
    }
    m_source.setMapping(mapping);
    m_presets->setCurrentIndex(0);
    schedulePreview();
    m_validated = false;
    m_checked.reset();
    emit completeChanged();
    m_revalidate->start();
}

void ImportReviewPage::schedulePreview()
{
    m_stopPreview->store(true); // what a running preview would show is stale now
    m_previewStatus->setText(tr("Checking what will happen…"));
    m_repreview->start();
}

void ImportReviewPage::startPreview()
{
    if (m_previewRun.isRunning()) {
        m_repreview->start(); // once the stale run has stopped
        return;
    }
    if (!m_source.isVCard() && !m_source.mapping().isUsable()) {
        m_previewModel->setOutcomes({});
        m_previewStatus->setText(tr("Choose what the columns hold to see what will happen."));
        return;
    }
    m_previewStatus->setText(tr("Checking what will happen…"));
    m_stopPreview = std::make_shared<std::atomic_bool>(false);
    ImportOptions options = this->options();
    options.dryRun = true; // everything an import does, against the network, then rolled back
    options.collectOutcomes = true;
    options.rowLimit = kPreviewRows;
    const ImportSource source = m_source;
    const QString databasePath = m_databasePath;
    const auto stop = m_stopPreview;
    // The worker opens its own connection: a QSqlDatabase belongs to the thread that made it.
    m_previewRun.setFuture(QtConcurrent::run([source, options, databasePath, stop] {
        Database database;
        if (!database.open(databasePath, Database::OpenMode::MustExist)) {
            ImportReport failed;
            failed.error = database.errorString();
            return failed;
        }
        return ContactImporter::run(database, source, options, [stop](int) { return !stop->load(); });
    }));
}

void ImportReviewPage::previewFinished()
{
    if (m_repreview->isActive())
        return; // a newer mapping or policy is waiting to be previewed
    const ImportReport report = m_previewRun.result();
    if (report.cancelled)
        return;
    m_previewModel->setOutcomes(report.outcomes);
    fitOutcomeColumn();
    m_previewRows = report.rows;
    m_previewLimited = report.limited;
    updatePreviewLabel();
    if (!report.error.isEmpty() && report.outcomes.isEmpty()) {
        m_previewStatus->setText(tr("What will happen cannot be shown: %1").arg(report.error));
        return;
    }
    int counts[5] = {};
    for (const ImportRowOutcome& outcome : report.outcomes)
        ++counts[int(outcome.kind)];
    const QLocale locale;
    using Kind = ImportRowOutcome::Kind;
    m_previewStatus->setText(
        tr("New: %1 · Already here: %2 · Updated: %3 · Possible duplicates: %4 · Skipped: %5")
            .arg(locale.toString(counts[int(Kind::New)]), locale.toString(counts[int(Kind::Match)]),
                locale.toString(counts[int(Kind::Update)]), locale.toString(counts[int(Kind::PossibleDuplicate)]),
                locale.toString(counts[int(Kind::Skipped)])));
}

// "What will happen" is as wide as its longest sentence, up to half the table: the other columns
// stay in sight, and a cell cut short has its whole sentence as a tooltip.
void ImportReviewPage::fitOutcomeColumn()
{
    if (m_outcomeFitted || m_previewModel->rowCount() == 0)
        return;
    m_outcomeFitted = true;
    m_preview->resizeColumnToContents(ImportPreviewModel::Outcome); // the sentences or the heading
    const int widest = m_preview->columnWidth(ImportPreviewModel::Outcome);
    m_preview->setColumnWidth(
        ImportPreviewModel::Outcome, std::min(widest, std::max(380, m_preview->viewport()->width() / 2)));
}

void ImportReviewPage::updatePreviewLabel()
{
    const QLocale locale;
    if (m_previewRows < 0 || !m_previewLimited)
        m_previewLabel->setText(tr("What will happen to each row:"));
    else if (m_fileRows > m_previewRows)
        m_previewLabel->setText(tr("What will happen to the first %1 of %2 rows:")
                                    .arg(locale.toString(m_previewRows), locale.toString(m_fileRows)));
    else
        m_previewLabel->setText(tr("What will happen to the first %1 rows:").arg(locale.toString(m_previewRows)));
}

void ImportReviewPage::startValidation()
{
    if (m_validation.isRunning()) {
        m_revalidate->start(); // try again once the running check is over
        return;
    }
    m_problemSummary->setText(tr("Checking every row…"));
    const ImportSource source = m_source;
    const auto stop = m_stopValidation;
    m_validation.setFuture(
        QtConcurrent::run([source, stop] { return ContactImporter::check(source, [stop] { return !stop->load(); }); }));
}

void ImportReviewPage::validationFinished()
{
    if (m_revalidate->isActive())
        return; // a newer mapping is waiting to be checked
    const ImportCheck result = m_validation.result();
    m_validated = true;
    m_checked = std::make_shared<const ImportCheck>(result);
    m_rows = result.records;
    const ImportCheckSummary summary(result);
    m_fileRows = summary.fileRows();
    updatePreviewLabel();
    m_problemSummary->setText(summary.text());
    ImportReport report;
    report.problems = result.problems;
    m_problems->setPlainText(
        ContactImporter::problemLines(QFileInfo(m_source.path()).fileName(), report, true).join(QLatin1Char('\n')));
    m_problems->setVisible(!result.problems.isEmpty());
    m_notedColumns->setText(tr("No field holds these columns, so they are kept in the notes: %1. Choose a field for "
                               "one above to store it there, or (ignore) to leave it out.")
                                .arg(result.notedColumns.join(QStringLiteral(", "))));
    m_notedColumns->setVisible(!result.notedColumns.isEmpty());
    emit completeChanged();
}

bool ImportReviewPage::isComplete() const
{
    if (!m_validated)
        return false;
    if (!m_source.isVCard() && !m_source.mapping().isUsable())
        return false;
    return m_rows > 0;
}

bool ImportReviewPage::validatePage()
{
    m_repreview->stop();
    m_stopPreview->store(true);
    return true;
}

ImportOptions ImportReviewPage::options() const
{
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy(m_policy->currentData().toInt());
    if (m_validated)
        options.checked = m_checked; // every row was read with this mapping: the import need not again
    return options;
}

void ImportReviewPage::refreshPresets()
{
    m_presets->clear();
    m_presets->addItem(tr("As detected"));
    QSettings settings;
    settings.beginGroup(kPresetGroup);
    m_presets->addItems(settings.childKeys());
}

void ImportReviewPage::applyPreset(const QString& name)
{
    const QJsonObject preset
        = QJsonDocument::fromJson(QSettings().value(kPresetGroup + QLatin1Char('/') + name).toByteArray()).object();
    const QStringList header = m_source.mapping().header();
    m_settingMapping = true;
    for (int column = 0; column < header.size(); ++column) {
        if (preset.contains(header.at(column)))
            m_mappingModel->setField(column, ContactField(preset.value(header.at(column)).toInt()));
    }
    m_settingMapping = false;
    const int chosen = m_presets->currentIndex();
    mappingEdited();
    m_presets->setCurrentIndex(chosen);
}

void ImportReviewPage::savePreset()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Mapping Preset"), tr("Name for this column mapping:"),
        QLineEdit::Normal, QFileInfo(m_source.path()).completeBaseName(), &ok)
                             .trimmed()
                             .remove(QLatin1Char('/'));
    if (!ok || name.isEmpty())
        return;
    QJsonObject preset;
    const QStringList header = m_source.mapping().header();
    const QList<ColumnRole> roles = m_source.mapping().roles();
    for (int column = 0; column < header.size(); ++column)
        preset.insert(header.at(column), int(roles.value(column).field));
    QSettings().setValue(kPresetGroup + QLatin1Char('/') + name, QJsonDocument(preset).toJson(QJsonDocument::Compact));
    refreshPresets();
    m_presets->setCurrentIndex(m_presets->findText(name));
}

} // namespace Rapport
