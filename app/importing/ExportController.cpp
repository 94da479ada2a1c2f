// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportController.h"

#include "FileDialogs.h"
#include "NetworkSession.h"
#include "ReadOnlyConnection.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QSaveFile>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace Rapport {

namespace {

struct Choice {
    ExportFormat format;
    const char* text; // menu text, translated in ExportController's context
    const char* suffix;
    const char* filter;
};

const Choice kChoices[] = {
    {ExportFormat::Json, QT_TRANSLATE_NOOP("Rapport::ExportController", "&Backup (JSON)…"), "json",
        QT_TRANSLATE_NOOP("Rapport::ExportController", "Rapport JSON backup (*.json)")},
    {ExportFormat::Csv, QT_TRANSLATE_NOOP("Rapport::ExportController", "Contacts as &CSV (Google)…"), "csv",
        QT_TRANSLATE_NOOP("Rapport::ExportController", "CSV file (*.csv)")},
    {ExportFormat::VCard4, QT_TRANSLATE_NOOP("Rapport::ExportController", "Contacts as &vCard…"), "vcf",
        QT_TRANSLATE_NOOP("Rapport::ExportController", "vCard file (*.vcf)")},
    {ExportFormat::Calendar, QT_TRANSLATE_NOOP("Rapport::ExportController", "Meetings as Ca&lendar (iCalendar)…"),
        "ics", QT_TRANSLATE_NOOP("Rapport::ExportController", "iCalendar file (*.ics)")},
};

} // namespace

ExportController::ExportController(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        QGuiApplication::restoreOverrideCursor();
        const QString error = m_watcher.result();
        for (QAction* action : std::as_const(m_actions))
            action->setEnabled(m_session != nullptr);
        if (error.isEmpty())
            emit finished(tr("Exported to %1.").arg(QDir::toNativeSeparators(m_target)));
        else
            emit failed(error);
    });
}

void ExportController::setSession(NetworkSession* session)
{
    m_session = session;
    for (QAction* action : std::as_const(m_actions))
        action->setEnabled(session && !isBusy());
}

void ExportController::addActionsTo(QMenu* menu)
{
    for (const Choice& choice : kChoices) {
        QAction* action = menu->addAction(tr(choice.text));
        action->setObjectName(QStringLiteral("export_") + QLatin1String(choice.suffix));
        action->setEnabled(m_session != nullptr);
        const ExportFormat format = choice.format;
        connect(action, &QAction::triggered, this, [this, format] { exportAs(format); });
        m_actions.append(action);
    }
}

void ExportController::exportAs(ExportFormat format)
{
    if (!m_session || isBusy())
        return;
    const auto choice = std::find_if(
        std::begin(kChoices), std::end(kChoices), [format](const Choice& c) { return c.format == format; });
    const QFileInfo network(m_session->path());
    const QString suggested
        = network.dir().filePath(QStringLiteral("%1-%2.%3")
                                     .arg(network.completeBaseName(), QDate::currentDate().toString(Qt::ISODate),
                                         QLatin1String(choice->suffix)));
    QString path = FileDialogs::saveFileName(m_window, tr("Export"), suggested, tr(choice->filter));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(choice->suffix);
    m_target = path;
    for (QAction* action : std::as_const(m_actions))
        action->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    m_watcher.setFuture(QtConcurrent::run([database = m_session->path(), path, format]() -> QString {
        QByteArray bytes;
        QString error;
        if (!ReadOnlyConnection::run(database, &error,
                [&bytes, format](const QSqlDatabase& db) { bytes = NetworkExport::bytes(db, format); }))
            return error;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return QString();
    }));
}

} // namespace Rapport
