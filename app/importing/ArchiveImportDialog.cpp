// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveImportDialog.h"

#include "Database.h"
#include "WindowFit.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Rapport {

ArchiveImportDialog::ArchiveImportDialog(const QString& archivePath, const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_archivePath(archivePath)
    , m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("archiveImportDialog"));
    setWindowTitle(tr("Import LinkedIn Archive"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("archiveStatus"));
    m_status->setWordWrap(true);
    m_found = new QLabel(this);
    m_found->setObjectName(QStringLiteral("archiveFound"));
    m_found->setWordWrap(true);
    m_found->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* privacy = new QGroupBox(tr("The messages' text"), this);
    m_privacy = privacy;
    m_keepText = new QRadioButton(tr("&Keep it: it stays in this network's file, on this computer"), privacy);
    m_keepText->setObjectName(QStringLiteral("keepTextRadio"));
    m_metadataOnly = new QRadioButton(tr("Keep &dates and directions only"), privacy);
    m_metadataOnly->setObjectName(QStringLiteral("metadataOnlyRadio"));
    // The choice made last time (here, or by Edit ▸ Forget Message Texts), else keep.
    const bool keep = QSettings().value(QStringLiteral("archive/keepMessageText"), true).toBool();
    (keep ? m_keepText : m_metadataOnly)->setChecked(true);
    auto* privacyLayout = new QVBoxLayout(privacy);
    privacyLayout->addWidget(m_keepText);
    privacyLayout->addWidget(m_metadataOnly);

    m_inboundTitle = new QLabel(tr("People who only wrote to you are not added (recruiters, say):"), this);
    m_inboundTitle->setWordWrap(true);
    m_inbound = new QPlainTextEdit(this);
    m_inbound->setObjectName(QStringLiteral("inboundOnlyList"));
    m_inbound->setReadOnly(true);
    m_inbound->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_inboundTitle->setBuddy(m_inbound);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("archiveProgress"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("archiveImportButton"));
    connect(m_import, &QPushButton::clicked, this, [this] { startWorker(false); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ArchiveImportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<ArchiveImportReport>::finished, this, &ArchiveImportDialog::workerFinished);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_found);
    layout->addWidget(privacy);
    layout->addWidget(m_inboundTitle);
    layout->addWidget(m_inbound);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(m_buttons);
    WindowFit::resizeWithin(this, QSize(640, 520));
    startWorker(true);
}

ArchiveImportDialog::~ArchiveImportDialog()
{
    if (m_watcher.isRunning()) {
        m_cancel->store(true);
        m_watcher.waitForFinished();
    }
}

void ArchiveImportDialog::startWorker(bool dryRun)
{
    ArchiveImportOptions options;
    options.dryRun = dryRun;
    options.keepMessageText = m_keepText->isChecked();
    if (!dryRun)
        QSettings().setValue(QStringLiteral("archive/keepMessageText"), options.keepMessageText);
    const QString archive = m_archivePath;
    const QString databasePath = m_databasePath;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    QProgressBar* bar = m_progress; // outlives the worker: the destructor waits for it
    setStep(dryRun ? Step::Reading : Step::Importing);
    // The worker opens its own connection: a QSqlDatabase belongs to the thread that made it.
    m_watcher.setFuture(QtConcurrent::run([archive, databasePath, options, cancel, bar] {
        Database database;
        if (!database.open(databasePath, Database::OpenMode::MustExist)) {
            ArchiveImportReport failed;
            failed.error = database.errorString();
            return failed;
        }
        return ArchiveImport::run(database, archive, options, [cancel, bar](int percent) {
            QMetaObject::invokeMethod(
                bar, [bar, percent] { bar->setValue(percent); }, Qt::QueuedConnection);
            return !cancel->load();
        });
    }));
}

void ArchiveImportDialog::workerFinished()
{
    const ArchiveImportReport result = m_watcher.result();
    const QString name = QFileInfo(m_archivePath).fileName();
    if (m_step == Step::Reading) {
        if (result.contacts.cancelled || m_cancel->load()) {
            QDialog::reject();
            return;
        }
        if (!result.error.isEmpty()) {
            m_report = result;
            setStep(Step::Done);
            m_status->setText(tr("%1 cannot be imported: %2").arg(name, result.error));
            return;
        }
        showFound(result);
        setStep(Step::Ready);
        return;
    }
    m_report = result;
    setStep(Step::Done);
    showDone();
}

void ArchiveImportDialog::showFound(const ArchiveImportReport& found)
{
    const QLocale locale;
    const ArchiveHistoryReport& history = found.history;
    m_status->setText(
        tr("%1 is a LinkedIn archive. Nothing has been written yet.").arg(QFileInfo(m_archivePath).fileName()));
    QStringList lines;
    lines << tr("Connections: %1 (new to this network: %2).")
                 .arg(locale.toString(found.contacts.rows),
                     locale.toString(found.contacts.created - history.peopleAdded));
    if (history.messagesRead > 0)
        lines << tr("Messages and invitations: %1, from %2 to %3.")
                     .arg(locale.toString(history.messagesRead),
                         locale.toString(history.first.toLocalTime().date(), QLocale::ShortFormat),
                         locale.toString(history.last.toLocalTime().date(), QLocale::ShortFormat));
    else
        lines << tr("No messages or invitations: the archive holds none, or no one Rapport knows wrote them.");
    if (history.peopleAdded > 0)
        lines << tr("People you wrote to who are not among your connections, to be added at Reached out: %1.")
                     .arg(locale.toString(history.peopleAdded));
    if (history.movedToReachedOut + history.movedToReplied > 0)
        lines << tr("Contacts their history moves on: %1 to Reached out, %2 to Replied.")
                     .arg(locale.toString(history.movedToReachedOut), locale.toString(history.movedToReplied));
    if (!found.ignoredFiles.isEmpty())
        lines << tr("Files Rapport does not read: %1").arg(found.ignoredFiles.join(QStringLiteral(", ")));
    m_found->setText(lines.join(QLatin1Char('\n')));
    m_inbound->setPlainText(history.inboundOnly.join(QLatin1Char('\n')));
    m_inboundTitle->setVisible(!history.inboundOnly.isEmpty());
    m_inbound->setVisible(!history.inboundOnly.isEmpty());
}

void ArchiveImportDialog::showDone()
{
    const QString name = QFileInfo(m_archivePath).fileName();
    if (m_report.contacts.cancelled) {
        m_status->setText(tr("The import was cancelled. Nothing was written."));
    } else if (!m_report.written()) {
        m_status->setText(tr("Nothing was imported: %1").arg(m_report.error));
    } else {
        m_progress->setValue(100);
        m_status->setText(tr("Imported %1. Edit ▸ Undo takes all of it back.").arg(name));
        m_found->setText(ArchiveImport::summary(m_report).join(QLatin1Char('\n')));
        m_inboundTitle->hide();
        m_inbound->hide();
    }
}

void ArchiveImportDialog::setStep(Step step)
{
    m_step = step;
    const bool working = step == Step::Reading || step == Step::Importing;
    m_progress->setVisible(working || step == Step::Done);
    m_progress->setRange(0, step == Step::Reading ? 0 : 100); // reading: busy, no percentage
    if (step == Step::Reading)
        m_status->setText(tr("Reading %1…").arg(QFileInfo(m_archivePath).fileName()));
    if (step == Step::Importing) {
        m_progress->setValue(0);
        m_status->setText(tr("Importing… Cancel stops it and leaves your network as it was."));
    }
    m_privacy->setVisible(step == Step::Ready);
    m_privacy->setEnabled(step == Step::Ready);
    m_import->setVisible(step == Step::Ready || step == Step::Reading);
    m_import->setEnabled(step == Step::Ready);
    if (step == Step::Ready)
        m_import->setDefault(true);
    QPushButton* close = m_buttons->button(QDialogButtonBox::Cancel);
    close->setText(step == Step::Done ? tr("Close") : tr("Cancel"));
    if (step == Step::Ready || step == Step::Reading) {
        m_inboundTitle->setVisible(!m_inbound->toPlainText().isEmpty());
        m_inbound->setVisible(!m_inbound->toPlainText().isEmpty());
    }
}

void ArchiveImportDialog::reject()
{
    // While a worker writes, Cancel asks it to stop (it rolls everything back); the dialog closes
    // when it has.
    if (m_watcher.isRunning()) {
        m_cancel->store(true);
        m_status->setText(tr("Cancelling… the network is left as it was."));
        return;
    }
    if (m_step == Step::Done && m_report.written())
        accept();
    else
        QDialog::reject();
}

} // namespace Rapport
