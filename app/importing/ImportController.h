// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ContactImporter.h"

#include <QObject>
#include <QSet>

class QWidget;

namespace Rapport {

class NetworkSession;

// Everything that brings contacts in from files, for the main window: File ▸ Import…, dropped
// files, restoring a JSON backup, and File ▸ Import History. It talks back through signals, so
// the window only has to refresh itself.
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QWidget* window);

    void setSession(NetworkSession* session) { m_session = session; }

    void chooseAndImport();
    // File ▸ Import LinkedIn Archive Folder: the unzipped archive, chosen as a folder.
    void chooseArchiveFolder();
    void importFile(const QString& path);
    void showHistory();
    // Edit ▸ Forget Message Texts: asks, then removes the text of every LinkedIn message (the
    // archive's privacy choice, made afterwards).
    void forgetMessageTexts();
    // Edit ▸ Undo when the last step is an import: its undo runs (on a worker) before the stack
    // moves, so an undo that fails leaves the stack as it was. False when the last step is not an import.
    bool undoLastImport();

signals:
    // Redo steps above an undone import were dropped (QUndoStack says nothing of it).
    void undoStepsDropped();
    // About to read or change the network: the window saves what the editor holds first.
    void aboutToChange();
    // Many contacts changed at once (an import, a restore, an undone import). keepsUndoHistory:
    // the undo stack is still true to the network (the change is on it, or was undone from it);
    // otherwise single-contact steps may point at rows that went, and the stack must be cleared.
    void networkChanged(const QString& message, bool keepsUndoHistory);
    // The user asked to see the contacts an import brought in.
    void showContacts(const QSet<qint64>& ids, const QString& description);
    // The user asked to review the possible duplicates an import flagged (merge or keep apart),
    // and maybe to merge one pair at once (an index into pairs, or -1).
    void reviewDuplicates(const QList<PossibleDuplicatePair>& pairs, const QString& fileName, int mergeFirst);

private:
    void restoreBackup(const QString& path);
    // A LinkedIn data archive, ZIP or folder: ArchiveImportDialog.
    void importArchive(const QString& path);
    // For a file of an unzipped archive: asks whether to import the whole archive instead, and
    // does if so (true).
    bool offerWholeArchive(const QString& path);
    ImportReport runRestore(const QString& path);
    // Puts the import on the undo stack, as one step.
    void pushImport(qint64 batchId, const QString& fileName);
    // ImportCommand's undo: ImportHistory's, on a worker behind a busy dialog. True when undone.
    bool undoBatch(qint64 batchId);
    // An import undone from Import History: its step leaves the undo stack.
    void forgetUndoneBatch(qint64 batchId);
    // Steps above an undone import were made on top of it: they cannot be redone.
    void dropRedoSteps();

    QWidget* m_window;
    NetworkSession* m_session = nullptr;
    bool m_restoring = false; // a restore's worker is writing: no second import until it is done
};

} // namespace Rapport
